// The discover page's tree (issue 7, pages 2 and 3): per system what discovery found, with the facts the
// pages promise — TrueNAS version, pools with SLOG yes/no, NICs with link and MTU (the API's own NIC
// marked), and per ESXi host (by its configured name, not its address) the version, vmnics with link, speed
// and MTU, vSwitches, vmks, the software iSCSI adapter and IQN, and the devices' policy. Down links red.
#include "ui/widgets/DiscoveryTree.h"

#include <QTest>

using namespace mpio;
using namespace mpio::ui;

namespace {

TrueNasSnapshot truenas()
{
    TrueNasSnapshot t;
    t.host = QStringLiteral("127.0.0.1:44321");
    t.hostname = QStringLiteral("nas01");
    t.version = QStringLiteral("25.04.2");
    t.apiLine = QStringLiteral("25.04");
    TrueNasSnapshot::Pool p;
    p.name = QStringLiteral("tank");
    p.status = QStringLiteral("ONLINE");
    p.hasSlog = true;
    p.slogVdevs = {QStringLiteral("mirror-2 (MIRROR)")};
    p.size = qint64(8) << 40;
    p.free = qint64(6) << 40;
    t.pools = {p};
    TrueNasSnapshot::Nic a;
    a.name = QStringLiteral("enp4s0f0");
    a.linkUp = true;
    a.mtu = 9000;
    a.staticAliases = {{QStringLiteral("10.20.10.10"), 24}};
    TrueNasSnapshot::Nic b = a;
    b.name = QStringLiteral("enp4s0f1");
    b.linkUp = false;
    b.staticAliases = {{QStringLiteral("10.20.20.10"), 24}};
    TrueNasSnapshot::Nic mgmt;
    mgmt.name = QStringLiteral("eno1");
    mgmt.linkUp = true;
    mgmt.mtu = 1500;
    mgmt.carriesApi = true;
    t.nics = {mgmt, a, b};
    t.serviceState = QStringLiteral("RUNNING");
    t.serviceEnabled = true;
    return t;
}

EsxiSnapshot host()
{
    EsxiSnapshot h;
    h.host = QStringLiteral("127.0.0.1:40022"); // the lab's address: the tree names the host as configured
    h.product = QStringLiteral("VMware ESXi 8.0 Update 3");
    h.version = QStringLiteral("8.0.3");
    EsxiSnapshot::Vmnic up;
    up.name = QStringLiteral("vmnic2");
    up.linkUp = true;
    up.speedMbps = 10000;
    up.mtu = 9000;
    EsxiSnapshot::Vmnic down = up;
    down.name = QStringLiteral("vmnic3");
    down.linkUp = false;
    h.vmnics = {up, down};
    EsxiSnapshot::Vswitch v;
    v.name = QStringLiteral("vSwitch1");
    v.mtu = 9000;
    v.uplinks = {QStringLiteral("vmnic2"), QStringLiteral("vmnic3")};
    h.vswitches = {v};
    EsxiSnapshot::Vmk k;
    k.name = QStringLiteral("vmk2");
    k.portGroup = QStringLiteral("iSCSI-A");
    k.mtu = 9000;
    k.ipv4 = QStringLiteral("10.20.10.21");
    k.netmask = QStringLiteral("255.255.255.0");
    h.vmks = {k};
    h.iscsi.enabled = true;
    h.iscsi.name = QStringLiteral("vmhba64");
    h.iscsi.iqn = QStringLiteral("iqn.1998-01.com.vmware:esx01-4f2a");
    EsxiSnapshot::Device d;
    d.id = QStringLiteral("naa.6589cfc000000aaa");
    d.psp = QStringLiteral("VMW_PSP_RR");
    d.rrType = QStringLiteral("iops");
    d.rrIops = 1;
    h.devices = {d};
    EsxiSnapshot::Path p1, p2;
    p1.device = p2.device = d.id;
    h.paths = {p1, p2};
    return h;
}

} // namespace

