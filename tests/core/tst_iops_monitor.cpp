#include "core/monitor/IopsMonitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mpio;

// A synthetic host: path counters grow at configured IOPS in real time; answers after a delay.
class SyntheticSource final : public PathStatsSource
{
public:
    QHash<QString, double> iopsByPath{{QStringLiteral("vmhba64:C0:T0:L0"), 300.0},
                                      {QStringLiteral("vmhba64:C1:T0:L0"), 700.0}};
    QHash<QString, QString> state{{QStringLiteral("vmhba64:C0:T0:L0"), QStringLiteral("active")},
                                  {QStringLiteral("vmhba64:C1:T0:L0"), QStringLiteral("active")}};
    int answerDelayMs = 2;
    int fetches = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    QElapsedTimer clock;
    QObject context; // pending answers die with the source

    SyntheticSource() { clock.start(); }
    QStringList hosts() const override { return {QStringLiteral("esx01")}; }
    void fetch(const QString& host, std::function<void(Result<HostPathReading>)> done) override
    {
        ++fetches;
        maxInFlight = qMax(maxInFlight, ++inFlight);
        QTimer::singleShot(answerDelayMs, &context, [this, host, done] {
            --inFlight;
            HostPathReading r;
            r.host = host;
            r.atMs = clock.elapsed();
            for (auto it = iopsByPath.constBegin(); it != iopsByPath.constEnd(); ++it) {
                PathCounters c;
                c.path = it.key();
                c.device = QStringLiteral("naa.6589cfc000000aaa");
                c.readOps = quint64(it.value() * double(r.atMs) / 1000.0);
                r.counters.append(c);
                r.stateByPath.insert(it.key(), state.value(it.key()));
            }
            done(r);
        });
    }
};

class TestIopsMonitor : public QObject
{
    Q_OBJECT
private slots:
    void ratesAndSharesMatchTheWorkload()
    {
        SyntheticSource source;
        IopsMonitor monitor(&source, {50, 100, 0.10});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pollsAnswered() >= 12, 5000);
        monitor.stop();
        const auto* a = monitor.series(QStringLiteral("esx01/vmhba64:C0:T0:L0"));
        QVERIFY(a && a->size() >= 10);
        // Average over the window to smooth integer truncation of the synthetic counters.
        double sum = 0;
        for (qsizetype i = 0; i < a->size(); ++i)
            sum += a->at(i).rate.iops * a->at(i).rate.intervalS;
        double seconds = 0;
        for (qsizetype i = 0; i < a->size(); ++i)
            seconds += a->at(i).rate.intervalS;
        QVERIFY2(qAbs(sum / seconds - 300.0) / 300.0 < 0.02, qPrintable(QString::number(sum / seconds)));
        const auto shares = monitor.latestShares();
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares[0].activePaths, 2);
        QVERIFY(shares[0].imbalanced); // 30/70 is outside 50 % ± 10 %
    }
    void deadPathBecomesAnEvent()
    {
        SyntheticSource source;
        IopsMonitor monitor(&source, {30, 100, 0.10});
        QSignalSpy events(&monitor, &IopsMonitor::pathChanged);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pollsAnswered() >= 3, 5000);
        source.state.insert(QStringLiteral("vmhba64:C0:T0:L0"), QStringLiteral("dead"));
        source.iopsByPath.insert(QStringLiteral("vmhba64:C0:T0:L0"), 0.0);
        QVERIFY(events.wait(2000));
        monitor.stop();
        const auto e = events.takeFirst().at(0).value<PathEvent>();
        QCOMPARE(e.path, QStringLiteral("vmhba64:C0:T0:L0"));
        QCOMPARE(e.from, QStringLiteral("active"));
        QCOMPARE(e.to, QStringLiteral("dead"));
    }
    void slowHostIsNeverPolledTwiceAtOnce()
    {
        SyntheticSource source;
        source.answerDelayMs = 120; // slower than the 20 ms interval
        IopsMonitor monitor(&source, {20, 100, 0.10});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pollsAnswered() >= 4, 5000);
        monitor.stop();
        QCOMPARE(source.maxInFlight, 1);
    }
    void memoryStaysFlat()
    {
        SyntheticSource source;
        source.answerDelayMs = 0;
        IopsMonitor monitor(&source, {5, 8, 0.10});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pollsAnswered() >= 40, 10000);
        monitor.stop();
        for (const QString& key : monitor.pathKeys())
            QCOMPARE(monitor.series(key)->size(), qsizetype(8));
    }
};

QTEST_GUILESS_MAIN(TestIopsMonitor)
#include "tst_iops_monitor.moc"
