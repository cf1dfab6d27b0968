#include "app/cli/commands/VerifyCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/commands/SiteCli.h"
#include "core/checks/Verification.h"

#include <QJsonArray>

namespace mpio::cli {

void VerifyCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
}

int VerifyCommand::run(QCommandLineParser& parser, Console& console)
{
    int rc = Success;
    auto site = openSite(parser, console, &rc);
    if (!site)
        return rc;
    const VerificationResult r = Verification::run(site->connection->input());
    if (console.json()) {
        QJsonArray checks;
        for (const auto& c : r.checks)
            checks.append(QJsonObject{{QStringLiteral("system"), c.host},
                                      {QStringLiteral("device"), c.device},
                                      {QStringLiteral("check"), c.what},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("detail"), c.detail}});
        console.outJson(
            QJsonObject{{QStringLiteral("passed"), r.passed()}, {QStringLiteral("checks"), checks}});
    } else {
        for (const auto& c : r.checks)
            console.out(QStringLiteral("[%1] %2 %3 %4: %5")
                            .arg(c.passed ? QStringLiteral("pass") : QStringLiteral("FAIL"), c.host, c.device,
                                 c.what, c.detail));
        console.out(r.passed() ? QStringLiteral("Verified.")
                               : QStringLiteral("Not everything matches the profile."));
    }
    return r.passed() ? Success : FindingsFound;
}

} // namespace mpio::cli