class TestDiscoveryTree : public QObject
{
    Q_OBJECT
private slots:
    void showsEverySystemWithItsFacts()
    {
        DiscoveryTree tree;
        tree.resize(800, 600);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        tree.showSnapshots(truenas(), {{QStringLiteral("esx01"), host()}, {QStringLiteral("esx02"), host()}});
        QCOMPARE(tree.topLevelItemCount(), 3);
        QVERIFY(tree.systemItem(QStringLiteral("TrueNAS")));
        QCOMPARE(tree.systemItem(QStringLiteral("esx02"))->text(0), QStringLiteral("ESXi esx02"));
        QVERIFY(!tree.systemItem(QStringLiteral("127.0.0.1")));
        QVERIFY(tree.systemItem(QStringLiteral("TrueNAS"))->text(1).contains(QLatin1String("25.04.2")));

        QVERIFY2(tree.facts(QStringLiteral("TrueNAS"), QStringLiteral("Pools"), QStringLiteral("tank"))
                     .contains(QLatin1String("SLOG: mirror-2 (MIRROR)")),
                 qPrintable(
                     tree.facts(QStringLiteral("TrueNAS"), QStringLiteral("Pools"), QStringLiteral("tank"))));
        QCOMPARE(tree.facts(QStringLiteral("TrueNAS"), QStringLiteral("NICs"), QStringLiteral("enp4s0f0")),
                 QStringLiteral("link up, MTU 9000, 10.20.10.10/24"));
        QVERIFY(tree.facts(QStringLiteral("TrueNAS"), QStringLiteral("NICs"), QStringLiteral("eno1"))
                    .contains(QLatin1String("TN-NET-CHECKIN")));

        QCOMPARE(tree.facts(QStringLiteral("esx01"), QStringLiteral("vmnics"), QStringLiteral("vmnic2")),
                 QStringLiteral("link up, 10000 Mb/s, MTU 9000"));
        QCOMPARE(tree.facts(QStringLiteral("esx01"), QStringLiteral("vmnics"), QStringLiteral("vmnic3")),
                 QStringLiteral("link down, MTU 9000"));
        QCOMPARE(tree.facts(QStringLiteral("esx01"), QStringLiteral("vSwitches"), QStringLiteral("vSwitch1")),
                 QStringLiteral("MTU 9000, uplinks vmnic2 vmnic3"));
        QCOMPARE(tree.facts(QStringLiteral("esx01"), QStringLiteral("vmks"), QStringLiteral("vmk2")),
                 QStringLiteral("10.20.10.21/255.255.255.0, MTU 9000, port group iSCSI-A"));
        QCOMPARE(tree.facts(QStringLiteral("esx01"), QStringLiteral("TrueNAS devices"),
                            QStringLiteral("naa.6589cfc000000aaa")),
                 QStringLiteral("2 path(s), VMW_PSP_RR iops=1"));
        bool iqnShown = false;
        const QTreeWidgetItem* esx01 = tree.systemItem(QStringLiteral("esx01"));
        for (int i = 0; i < esx01->childCount(); ++i)
            iqnShown =
                iqnShown || esx01->child(i)->text(1).contains(QLatin1String("iqn.1998-01.com.vmware:esx01"));
        QVERIFY(iqnShown);

        // A link that is down is red; one that is up is not.
        const QList<QTreeWidgetItem*> down = tree.findItems(QStringLiteral("vmnic3"), Qt::MatchRecursive);
        const QList<QTreeWidgetItem*> up = tree.findItems(QStringLiteral("vmnic2"), Qt::MatchRecursive);
        QVERIFY(!down.isEmpty() && !up.isEmpty());
        QCOMPARE(down.first()->foreground(1).color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(up.first()->foreground(1).color() != QColor(0xb3, 0x26, 0x1e));

        // After a failed discovery: what answered, and one red line per system that did not.
        tree.showSnapshots(TrueNasSnapshot{}, {{QStringLiteral("esx01"), host()}}, {QStringLiteral("esx02")});
        QCOMPARE(tree.topLevelItemCount(), 3);
        QCOMPARE(tree.systemItem(QStringLiteral("TrueNAS"))->text(1), QStringLiteral("not discovered"));
        QCOMPARE(tree.systemItem(QStringLiteral("esx02"))->text(1), QStringLiteral("not discovered"));
        QCOMPARE(tree.systemItem(QStringLiteral("esx02"))->foreground(1).color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(tree.systemItem(QStringLiteral("esx01"))->childCount() > 0);

        // Shown again (a second discovery): replaced, not appended.
        tree.showSnapshots(truenas(), {{QStringLiteral("esx01"), host()}});
        QCOMPARE(tree.topLevelItemCount(), 2);
    }
};

QTEST_MAIN(TestDiscoveryTree)
#include "tst_discovery_tree.moc"
