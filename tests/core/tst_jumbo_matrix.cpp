// JumboMatrix (issue 5) with a fake ping: the cells a site defines, 1472 where a same-path 8972 failed and at
// once on cross-path cells (expected to fail both), every cell in flight at once, verdicts from
// JumboDiagnosis and the gate — path B's hop drops jumbo frames; paths that reach each other with small
// frames are flagged.
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
        QCOMPARE(maxInFlight, 12); // all cells at once, the 4 cross-path cells with both sizes
        QCOMPARE(sizes.count(8972), 8);
        QCOMPARE(sizes.count(1472), 6); // 2 path-B cells (after their 8972 failed) + 4 cross-path cells
        QCOMPARE(sizes.mid(0, 12).count(1472), 4); // the cross-path ones went out with their 8972
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

    // MTU-CROSS-PATH: a cross-path cell whose jumbo ping fails but whose small ping answers (a router with
    // MTU 1500 between the storage networks) means the paths are not isolated: a warning, not a pass.
    void crossPathReachableWithSmallFrames()
    {
        const auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        QVERIFY(site.ok());
        JumboMatrix matrix(*site, [&](const QString&, const QString& vmk, const QString& ip, int size,
                                      std::function<void(PingOutcome)> done) {
            const bool samePath = (vmk == QLatin1String("vmk2")) == ip.startsWith(QLatin1String("10.20.10."));
            PingOutcome o;
            o.ran = true;
            o.sent = 3;
            o.received = samePath || size <= 1472 ? 3 : 0;
            QTimer::singleShot(size == 1472 ? 1 : 10, [done, o] { done(o); }); // small answers first
        });
        QSignalSpy finished(&matrix, &JumboMatrix::finished);
        matrix.start();
        QVERIFY(finished.wait(5000));
        int warned = 0;
        for (const JumboCell& c : matrix.cells()) {
            if (c.samePath()) {
                QCOMPARE(c.verdict, JumboCell::Verdict::Pass);
                QVERIFY(!c.small.ran); // 8972 passed: no 1472 needed
                continue;
            }
            QCOMPARE(c.verdict, JumboCell::Verdict::Warn);
            QCOMPARE(c.ruleId, QStringLiteral("MTU-CROSS-PATH"));
            QVERIFY2(c.diagnosis.contains(QLatin1String("not isolated")), qPrintable(c.diagnosis));
            ++warned;
        }
        QCOMPARE(warned, 4);
    }
};

QTEST_GUILESS_MAIN(TestJumboMatrix)
#include "tst_jumbo_matrix.moc"
