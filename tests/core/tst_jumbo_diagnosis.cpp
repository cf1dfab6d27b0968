#include "core/checks/JumboDiagnosis.h"

#include <QTest>

using namespace mpio;
Q_DECLARE_METATYPE(JumboCell::Verdict)
Q_DECLARE_METATYPE(PingOutcome::Error)

// guidance.md MTU-DIAGNOSIS / MTU-CROSS-PATH as a table: what each vmkping outcome means.
class TestJumboDiagnosis : public QObject
{
    Q_OBJECT
private:
    static PingOutcome ping(int sent, int received, PingOutcome::Error e = PingOutcome::Error::None)
    {
        PingOutcome p;
        p.ran = true;
        p.sent = sent;
        p.received = received;
        p.error = e;
        p.avgRttMs = received ? 0.25 : -1;
        return p;
    }

private slots:
    void cells_data()
    {
        QTest::addColumn<bool>("samePath");
        QTest::addColumn<int>("jumboReceived");
        QTest::addColumn<PingOutcome::Error>("jumboError");
        QTest::addColumn<int>("smallReceived"); // -1: small ping not run
        QTest::addColumn<JumboCell::Verdict>("verdict");
        QTest::addColumn<QString>("mentions");
        using E = PingOutcome::Error;
        using V = JumboCell::Verdict;
        QTest::newRow("pass") << true << 3 << E::None << -1 << V::Pass << "9000-byte";
        QTest::newRow("partial loss") << true << 2 << E::None << -1 << V::Warn << "2 of 3";
        QTest::newRow("local mtu") << true << 0 << E::MessageTooLong << -1 << V::Fail
                                   << "vSwitch to MTU 9000";
        QTest::newRow("switch drops jumbo") << true << 0 << E::None << 3 << V::Fail << "switch port";
        QTest::newRow("path down") << true << 0 << E::None << 0 << V::Fail << "path is down";
        QTest::newRow("arp") << true << 0 << E::HostDown << -1 << V::Fail << "no ARP answer";
        QTest::newRow("no route") << true << 0 << E::NetworkUnreachable << -1 << V::Fail << "netmask";
        QTest::newRow("cross isolated")
            << false << 0 << E::NetworkUnreachable << -1 << V::Pass << "as expected";
        QTest::newRow("cross reaches") << false << 3 << E::None << -1 << V::Warn << "not isolated";
    }
    void cells()
    {
        QFETCH(bool, samePath);
        QFETCH(int, jumboReceived);
        QFETCH(PingOutcome::Error, jumboError);
        QFETCH(int, smallReceived);
        QFETCH(JumboCell::Verdict, verdict);
        QFETCH(QString, mentions);
        JumboCell c;
        c.host = QStringLiteral("esx01");
        c.vmk = QStringLiteral("vmk3");
        c.vmkPath = QStringLiteral("B");
        c.portalIp = samePath ? QStringLiteral("10.20.20.10") : QStringLiteral("10.20.10.10");
        c.portalPath = samePath ? QStringLiteral("B") : QStringLiteral("A");
        c.jumbo = ping(3, jumboReceived, jumboError);
        if (smallReceived >= 0)
            c.small = ping(3, smallReceived);
        JumboDiagnosis::diagnose(c);
        QCOMPARE(JumboDiagnosis::toString(c.verdict), JumboDiagnosis::toString(verdict));
        QVERIFY2(c.diagnosis.contains(mentions), qPrintable(c.diagnosis));
        QVERIFY(!c.ruleId.isEmpty());
    }
    void gateFailsOnlyOnSamePathFailures()
    {
        JumboCell ok;
        ok.vmkPath = ok.portalPath = QStringLiteral("A");
        ok.jumbo = ping(3, 3);
        JumboDiagnosis::diagnose(ok);
        JumboCell cross;
        cross.vmkPath = QStringLiteral("A");
        cross.portalPath = QStringLiteral("B");
        cross.jumbo = ping(3, 0, PingOutcome::Error::HostDown);
        JumboDiagnosis::diagnose(cross);
        Findings f;
        QVERIFY(JumboDiagnosis::gate({ok, cross}, &f));
        QVERIFY(f.isEmpty());

        JumboCell broken = ok;
        broken.vmkPath = broken.portalPath = QStringLiteral("B");
        broken.jumbo = ping(3, 0);
        broken.small = ping(3, 3);
        JumboDiagnosis::diagnose(broken);
        QVERIFY(!JumboDiagnosis::gate({ok, cross, broken}, &f));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].ruleId, QStringLiteral("MTU-JUMBO-CHECK"));
        QVERIFY(f[0].severity == Severity::Error);
        QVERIFY(!JumboDiagnosis::gate({}, nullptr)); // nothing checked is not a pass
    }
};

QTEST_GUILESS_MAIN(TestJumboDiagnosis)
#include "tst_jumbo_diagnosis.moc"
