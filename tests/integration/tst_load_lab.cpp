// Load (issue 9): a lab with 32 configured hosts, a monitor at 1 Hz on every host in this process while the
// article's failover test (`mpioctl failover-test --fault cable`) runs on two hosts at once. Nothing crashes
// (the lab, the monitor and both failover runs live to the end, both pass), the monitor keeps polling every
// host and sees both cable pulls as dead paths, and once the monitor and its connections are gone this
// process has exactly the threads (/proc/self/task) and file descriptors (/proc/self/fd) it had before
// (bounded wait: idle pool threads expire).
//
// Bounded (~2 min on 2 cores): the 32-host set-up apply runs at 10 ms per esxcli call, the load phase at
// the scenario's own model; accelerated against issue 9's 10 minutes: the load phase lasts one minute (the
// two failover runs take about 30 s of it, the monitor alone the rest).
#include "ClusterScenario.h"
#include "LabProcess.h"
#include "TestEnv.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/esxi/EsxiPathStatsSource.h"
#include "core/lab/LabEndpoints.h"
#include "core/model/SiteJson.h"
#include "core/monitor/IopsMonitor.h"
#include "core/site/SiteConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mpio;

namespace {

constexpr int kHosts = 32;
constexpr qint64 kLoadMs = 60000; // accelerated: issue 9 asks for 10 minutes

int entries(const QString& dir)
{
    return int(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}
int threads()
{
    return entries(QStringLiteral("/proc/self/task"));
}
int fds()
{
    return entries(QStringLiteral("/proc/self/fd"));
}

} // namespace

class TestLoadLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    QProcess* mpioctl(const QStringList& args, const QString& profile, const QString& lab)
    {
        auto* p = new QProcess(this);
        p->start(QStringLiteral(MPIOCTL_BIN),
                 args + QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--lab"), lab,
                                    QStringLiteral("--json"), QStringLiteral("--state-dir"),
                                    m_work.path() + QStringLiteral("/state"), QStringLiteral("--log-level"),
                                    QStringLiteral("warn")});
        return p;
    }

