#include "app/cli/commands/CheckJumboCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "app/cli/commands/SiteCli.h"
#include "core/checks/JumboCellJson.h"
#include "core/checks/JumboDiagnosis.h"
#include "core/checks/JumboMatrix.h"
#include "core/validation/FindingJson.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace mpio::cli {

QString CheckJumboCommand::examples() const
{
    return QStringLiteral("  mpioctl check-jumbo --profile site.json --lab /tmp/lab\n"
                          "  mpioctl check-jumbo --profile site.json --lab /tmp/lab --json | jq '.cells[] | "
                          "select(.verdict != \"pass\")'\n");
}

void CheckJumboCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
}

int CheckJumboCommand::run(QCommandLineParser& parser, Console& console)
{
    int rc = Success;
    auto site = openSite(parser, console, &rc, false);
    if (!site)
        return rc;
    JumboMatrix matrix(site->site, site->connection->jumboPing());
    QElapsedTimer timer;
    timer.start();
    std::optional<bool> finished;
    QObject::connect(&matrix, &JumboMatrix::finished, [&] { finished = true; });
    console.progress(QStringLiteral("pinging %1 cell(s) …").arg(matrix.cells().size()));
    matrix.start();
    if (!waitFor(finished, 600000)) {
        console.error(QStringLiteral("the jumbo check did not finish within 10 minutes"));
        return Connection;
    }
    Findings findings;
    const bool passed = JumboDiagnosis::gate(matrix.cells(), &findings);
    if (console.json()) {
        QJsonArray cells;
        for (const JumboCell& c : matrix.cells())
            cells.append(mpio::toJson(c));
        console.outJson(QJsonObject{{QStringLiteral("passed"), passed},
                                    {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                                    {QStringLiteral("cells"), cells},
                                    {QStringLiteral("findings"), FindingJson::toJson(findings)}});
    } else {
        for (const JumboCell& c : matrix.cells())
            console.out(QStringLiteral("%1 %2 → %3 (path %4→%5): %6  %7")
                            .arg(c.host, c.vmk, c.portalIp, c.vmkPath, c.portalPath,
                                 JumboDiagnosis::toString(c.verdict).toUpper(), c.diagnosis));
        console.out(QString());
        console.out(
            passed ? QStringLiteral("Jumbo gate: passed (%1 s).")
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   : QStringLiteral("Jumbo gate: FAILED — fix the hops named above before the iSCSI part."));
        if (!findings.isEmpty())
            console.out(FindingJson::toText(findings));
    }
    return passed ? Success : FindingsFound;
}

} // namespace mpio::cli
