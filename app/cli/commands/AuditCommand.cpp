#include "app/cli/commands/AuditCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/commands/SiteCli.h"
#include "core/checks/Audit.h"

namespace mpio::cli {

void AuditCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
}

int AuditCommand::run(QCommandLineParser& parser, Console& console)
{
    int rc = Success;
    auto site = openSite(parser, console, &rc, true, true);
    if (!site)
        return rc;
    const AuditResult r = Audit::run(site->connection->input(), parser.isSet(QStringLiteral("profile")));
    if (console.json())
        console.outJson(r.toJson());
    else
        console.out(r.toText().trimmed());
    console.progress(QStringLiteral("audit: %1 finding(s), %2 planned difference(s), %3 of %4 checks pass")
                         .arg(r.findings.size())
                         .arg(r.differences)
                         .arg(std::count_if(r.verification.checks.cbegin(), r.verification.checks.cend(),
                                            [](const VerificationCheck& c) { return c.passed; }))
                         .arg(r.verification.checks.size()));
    return r.clean() ? Success : FindingsFound;
}

} // namespace mpio::cli