private slots:
    void monitorAndTwoFailoversOn32Hosts()
    {
        QVERIFY(m_work.isValid());
        QString error;
        const QString dir = m_work.path() + QStringLiteral("/cluster");
        QVERIFY2(test::writeClusterScenario(kHosts, dir, &error), qPrintable(error));
        const QString profile = dir + QStringLiteral("/profile.json");
        test::LabProcess lab;
        QVERIFY2(lab.start(dir + QStringLiteral("/scenario.json"), &error, 60000), qPrintable(error));

        // Set-up: configure all 32 hosts fast, then the scenario's own latency model for the load.
        const QJsonObject model =
            QJsonDocument::fromJson(test::readFile(dir + QStringLiteral("/scenario.json")))
                .object()
                .value(QStringLiteral("model"))
                .toObject();
        QVERIFY(lab.control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 10}}));
        {
            std::unique_ptr<QProcess> apply(
                mpioctl({QStringLiteral("apply"), QStringLiteral("--yes")}, profile, lab.stateDir()));
            QVERIFY(apply->waitForFinished(240000));
            QVERIFY2(apply->exitCode() == 0, apply->readAllStandardError().constData());
        }
        QVERIFY(
            lab.control(QStringLiteral("latency"),
                        {{QStringLiteral("esxcliMs"), model.value(QStringLiteral("esxcliMs")).toInt(400)}}));

        const int threadsBefore = threads();
        const int fdsBefore = fds();
        int samplesPolled = 0;
        QSet<QString> polledHosts, deadHosts;
        {
            const auto site = SiteJson::loadFile(profile);
            const auto endpoints = LabEndpoints::load(lab.stateDir());
            QVERIFY(site && endpoints);
            const auto e = SiteConnection::fromLab(*site, *endpoints);
            QVERIFY(e.ok());
            MemoryCredentialStore credentials;
            SiteConnection connection(*site, *e, &credentials);
            esxi::EsxiPathStatsSource source;
            for (const HostSpec& h : site->hosts)
                source.addHost(h.name, connection.host(h.name));
            IopsMonitor::Options options;
            options.intervalMs = 1000;
            IopsMonitor monitor(&source, options);
            connect(&monitor, &IopsMonitor::hostPolled, this, [&](const QString& host, qint64) {
                ++samplesPolled;
                polledHosts.insert(host);
            });
            connect(&monitor, &IopsMonitor::pathChanged, this, [&](const PathEvent& ev) {
                if (ev.to == QLatin1String("dead"))
                    deadHosts.insert(ev.host);
            });
            QVERIFY(lab.control(QStringLiteral("workload"), {{QStringLiteral("iops"), 2000}}));
            monitor.start();
            QTRY_COMPARE_WITH_TIMEOUT(int(polledHosts.size()), kHosts, 30000);

            // Two failover tests at once, on the first and the last host.
            QElapsedTimer load;
            load.start();
            const QString a = QStringLiteral("esx01"), b = QStringLiteral("esx%1").arg(kHosts);
            std::unique_ptr<QProcess> fa(mpioctl({QStringLiteral("failover-test"), QStringLiteral("--host"),
                                                  a, QStringLiteral("--fault"), QStringLiteral("cable")},
                                                 profile, lab.stateDir()));
            std::unique_ptr<QProcess> fb(mpioctl({QStringLiteral("failover-test"), QStringLiteral("--host"),
                                                  b, QStringLiteral("--fault"), QStringLiteral("cable")},
                                                 profile, lab.stateDir()));
            const int polledAtStart = samplesPolled;
            QTRY_VERIFY_WITH_TIMEOUT(
                fa->state() == QProcess::NotRunning && fb->state() == QProcess::NotRunning, 150000);
            // Then the monitor alone until a minute of load has passed: its thread and fd counts must not
            // grow while it runs (same after another ~30 polls per host as right after the failovers).
            const int threadsMid = threads(), fdsMid = fds();
            QTest::qWait(int(qMax<qint64>(0, kLoadMs - load.elapsed())));
            QVERIFY2(threads() <= threadsMid && fds() <= fdsMid,
                     qPrintable(QStringLiteral("threads %1 → %2, fds %3 → %4")
                                    .arg(threadsMid)
                                    .arg(threads())
                                    .arg(fdsMid)
                                    .arg(fds())));
            const double loadS = double(load.elapsed()) / 1000.0;
            for (QProcess* f : {fa.get(), fb.get()}) {
                const QJsonObject r = QJsonDocument::fromJson(f->readAllStandardOutput()).object();
                QVERIFY2(
                    f->exitStatus() == QProcess::NormalExit && f->exitCode() == 0,
                    qPrintable(QStringLiteral("%1, exit code %2: %3")
                                   .arg(f->exitStatus() == QProcess::NormalExit ? QStringLiteral("ended")
                                                                                : QStringLiteral("CRASHED"))
                                   .arg(f->exitCode())
                                   .arg(QString::fromUtf8(f->readAllStandardError().right(600)))));
                qInfo("failover: I/O gap %.0f ms (poll-bounded %.0f ms), A dead after %.0f ms",
                      r.value(QStringLiteral("ioGapMs")).toDouble(),
                      r.value(QStringLiteral("ioGapPollBoundMs")).toDouble(),
                      r.value(QStringLiteral("toPathDeadMs")).toDouble());
                QVERIFY(r.value(QStringLiteral("passed")).toBool());
            }
            // The monitor kept polling every host about once a second through the load (at least half the
            // polls: each poll waits for its esxcli calls at the modelled latency), and saw both pulls.
            const int polls = samplesPolled - polledAtStart;
            qInfo("load phase %.1f s: %d host polls (%.1f per host per second), dead paths seen on %s", loadS,
                  polls, polls / loadS / kHosts, qPrintable(QStringList(deadHosts.values()).join(u' ')));
            QVERIFY2(polls >= int(loadS * kHosts / 2), qPrintable(QString::number(polls)));
            QVERIFY(deadHosts.contains(a) && deadHosts.contains(b));
            QCOMPARE(lab.control(QStringLiteral("state")).has_value(), true); // the lab is alive
            monitor.stop();
            QVERIFY(lab.control(QStringLiteral("workload"), {{QStringLiteral("iops"), 0}}));
            qInfo("during the load: %d threads, %d fds (before: %d, %d)", threads(), fds(), threadsBefore,
                  fdsBefore);
        }
        // Everything the monitor opened is closed again: threads (pool threads expire, bounded wait) and fds.
        QTRY_VERIFY_WITH_TIMEOUT(threads() <= threadsBefore, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(fds() <= fdsBefore, 10000);
        qInfo("after: %d threads, %d fds (before: %d, %d)", threads(), fds(), threadsBefore, fdsBefore);
    }
};

QTEST_GUILESS_MAIN(TestLoadLab)
#include "tst_load_lab.moc"
