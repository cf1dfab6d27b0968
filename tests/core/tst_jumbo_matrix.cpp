// JumboMatrix (issue 5) with a fake ping: the cells a site defines, 1472 only where 8972 failed, every cell
// in flight at once, verdicts from JumboDiagnosis and the gate — path B's hop drops jumbo frames.
#include "TestEnv.h"
#include "core/checks/JumboDiagnosis.h"
#include "core/checks/JumboMatrix.h"
#include "core/model/SiteJson.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mpio;

class TestJumboMatrix : public QObject
{
    Q_OBJECT

private slots:
    void brokenPathB()
    {
        const auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        QVERIFY(site.ok());
        QList<int> sizes;
        int inFlight = 0, maxInFlight = 0;
        JumboMatrix matrix(*site, [&](const QString& host, const QString& vmk, const QString& ip, int size,
                                      std::function<void(PingOutcome)> done) {
            Q_UNUSED(host)
            sizes << size;
            maxInFlight = qMax(maxInFlight, ++inFlight);
            const bool samePath = (vmk == QLatin1String("vmk2")) == ip.startsWith(QLatin1String("10.20.10."));
            const bool pathB = ip.startsWith(QLatin1String("10.20.20."));
            PingOutcome o;
            o.ran = true;
            o.sent = 3;
            o.received = samePath && (!pathB || size <= 1472) ? 3 : 0;
            o.avgRttMs = o.received ? 0.4 : -1;
            QTimer::singleShot(5, [&inFlight, done, o] {
                --inFlight;
                done(o);
            });
        });
        QCOMPARE(matrix.cells().size(), 8);
        QSignalSpy finished(&matrix, &JumboMatrix::finished);
        matrix.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(maxInFlight, 8); // all cells at once
        QCOMPARE(sizes.count(8972), 8);
        QCOMPARE(sizes.count(1472), 6); // where 8972 failed: 2 path-B cells + 4 cross-path cells
        Findings findings;
        QVERIFY(!JumboDiagnosis::gate(matrix.cells(), &findings));
        int failures = 0;
        for (const JumboCell& c : matrix.cells()) {
            if (c.samePath() && c.vmkPath == QLatin1String("B")) {
                QCOMPARE(c.verdict, JumboCell::Verdict::Fail);
                ++failures;
            }
            if (c.samePath() && c.vmkPath == QLatin1String("A"))
                QCOMPARE(c.verdict, JumboCell::Verdict::Pass);
        }
        QCOMPARE(failures, 2);
        QCOMPARE(findings.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJumboMatrix)
#include "tst_jumbo_matrix.moc"
