#include "app/cli/commands/FailoverTestCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "app/cli/commands/SiteCli.h"
#include "core/checks/FailoverTest.h"
#include "core/checks/LabFaultActor.h"
#include "core/esxi/EsxiPathStatsSource.h"
#include "core/lab/LabControlClient.h"
#include "core/lab/LabEndpoints.h"
#include "core/monitor/IopsMonitor.h"

namespace mpio::cli {

QString FailoverTestCommand::examples() const
{
    return QStringLiteral(
        "  mpioctl failover-test --profile site.json --lab /tmp/lab\n"
        "  mpioctl failover-test --profile site.json --lab /tmp/lab --host esx02 --fault cable --json\n");
}

void FailoverTestCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
    parser.addOption({QStringLiteral("host"),
                      QStringLiteral("The ESXi host to test (default: the profile's first)."),
                      QStringLiteral("HOST")});
    parser.addOption(
        {QStringLiteral("fault"),
         QStringLiteral("switch (path A's switch down, default) or cable (the host's path-A cable)."),
         QStringLiteral("KIND"), QStringLiteral("switch")});
    parser.addOption({QStringLiteral("workload"),
                      QStringLiteral("Lab workload per host in IOPS (default 2000)."), QStringLiteral("IOPS"),
                      QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("max-gap"),
         QStringLiteral("Longest allowed gap in completed I/O, ms (default: the article's 2000)."),
         QStringLiteral("MS")});
}

int FailoverTestCommand::run(QCommandLineParser& parser, Console& console)
{
    int rc = Success;
    auto site = openSite(parser, console, &rc);
    if (!site)
        return rc;
    const QString host = parser.isSet(QStringLiteral("host")) ? parser.value(QStringLiteral("host"))
                                                              : site->site.hosts.value(0).name;
    const HostSpec* spec = nullptr;
    for (const HostSpec& h : site->site.hosts)
        if (h.name == host)
            spec = &h;
    if (!spec || site->site.paths.size() < 2) {
        console.error(QStringLiteral("no host “%1” with two paths in the profile").arg(host));
        return BadUsage;
    }
    const PathSpec& a = site->site.paths[0];
    const PathSpec& b = site->site.paths[1];
    const EsxiSnapshot snap = site->connection->input().hosts.value(host);
    FailoverTest::Params params;
    params.host = host;
    for (const auto& p : snap.paths) {
        if (p.targetAddress.startsWith(a.truenasIp + QLatin1Char(':')))
            params.pathA = p.runtimeName, params.device = p.device;
        if (p.targetAddress.startsWith(b.truenasIp + QLatin1Char(':')))
            params.pathB = p.runtimeName;
    }
    if (params.pathA.isEmpty() || params.pathB.isEmpty()) {
        console.error(QStringLiteral("%1 has no path to both %2 and %3 — apply and verify first")
                          .arg(host, a.truenasIp, b.truenasIp));
        return FindingsFound;
    }
    const QString kind = parser.value(QStringLiteral("fault"));
    if (kind == QLatin1String("cable")) {
        const HostPathSpec* hp = spec->pathFor(a.name);
        params.fault = {FaultSpec::Kind::CablePull, host + QLatin1Char('-') + (hp ? hp->vmnic : QString()),
                        QStringLiteral("cable of %1 %2 pulled").arg(host, hp ? hp->vmnic : QString())};
    } else if (kind == QLatin1String("switch")) {
        params.fault = {FaultSpec::Kind::SwitchDown, a.switchName,
                        QStringLiteral("switch %1 down").arg(a.switchName)};
    } else {
        console.error(QStringLiteral("--fault must be switch or cable"));
        return BadUsage;
    }
    FailoverThresholds thresholds;
    if (parser.isSet(QStringLiteral("max-gap")))
        thresholds.maxIoGapMs = parser.value(QStringLiteral("max-gap")).toDouble();

    const auto lab = LabEndpoints::load(parser.value(QStringLiteral("lab")));
    LabControlClient control(lab->control.host, lab->control.port);
    std::optional<Result<QJsonObject>> started;
    control.send(QStringLiteral("workload"),
                 {{QStringLiteral("iops"), parser.value(QStringLiteral("workload")).toDouble()}},
                 [&](Result<QJsonObject> r) { started = std::move(r); });
    if (!waitFor(started, 10000) || !started->ok()) {
        console.error(QStringLiteral("cannot start the lab workload"));
        return Connection;
    }
    esxi::EsxiPathStatsSource source;
    source.addHost(host, site->connection->host(host));
    IopsMonitor::Options options;
    options.intervalMs = 500;
    IopsMonitor monitor(&source, options);
    LabFaultActor actor(&control);
    FailoverTest test(&monitor, &actor, params, thresholds);
    QObject::connect(&test, &FailoverTest::stepStarted, [&](int i, const QString& title) {
        console.progress(QStringLiteral("step %1: %2 …").arg(i + 1).arg(title));
    });
    QObject::connect(&test, &FailoverTest::stepFinished, [&](int i, bool passed, const QString& detail) {
        console.progress(QStringLiteral("step %1 %2: %3")
                             .arg(i + 1)
                             .arg(passed ? QStringLiteral("passed") : QStringLiteral("FAILED"), detail));
    });
    std::optional<bool> finished;
    QObject::connect(&test, &FailoverTest::finished, [&] { finished = true; });
    monitor.start();
    test.start();
    if (!waitFor(finished, 10 * 60 * 1000)) {
        test.cancel();
        waitFor(finished, 30000);
    }
    monitor.stop();
    const FailoverResult& r = test.result();
    if (console.json())
        console.outJson(r.toJson());
    else
        console.out(r.toText());
    return r.passed() ? Success : FindingsFound;
}

} // namespace mpio::cli
