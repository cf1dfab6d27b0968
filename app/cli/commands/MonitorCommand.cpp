#include "app/cli/commands/MonitorCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "app/cli/commands/SiteCli.h"
#include "core/esxi/EsxiPathStatsSource.h"
#include "core/monitor/IopsMonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace mpio::cli {

QString MonitorCommand::examples() const
{
    return QStringLiteral(
        "  mpioctl monitor --profile site.json --lab /tmp/lab\n"
        "  mpioctl monitor --profile site.json --lab /tmp/lab --json --duration 60 | jq .\n");
}

void MonitorCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
    parser.addOption({QStringLiteral("interval"), QStringLiteral("Poll interval in ms (default 1000)."),
                      QStringLiteral("MS"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("duration"),
                      QStringLiteral("Stop after this many seconds (default: until Ctrl+C)."),
                      QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("history"),
         QStringLiteral("Seconds of samples kept per path (default 28800 = 8 h); memory stays flat "
                        "once they are full."),
         QStringLiteral("S"), QStringLiteral("28800")});
}

int MonitorCommand::run(QCommandLineParser& parser, Console& console)
{
    bool ok = false;
    const int interval = parser.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || interval < 100 || interval > 600000) {
        console.error(QStringLiteral("--interval must be 100–600000 ms"));
        return BadUsage;
    }
    const int duration =
        parser.isSet(QStringLiteral("duration")) ? parser.value(QStringLiteral("duration")).toInt(&ok) : 0;
    if (parser.isSet(QStringLiteral("duration")) && (!ok || duration <= 0)) {
        console.error(QStringLiteral("--duration must be a positive number of seconds"));
        return BadUsage;
    }
    const int history = parser.value(QStringLiteral("history")).toInt(&ok);
    if (!ok || history < 10 || history > 7 * 24 * 3600) {
        console.error(QStringLiteral("--history must be 10–604800 seconds"));
        return BadUsage;
    }
    int rc = Success;
    auto site = openSite(parser, console, &rc, false);
    if (!site)
        return rc;
    esxi::EsxiPathStatsSource source;
    for (const HostSpec& h : site->site.hosts)
        source.addHost(h.name, site->connection->host(h.name));
    IopsMonitor::Options options;
    options.intervalMs = interval;
    options.bufferSamples = qMax<qsizetype>(1, qsizetype(history) * 1000 / interval);
    IopsMonitor monitor(&source, options);
    const bool tty = !console.json() && isatty(STDOUT_FILENO);

    QObject::connect(&monitor, &IopsMonitor::pathChanged, [&](const PathEvent& e) {
        if (console.json())
            std::printf("%s\n",
                        QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("path-state")},
                                                  {QStringLiteral("atMs"), e.atMs},
                                                  {QStringLiteral("host"), e.host},
                                                  {QStringLiteral("path"), e.path},
                                                  {QStringLiteral("device"), e.device},
                                                  {QStringLiteral("from"), e.from},
                                                  {QStringLiteral("to"), e.to}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
        else if (!tty)
            console.out(
                QStringLiteral("[%1 ms] %2 %3: %4 → %5").arg(e.atMs).arg(e.host, e.path, e.from, e.to));
        std::fflush(stdout);
    });
    QObject::connect(&monitor, &IopsMonitor::hostFailed, [&](const QString& host, const Error& e) {
        console.progress(QStringLiteral("%1: %2").arg(host, e.message));
    });

    QTimer print;
    print.setInterval(interval);
    QObject::connect(&print, &QTimer::timeout, [&] {
        QHash<QString, double> shareOf;
        for (const DeviceShareResult& d : monitor.latestShares())
            for (const PathShare& p : d.paths)
                shareOf.insert(d.host + QLatin1Char('/') + p.path, p.share);
        QJsonArray rows;
        QStringList lines{QStringLiteral("%1  %2  %3  %4  %5")
                              .arg(QStringLiteral("host/path"), -28)
                              .arg(QStringLiteral("state"), -7)
                              .arg(QStringLiteral("IOPS"), 9)
                              .arg(QStringLiteral("share"), 6)
                              .arg(QStringLiteral("MB/s"), 8)};
        for (const QString& key : monitor.pathKeys()) {
            const auto* series = monitor.series(key);
            if (!series || series->size() == 0)
                continue;
            const PathSample& s = series->last();
            const double share = shareOf.value(key);
            rows.append(QJsonObject{{QStringLiteral("path"), key},
                                    {QStringLiteral("state"), s.state},
                                    {QStringLiteral("iops"), s.rate.iops},
                                    {QStringLiteral("share"), share},
                                    {QStringLiteral("mbps"), s.rate.mbps}});
            lines << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(key, -28)
                         .arg(s.state, -7)
                         .arg(s.rate.iops, 9, 'f', 0)
                         .arg(QStringLiteral("%1%").arg(share * 100, 0, 'f', 0), 6)
                         .arg(s.rate.mbps, 8, 'f', 1);
        }
        if (console.json()) {
            std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("sample")},
                                                          {QStringLiteral("atMs"), monitor.nowMs()},
                                                          {QStringLiteral("paths"), rows}})
                                    .toJson(QJsonDocument::Compact)
                                    .constData());
        } else {
            if (tty)
                std::printf("\x1b[H\x1b[2J"); // redraw in place
            std::printf("%s\n\n", lines.join(u'\n').toUtf8().constData());
        }
        std::fflush(stdout);
    });
    monitor.start();
    print.start();
    std::optional<bool> done;
    if (duration > 0)
        QTimer::singleShot(duration * 1000, [&] { done = true; });
    waitFor(done, duration > 0 ? duration * 1000 + 1000 : 24 * 3600 * 1000);
    monitor.stop();
    return Success;
}

} // namespace mpio::cli
