// The world's network truth for vmkping (esxi-esxcli.md §3, guidance MTU-DIAGNOSIS, MTU-CROSS-PATH).
#include "TestEnv.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/World.h"

#include <QSignalSpy>
#include <QtTest>

using namespace mpio::lab;

namespace {

Scenario load(const QString& name)
{
    Scenario sc;
    QString error;
    if (!Scenario::fromFile(Scenario::resolve(name), &sc, &error))
        qFatal("%s", qPrintable(error));
    return sc;
}

// What the wizard does to a seed host (the article's layout), done directly on the state as the shell would.
void configureArticle(EsxiHostState& h, int index)
{
    VSwitch vs;
    vs.name = QStringLiteral("vSwitch1");
    vs.mtu = 9000;
    vs.uplinks = {QStringLiteral("vmnic2"), QStringLiteral("vmnic3")};
    vs.activeUplinks = vs.uplinks;
    h.vswitches.append(vs);
    PortGroup a;
    a.name = QStringLiteral("iSCSI-A");
    a.vswitch = vs.name;
    a.overrideFailover = true;
    a.activeUplinks = {QStringLiteral("vmnic2")};
    PortGroup b = a;
    b.name = QStringLiteral("iSCSI-B");
    b.activeUplinks = {QStringLiteral("vmnic3")};
    h.portGroups << a << b;
    Vmk v2;
    v2.name = QStringLiteral("vmk2");
    v2.portGroup = a.name;
    v2.ipv4 = QStringLiteral("10.20.10.%1").arg(10 + index);
    v2.netmask = QStringLiteral("255.255.255.248");
    v2.mtu = 9000;
    Vmk v3 = v2;
    v3.name = QStringLiteral("vmk3");
    v3.portGroup = b.name;
    v3.ipv4 = QStringLiteral("10.20.20.%1").arg(10 + index);
    h.vmks << v2 << v3;
}

std::unique_ptr<World> configuredWorld(const QString& scenario)
{
    auto w = std::make_unique<World>(load(scenario));
    configureArticle(*w->host(QStringLiteral("esx01")), 1);
    configureArticle(*w->host(QStringLiteral("esx02")), 2);
    return w;
}

const QString kEsx01 = QStringLiteral("esx01");
const QString kPortalA = QStringLiteral("10.20.10.10");
const QString kPortalB = QStringLiteral("10.20.20.10");

} // namespace

Q_DECLARE_METATYPE(mpio::lab::ProbeOutcome)

