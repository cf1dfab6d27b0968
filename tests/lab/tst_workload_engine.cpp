#include "app/lab/workload/WorkloadEngine.h"

#include <QTest>

using namespace mpio::lab;

// Virtual time only: the engine is advanced in 100 ms steps, so figures are exact and the test is fast.
class TestWorkloadEngine : public QObject
{
    Q_OBJECT
private:
    EsxiHostState m_host;
    QHash<QString, PathLink> m_links;
    qint64 m_now = 0;

    void reset(const QString& psp, const QString& limitType = QStringLiteral("Iops"), quint32 iops = 1)
    {
        m_host = EsxiHostState();
        m_host.name = QStringLiteral("esx01");
        Device d;
        d.naa = QStringLiteral("naa.6589cfc000000aaa");
        d.satp = QStringLiteral("VMW_SATP_DEFAULT_AA");
        d.psp = psp;
        d.rrLimitType = limitType;
        d.rrIops = iops;
        d.preferredPath = QStringLiteral("vmhba64:C0:T0:L0");
        m_host.devices = {d};
        for (int c = 0; c < 2; ++c) {
            Path p;
            p.runtimeName = QStringLiteral("vmhba64:C%1:T0:L0").arg(c);
            p.device = d.naa;
            p.channel = c;
            m_host.paths.append(p);
        }
        m_links.clear();
        m_now = 0;
    }
    WorkloadEngine engine(PathTiming timing = {})
    {
        WorkloadEngine e(timing, [this](const EsxiHostState&, const Path& p) {
            return m_links.value(p.runtimeName, PathLink::Up);
        });
        e.setWorkload({QStringLiteral("esx01"), QStringLiteral("*"), 1000, 70, 4096});
        return e;
    }
    void run(WorkloadEngine& e, qint64 ms)
    {
        for (qint64 end = m_now + ms; m_now < end;) {
            m_now += 100;
            e.advanceTo(m_now, {&m_host});
        }
    }
    quint64 ios(int path) const { return m_host.paths[path].readOps + m_host.paths[path].writeOps; }

private slots:
    void roundRobinIops1SplitsEvenly()
    {
        reset(QStringLiteral("VMW_PSP_RR"));
        WorkloadEngine e = engine();
        run(e, 10100);
        const double total = double(ios(0) + ios(1));
        QVERIFY(total >= 9900 && total <= 10100);
        QVERIFY2(qAbs(double(ios(0)) / total - 0.5) <= 0.01, qPrintable(QString::number(ios(0))));
        // 70 % reads, block counters in 512-byte units of 4 KiB I/Os.
        QCOMPARE(m_host.paths[0].blocksRead, m_host.paths[0].readOps * 8);
        QVERIFY(qAbs(double(m_host.paths[0].readOps) / double(ios(0)) - 0.7) < 0.01);
    }
    void defaultLimitSwitchesEvery1000()
    {
        reset(QStringLiteral("VMW_PSP_RR"), QStringLiteral("Default"), 1000);
        WorkloadEngine e = engine();
        run(e, 500);
        QCOMPARE(ios(1), quint64(0)); // still inside the first chunk of 1000 I/Os
        run(e, 1600);
        QVERIFY(ios(1) > 0);
    }
    void fixedUsesThePreferredPath()
    {
        reset(QStringLiteral("VMW_PSP_FIXED"));
        WorkloadEngine e = engine();
        run(e, 5000);
        QVERIFY(ios(0) > 4800);
        QCOMPARE(ios(1), quint64(0));
    }
    void deadPathGetsNothingAndDetectionDelaysHold()
    {
        reset(QStringLiteral("VMW_PSP_RR"));
        PathTiming t;
        t.linkDownDetectMs = 1000;
        t.loginMs = 2000;
        WorkloadEngine e = engine(t);
        run(e, 2000);
        m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::LocalDown);
        const quint64 before = ios(0) + ios(1);
        run(e, 900);
        QCOMPARE(m_host.paths[0].state, QStringLiteral("active")); // not yet detected
        QCOMPARE(ios(0) + ios(1), before);                         // RR stalls on the broken path
        run(e, 200);
        QCOMPARE(m_host.paths[0].state, QStringLiteral("dead"));
        const quint64 deadA = ios(0);
        run(e, 3000);
        QCOMPARE(ios(0), deadA); // dead paths receive nothing
        QVERIFY(ios(1) > 2500);  // B carries everything
        m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::Up);
        run(e, 1900);
        QCOMPARE(m_host.paths[0].state, QStringLiteral("dead"));
        run(e, 200);
        QCOMPARE(m_host.paths[0].state, QStringLiteral("active"));
        run(e, 1000);
        QVERIFY(ios(0) > deadA);
    }
    void silentDropWaitsForNoopTimeouts()
    {
        reset(QStringLiteral("VMW_PSP_RR"));
        WorkloadEngine e = engine();
        run(e, 1000);
        m_links.insert(QStringLiteral("vmhba64:C1:T0:L0"), PathLink::Silent);
        run(e, 24900);
        QCOMPARE(m_host.paths[1].state, QStringLiteral("active"));
        run(e, 200);
        QCOMPARE(m_host.paths[1].state, QStringLiteral("dead")); // 15 s + 10 s
    }
    void mruDoesNotFailBackButFixedDoes()
    {
        for (const QString& psp : {QStringLiteral("VMW_PSP_MRU"), QStringLiteral("VMW_PSP_FIXED")}) {
            reset(psp);
            PathTiming t;
            t.linkDownDetectMs = 100;
            t.loginMs = 100;
            WorkloadEngine e = engine(t);
            run(e, 1000);
            m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::LocalDown);
            run(e, 1000);
            m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::Up);
            run(e, 1000);
            const quint64 a = ios(0), b = ios(1);
            run(e, 2000);
            if (psp == QLatin1String("VMW_PSP_MRU")) {
                QCOMPARE(ios(0), a); // stays on B
                QVERIFY(ios(1) > b);
            } else {
                QVERIFY(ios(0) > a); // back on the preferred path
                QCOMPARE(ios(1), b);
            }
        }
    }
    void allPathsDownIsApd()
    {
        reset(QStringLiteral("VMW_PSP_RR"));
        PathTiming t;
        t.linkDownDetectMs = 100;
        WorkloadEngine e = engine(t);
        run(e, 1000);
        m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::LocalDown);
        m_links.insert(QStringLiteral("vmhba64:C1:T0:L0"), PathLink::LocalDown);
        run(e, 500);
        QVERIFY(m_host.devices[0].apd);
        const quint64 frozen = m_host.devices[0].readOps + m_host.devices[0].writeOps;
        run(e, 1000);
        QCOMPARE(m_host.devices[0].readOps + m_host.devices[0].writeOps, frozen);
    }
    // Misc.APDTimeout: queued (nothing completes, nothing fails) until the timer runs out, then new I/O
    // fails fast and the failed-command counters grow; a path coming back ends it.
    void apdTimerFailsIoAfterItRunsOut()
    {
        reset(QStringLiteral("VMW_PSP_RR"));
        PathTiming t;
        t.linkDownDetectMs = 100;
        t.apdTimeoutMs = 2000;
        t.loginMs = 100;
        WorkloadEngine e = engine(t);
        run(e, 500);
        m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::LocalDown);
        m_links.insert(QStringLiteral("vmhba64:C1:T0:L0"), PathLink::LocalDown);
        run(e, 1000);
        QVERIFY(m_host.devices[0].apd);
        QCOMPARE(m_host.devices[0].failedReads + m_host.devices[0].failedWrites, quint64(0));
        run(e, 2000);
        const quint64 failed = m_host.devices[0].failedReads + m_host.devices[0].failedWrites;
        QVERIFY2(failed > 0, "I/O did not fail after the APD timeout");
        m_links.insert(QStringLiteral("vmhba64:C0:T0:L0"), PathLink::Up);
        run(e, 500); // the login delay (100 ms) still fails I/O, then the path is active
        QVERIFY(!m_host.devices[0].apd);
        const quint64 failedAfterLogin = m_host.devices[0].failedReads + m_host.devices[0].failedWrites;
        QVERIFY(failedAfterLogin >= failed);
        run(e, 500);
        QCOMPARE(m_host.devices[0].failedReads + m_host.devices[0].failedWrites, failedAfterLogin);
    }
    void countersAreMonotonic()
    {
        reset(QStringLiteral("VMW_PSP_RR"));
        WorkloadEngine e = engine();
        quint64 last = 0;
        for (int i = 0; i < 50; ++i) {
            run(e, 100);
            const quint64 now = ios(0) + ios(1);
            QVERIFY(now >= last);
            last = now;
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkloadEngine)
#include "tst_workload_engine.moc"
