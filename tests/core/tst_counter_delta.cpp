#include "core/monitor/CounterDelta.h"
#include "core/monitor/DeviceShare.h"
#include "core/monitor/PathStateTracker.h"
#include "core/monitor/RingBuffer.h"

#include <QTest>

using namespace mpio;

class TestCounterDelta : public QObject
{
    Q_OBJECT
private:
    static PathCounters at(qint64 ms, quint64 r, quint64 w, quint64 br = 0, quint64 bw = 0)
    {
        PathCounters c;
        c.host = QStringLiteral("esx01");
        c.path = QStringLiteral("vmhba64:C0:T0:L0");
        c.readOps = r;
        c.writeOps = w;
        c.blocksRead = br;
        c.blocksWritten = bw;
        c.atMs = ms;
        return c;
    }

private slots:
    void plainRate()
    {
        const auto r = CounterDelta::between(at(0, 1000, 500, 0, 0), at(2000, 3000, 1500, 8000, 8000));
        QVERIFY(r);
        QCOMPARE(r->iops, 1500.0); // (2000 + 1000) / 2 s
        QCOMPARE(r->readIops, 1000.0);
        QCOMPARE(r->mbps, 16000.0 * 512 / 1e6 / 2);
        QVERIFY(!r->reset);
    }
    void beyond32Bits()
    {
        // The reference sample shows Blocks Written: 25340206445 (> 2^31): values are 64-bit.
        const auto r = CounterDelta::between(at(0, 25340206445ull, 0), at(1000, 25340216445ull, 0));
        QVERIFY(r);
        QCOMPARE(r->iops, 10000.0);
    }
    void missedTicksUseElapsedTime()
    {
        const auto r = CounterDelta::between(at(0, 0, 0), at(3000, 3000, 0)); // 2 polls lost
        QVERIFY(r);
        QCOMPARE(r->intervalS, 3.0);
        QCOMPARE(r->iops, 1000.0);
    }
    void resetIsFlagged()
    {
        const auto r = CounterDelta::between(at(0, 5'000'000, 0), at(1000, 700, 0));
        QVERIFY(r);
        QVERIFY(r->reset);
        QCOMPARE(r->iops, 700.0);
    }
    void wrapIsNotAReset()
    {
        const quint64 nearTop = ~quint64(0) - 99;
        const auto r = CounterDelta::between(at(0, nearTop, 0), at(1000, 100, 0));
        QVERIFY(r);
        QVERIFY(!r->reset);
        QCOMPARE(r->iops, 200.0);
    }
    void noRateWithoutTime()
    {
        QVERIFY(!CounterDelta::between(at(1000, 0, 0), at(1000, 10, 0)));
        QVERIFY(!CounterDelta::between(at(2000, 0, 0), at(1000, 10, 0)));
    }
    void ringBufferStaysBounded()
    {
        RingBuffer<int> ring(5);
        for (int i = 0; i < 1000; ++i)
            ring.push(i);
        QCOMPARE(ring.size(), 5);
        QCOMPARE(ring.at(0), 995);
        QCOMPARE(ring.last(), 999);
        QCOMPARE(ring.lastN(3), QList<int>({997, 998, 999}));
        QCOMPARE(ring.lastN(50).size(), 5);
    }
    void shareBalanced()
    {
        const auto r = DeviceShare::compute(QStringLiteral("naa.1"),
                                            {{QStringLiteral("p0"), QStringLiteral("active"), 505},
                                             {QStringLiteral("p1"), QStringLiteral("active"), 495}});
        QVERIFY(!r.imbalanced);
        QCOMPARE(r.activePaths, 2);
        QVERIFY(qAbs(r.paths[0].share - 0.505) < 1e-9);
    }
    void shareFixedIsImbalanced()
    {
        // FIXED/MRU: one path carries everything although two are active.
        const auto r = DeviceShare::compute(QStringLiteral("naa.1"),
                                            {{QStringLiteral("p0"), QStringLiteral("active"), 1000},
                                             {QStringLiteral("p1"), QStringLiteral("active"), 0}});
        QVERIFY(r.imbalanced);
        QVERIFY(r.reason.contains(QLatin1String("PSP-RR-IOPS")));
    }
    void oneDeadPathIsNotImbalance()
    {
        const auto r = DeviceShare::compute(QStringLiteral("naa.1"),
                                            {{QStringLiteral("p0"), QStringLiteral("dead"), 0},
                                             {QStringLiteral("p1"), QStringLiteral("active"), 1000}});
        QVERIFY(!r.imbalanced);
        QVERIFY(!r.apd);
        QCOMPARE(r.paths[1].share, 1.0);
    }
    void allDeadIsApd()
    {
        const auto r = DeviceShare::compute(QStringLiteral("naa.1"),
                                            {{QStringLiteral("p0"), QStringLiteral("dead"), 0},
                                             {QStringLiteral("p1"), QStringLiteral("dead"), 0}});
        QVERIFY(r.apd);
        QVERIFY(!r.reason.isEmpty());
    }
    void stateEvents()
    {
        PathStateTracker t;
        const QString h = QStringLiteral("esx01"), p = QStringLiteral("vmhba64:C0:T0:L0"),
                      d = QStringLiteral("naa.1");
        QVERIFY(t.update(0, h, p, d, QStringLiteral("active")).isEmpty()); // first sight: no event
        QVERIFY(t.update(1000, h, p, d, QStringLiteral("active")).isEmpty());
        const auto down = t.update(2000, h, p, d, QStringLiteral("dead"));
        QCOMPARE(down.size(), 1);
        QCOMPARE(down[0].from, QStringLiteral("active"));
        QCOMPARE(down[0].to, QStringLiteral("dead"));
        QCOMPARE(down[0].atMs, qint64(2000));
        const auto up = t.update(5000, h, p, d, QStringLiteral("active"));
        QCOMPARE(up.size(), 1);
        QCOMPARE(t.stateOf(h, p), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestCounterDelta)
#include "tst_counter_delta.moc"