class TestLabProbe : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("vmk");
        QTest::addColumn<QString>("dst");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("df");
        QTest::addColumn<ProbeOutcome>("expected");
        const QString seed = QStringLiteral("seed-two-paths");
        const QString broken = QStringLiteral("mtu-broken-switch-b");
        QTest::newRow("A jumbo ok") << seed << "vmk2" << kPortalA << 8972 << true << ProbeOutcome::Ok;
        QTest::newRow("B jumbo ok") << seed << "vmk3" << kPortalB << 8972 << true << ProbeOutcome::Ok;
        QTest::newRow("8973 local too long")
            << seed << "vmk2" << kPortalA << 8973 << true << ProbeOutcome::LocalMessageTooLong;
        QTest::newRow("8973 no DF fragments")
            << seed << "vmk2" << kPortalA << 8973 << false << ProbeOutcome::Ok;
        QTest::newRow("broken B 8972 lost")
            << broken << "vmk3" << kPortalB << 8972 << true << ProbeOutcome::Lost;
        QTest::newRow("broken B 1472 ok") << broken << "vmk3" << kPortalB << 1472 << true << ProbeOutcome::Ok;
        QTest::newRow("broken B 1473 lost")
            << broken << "vmk3" << kPortalB << 1473 << true << ProbeOutcome::Lost;
        QTest::newRow("broken A 8972 ok") << broken << "vmk2" << kPortalA << 8972 << true << ProbeOutcome::Ok;
        QTest::newRow("cross path -I unreachable")
            << seed << "vmk2" << kPortalB << 56 << false << ProbeOutcome::NetworkUnreachable;
        QTest::newRow("routed cross path ok") << seed << "" << kPortalB << 56 << false << ProbeOutcome::Ok;
        QTest::newRow("mgmt to truenas eno1") << seed << "vmk0"
                                              << "192.168.10.5" << 56 << false << ProbeOutcome::Ok;
        QTest::newRow("mgmt jumbo local")
            << seed << "vmk0"
            << "192.168.10.5" << 8972 << true << ProbeOutcome::LocalMessageTooLong;
        QTest::newRow("nobody at .13") << seed << "vmk2"
                                       << "10.20.10.13" << 56 << false << ProbeOutcome::HostDown;
        QTest::newRow("host to host vmk") << seed << "vmk2"
                                          << "10.20.10.12" << 8972 << true << ProbeOutcome::Ok;
        QTest::newRow("unknown vmk") << seed << "vmk9" << kPortalA << 56 << false
                                     << ProbeOutcome::UnknownInterface;
        QTest::newRow("beyond gateway") << seed << "vmk0"
                                        << "8.8.8.8" << 56 << false << ProbeOutcome::Lost;
    }

    void table()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, vmk);
        QFETCH(QString, dst);
        QFETCH(int, size);
        QFETCH(bool, df);
        QFETCH(ProbeOutcome, expected);
        auto w = configuredWorld(scenario);
        const ProbeResult r = w->probe(kEsx01, vmk, dst, size, df);
        QVERIFY2(r.outcome == expected,
                 qPrintable(QStringLiteral("outcome %1: %2").arg(int(r.outcome)).arg(r.detail)));
        if (expected == ProbeOutcome::Ok)
            QVERIFY(r.rttMs > 0.0);
        else
            QCOMPARE(r.rttMs, 0.0);
    }

    void routedProbeUsesTheSubnetsVmk()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        QCOMPARE(w->probe(kEsx01, {}, kPortalB, 56, false).vmk, QStringLiteral("vmk3"));
        QCOMPARE(w->probe(kEsx01, {}, kPortalA, 56, false).vmk, QStringLiteral("vmk2"));
        QCOMPARE(w->probe(kEsx01, {}, kPortalA, 56, false).sourceIp, QStringLiteral("10.20.10.11"));
    }

    void noRouteWithoutGatewayIsUnreachable()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        w->host(kEsx01)->vmk(QStringLiteral("vmk0"))->gateway = QStringLiteral("0.0.0.0");
        QCOMPARE(w->probe(kEsx01, {}, QStringLiteral("10.99.0.1"), 56, false).outcome,
                 ProbeOutcome::NetworkUnreachable);
    }

    void vmkWithoutAddress()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        Vmk* v = w->host(kEsx01)->vmk(QStringLiteral("vmk2"));
        v->ipv4.clear();
        v->netmask.clear();
        v->addressType = QStringLiteral("NONE");
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 56, false).outcome,
                 ProbeOutcome::NoAddress);
        QCOMPARE(w->probe(QStringLiteral("esx99"), QStringLiteral("vmk2"), kPortalA, 56, false).outcome,
                 ProbeOutcome::UnknownInterface);
    }

    // MTU-CROSS-PATH: a vmk whose active uplink is cabled to the other path's switch gets no ARP answer.
    void miswiredUplinkIsHostDown()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        w->host(kEsx01)->portGroup(QStringLiteral("iSCSI-A"))->activeUplinks = {QStringLiteral("vmnic3")};
        const ProbeResult r = w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 56, false);
        QCOMPARE(r.outcome, ProbeOutcome::HostDown);
        QVERIFY2(r.detail.contains(QStringLiteral("Core-B")), qPrintable(r.detail));
        QVERIFY(!w->reachable(kEsx01, QStringLiteral("vmk2"), kPortalA));
    }

    void vmkBiggerThanVSwitchIsSilentlyLost()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        w->host(kEsx01)->vswitch(QStringLiteral("vSwitch1"))->mtu = 1500;
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 8972, true).outcome, ProbeOutcome::Lost);
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 1472, true).outcome, ProbeOutcome::Ok);
    }

    void storageNicMtuDropsJumbo()
    {
        Scenario sc = load(QStringLiteral("seed-two-paths"));
        for (StorageNic& n : sc.storage.nics)
            if (n.name == QLatin1String("enp4s0f0"))
                n.mtu = 1500;
        World w(sc);
        configureArticle(*w.host(kEsx01), 1);
        QCOMPARE(w.probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 8972, true).outcome, ProbeOutcome::Lost);
        QCOMPARE(w.probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 1472, true).outcome, ProbeOutcome::Ok);
    }

    void existingVmkAt1500()
    {
        World w(load(QStringLiteral("vmk-mtu-1500")));
        QCOMPARE(w.probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 8972, true).outcome,
                 ProbeOutcome::LocalMessageTooLong);
        QCOMPARE(w.probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 1472, true).outcome, ProbeOutcome::Ok);
    }

    void cablePullAndSwitchDown()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        QSignalSpy spy(w.get(), &World::linksChanged);
        QString error;
        QVERIFY(w->setCableConnected(QStringLiteral("esx01-vmnic2"), false, &error));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{kEsx01});
        QVERIFY(!w->host(kEsx01)->vmnic(QStringLiteral("vmnic2"))->linkUp);
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 56, false).outcome,
                 ProbeOutcome::HostDown);
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk3"), kPortalB, 56, false).outcome, ProbeOutcome::Ok);
        QVERIFY(w->setCableConnected(QStringLiteral("esx01-vmnic2"), true, &error));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 56, false).outcome, ProbeOutcome::Ok);

        QVERIFY(w->setSwitchUp(QStringLiteral("Core-B"), false, &error));
        QCOMPARE(spy.count(), 3);
        QStringList hosts = spy.at(2).at(0).toStringList();
        hosts.sort();
        QCOMPARE(hosts, (QStringList{kEsx01, QStringLiteral("esx02")}));
        QCOMPARE(w->probe(QStringLiteral("esx02"), QStringLiteral("vmk3"), kPortalB, 56, false).outcome,
                 ProbeOutcome::HostDown);
        QVERIFY(w->setSwitchUp(QStringLiteral("Core-B"), true, &error));

        // The storage side's cable.
        QVERIFY(w->setCableConnected(QStringLiteral("truenas-enp4s0f0"), false, &error));
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 56, false).outcome,
                 ProbeOutcome::HostDown);
        QVERIFY(!w->setCableConnected(QStringLiteral("nope"), false, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void storageChangesReachEveryHost()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        QSignalSpy spy(w.get(), &World::linksChanged);
        w->storageChanged();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{kEsx01, QStringLiteral("esx02")}));
    }

    void portMtuAtRuntime()
    {
        auto w = configuredWorld(QStringLiteral("seed-two-paths"));
        QString error;
        QVERIFY(w->setSwitchPortMtu(QStringLiteral("Core-A"), 1500, &error));
        QCOMPARE(w->probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 8972, true).outcome, ProbeOutcome::Lost);
        QVERIFY(!w->setSwitchPortMtu(QStringLiteral("Core-A"), 100, &error));
    }

    // The standby uplink takes over when the active one loses link: on this site it leads to the wrong
    // switch.
    void standbyUplinkFailsOverToTheWrongSwitch()
    {
        World w(load(QStringLiteral("standby-uplink")));
        QCOMPARE(w.probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 8972, true).outcome, ProbeOutcome::Ok);
        QString error;
        QVERIFY(w.setCableConnected(QStringLiteral("esx01-vmnic2"), false, &error));
        const ProbeResult r = w.probe(kEsx01, QStringLiteral("vmk2"), kPortalA, 56, false);
        QCOMPARE(r.outcome, ProbeOutcome::HostDown);
        QVERIFY2(r.detail.contains(QStringLiteral("vmnic3")), qPrintable(r.detail));
    }

    void resetRestoresTheScenario()
    {
        World w(load(QStringLiteral("already-configured")));
        const QJsonObject before = w.dumpState();
        QString error;
        QVERIFY(w.setCableConnected(QStringLiteral("esx02-vmnic3"), false, &error));
        w.host(kEsx01)->devices[0].rrIops = 1000;
        QVERIFY(w.dumpState() != before);
        QSignalSpy spy(&w, &World::worldReset);
        w.reset();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.dumpState(), before);
        QVERIFY(w.reachable(kEsx01, QStringLiteral("vmk3"), kPortalB));
    }

    void clusterHasSixteenHostsOnSlash27()
    {
        World w(load(QStringLiteral("cluster-16")));
        QCOMPARE(w.hostNames().size(), 16);
        EsxiHostState* h = w.host(QStringLiteral("esx16"));
        QVERIFY(h);
        configureArticle(*h, 16);
        for (Vmk& v : h->vmks)
            if (v.name != QLatin1String("vmk0"))
                v.netmask = QStringLiteral("255.255.255.224");
        QCOMPARE(w.probe(QStringLiteral("esx16"), QStringLiteral("vmk2"), kPortalA, 8972, true).outcome,
                 ProbeOutcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestLabProbe)
#include "tst_lab_probe.moc"
