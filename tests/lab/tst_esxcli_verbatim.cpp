// The lab's ESXi output against the VERBATIM samples of shared/reference/esxi-esxcli.md (copies in
// tests/data/esxi-samples/). For each sample the test builds the host state the sample shows and compares:
// byte for byte where the sample kept ESXi's whitespace; after the same normalisation where the reference
// says the publisher stripped indentation or collapsed columns (counted separately).

#include "LabFakes.h"
#include "TestEnv.h"

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/esxi/IscsiInitiator.h"
#include "app/lab/shell/EsxiShell.h"

#include <QRegularExpression>
#include <QtTest>

using namespace mpio::lab;
using namespace mpio::test;

namespace {

QString sample(const QString& name)
{
    const QByteArray b = readFile(dataPath(QStringLiteral("esxi-samples/") + name));
    return QString::fromUtf8(b);
}

QString stripIndent(const QString& s)
{
    QStringList out;
    for (const QString& l : s.split(QLatin1Char('\n')))
        out << (l.startsWith(QLatin1String("   ")) ? l.mid(3) : l);
    return out.join(QLatin1Char('\n'));
}

QString collapse(const QString& s)
{
    QStringList out;
    static const QRegularExpression ws(QStringLiteral("[ \\t]+"));
    for (QString l : s.split(QLatin1Char('\n')))
        out << l.replace(ws, QStringLiteral(" ")).trimmed();
    return out.join(QLatin1Char('\n'));
}

Vmnic nic(const QString& name, const QString& pci, const QString& drv, int speed, const QString& mac, int mtu,
          const QString& desc)
{
    Vmnic n;
    n.name = name;
    n.pciAddress = pci;
    n.driver = drv;
    n.speedMbps = speed;
    n.mac = mac;
    n.mtu = mtu;
    n.description = desc;
    return n;
}

Path path(const QString& adapter, int c, int t, int l, const QString& naa, const QString& targetIqn,
          const QString& isid, int tpgt)
{
    Path p;
    p.adapter = adapter;
    p.channel = c;
    p.target = t;
    p.lun = l;
    p.runtimeName = QStringLiteral("%1:C%2:T%3:L%4").arg(adapter).arg(c).arg(t).arg(l);
    p.device = naa;
    p.targetIqn = targetIqn;
    p.isid = isid;
    p.tpgt = tpgt;
    return p;
}

Device device(const QString& naa, const QString& vendor, bool tpgs = false)
{
    Device d;
    d.naa = naa;
    d.vendor = vendor;
    d.tpgs = tpgs;
    d.claimed = false;
    return d;
}

} // namespace

class TstEsxcliVerbatim : public QObject
{
    Q_OBJECT

private:
    EsxiHostState m_host;
    EsxiShell m_shell;
    FakeProbe m_probe;
    int m_exact = 0;
    int m_normalised = 0;
    int m_partial = 0;

    QString run(const QString& line, int expectExit = 0)
    {
        const CommandOutput o = m_shell.run(QStringLiteral("esx"), line);
        if (o.exitCode != expectExit)
            qWarning() << line << "->" << o.exitCode << o.out << o.err;
        [&] { QCOMPARE(o.exitCode, expectExit); }();
        return QString::fromUtf8(o.out);
    }
    bool exact(const QString& actual, const QString& file)
    {
        const QString want = sample(file);
        if (want.isEmpty())
            return false;
        if (actual == want)
            ++m_exact;
        return actual == want;
    }

private slots:
    void init()
    {
        m_host = EsxiHostState();
        m_host.name = QStringLiteral("esx");
        m_host.hostname = QStringLiteral("esx");
        m_probe = FakeProbe();
        m_shell = EsxiShell();
        m_shell.addHost(QStringLiteral("esx"), &m_host);
        m_shell.setNetworkProbe(&m_probe);
    }

    void cleanupTestCase()
    {
        qInfo("VERBATIM samples: %d byte-identical, %d identical after the reference's whitespace "
              "normalisation, "
              "%d prefix/partial",
              m_exact, m_normalised, m_partial);
    }

    // §1.3 S-WL, ESXi 8: the fixture starts at <output …> and shows the first record.
    void xmlNicList()
    {
        m_host.vmnics << nic(QStringLiteral("vmnic0"), QStringLiteral("0000:18:00.0"),
                             QStringLiteral("ixgben"), 10000, QStringLiteral("78:ac:44:07:b2:c4"), 1500,
                             QStringLiteral("Intel(R) Ethernet Controller X550"));
        QString out = run(QStringLiteral("esxcli --formatter=xml network nic list"));
        QVERIFY(out.startsWith(QLatin1String("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")));
        out = out.section(QLatin1Char('\n'), 1);
        const QString want = sample(QStringLiteral("s-wl-nic-list.xml"));
        QVERIFY(!want.isEmpty());
        QCOMPARE(out.left(want.size()), want);
        QVERIFY(out.endsWith(QLatin1String("      </structure>\n   </list>\n</root>\n</output>\n")));
        ++m_exact;
    }

    void keyvalueNicList()
    {
        m_host.vmnics << nic(QStringLiteral("vmnic0"), QStringLiteral("0000:18:00.0"),
                             QStringLiteral("ixgben"), 10000, QStringLiteral("78:ac:44:07:b2:c4"), 1500,
                             QStringLiteral("Intel(R) Ethernet Controller X550"));
        m_host.vmnics << nic(QStringLiteral("vmnic1"), QStringLiteral("0000:18:00.1"),
                             QStringLiteral("ixgben"), 10000, QStringLiteral("78:ac:44:07:b2:c5"), 1500,
                             QStringLiteral("Intel(R) Ethernet Controller X550"));
        Vmnic down =
            nic(QStringLiteral("vmnic2"), QStringLiteral("0000:01:00.0"), QStringLiteral("igbn"), 1000,
                QStringLiteral("78:ac:44:07:b2:c6"), 1500, QStringLiteral("Intel Corporation I350"));
        down.linkUp = false;
        m_host.vmnics << down;
        const QString out = run(QStringLiteral("esxcli --formatter=keyvalue network nic list"));
        const QString want = sample(QStringLiteral("s-wl-nic-list.keyvalue"));
        QCOMPARE(out.left(want.size()), want);
        ++m_exact;
        // structure[2] excerpt: a down link reads Duplex Half, Link Down (S-WL).
        for (const QString& l : sample(QStringLiteral("s-wl-nic-list-vmnic2.keyvalue"))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(out.contains(l + QLatin1Char('\n')), qPrintable(l));
        ++m_partial;
    }

    void csvDeviceListHeader()
    {
        m_host.devices << device(QStringLiteral("naa.6589cfc000000aaa"), QStringLiteral("TrueNAS"));
        IscsiInitiator::claim(m_host, m_host.devices.first());
        const QString out = run(QStringLiteral("esxcli --formatter=csv storage core device list"));
        const QString header = out.section(QLatin1Char('\n'), 0, 0);
        // S-CSV:
        // "AttachedFilters,DevfsPath,Device,…,NoofoutstandingIOswithcompetingworlds,OtherUIDs,…,Vendor,"
        QVERIFY2(header.startsWith(QLatin1String("AttachedFilters,DevfsPath,Device,")), qPrintable(header));
        QVERIFY(header.contains(QLatin1String(",NoofoutstandingIOswithcompetingworlds,OtherUIDs,")));
        QVERIFY(header.endsWith(QLatin1String(",Vendor,")));
        QVERIFY(out.contains(QLatin1String(",\"vml.")));
        QVERIFY(out.contains(QLatin1String("TrueNAS ,")));
        ++m_partial;
    }

    void vswitchList()
    {
        m_host.vmnics << nic(QStringLiteral("vmnic0"), {}, QStringLiteral("e1000"), 1000, {}, 1500, {})
                      << nic(QStringLiteral("vmnic1"), {}, QStringLiteral("e1000"), 1000, {}, 1500, {});
        for (int i = 0; i < 2; ++i) {
            VSwitch vs;
            vs.name = QStringLiteral("vSwitch%1").arg(i);
            vs.numPorts = 128;
            vs.uplinks = vs.activeUplinks = QStringList{QStringLiteral("vmnic%1").arg(i)};
            m_host.vswitches << vs;
            PortGroup pg;
            pg.name = i == 0 ? QStringLiteral("Management Network") : QStringLiteral("ISCSI_1");
            pg.vswitch = vs.name;
            m_host.portGroups << pg;
            Vmk v;
            v.name = QStringLiteral("vmk%1").arg(i);
            v.portGroup = pg.name;
            m_host.vmks << v;
        }
        const QString out = run(QStringLiteral("esxcli network vswitch standard list"));
        QVERIFY(out.contains(QLatin1String("\n   Name: vSwitch0\n")));
        QCOMPARE(stripIndent(out), sample(QStringLiteral("s-vh-vswitch-list.txt")));
        ++m_normalised;
    }

    void portgroupList()
    {
        const char* pgs[][3] = {{"ISCSI_1", "vSwitch1", "1"},
                                {"Management Network", "vSwitch0", "1"},
                                {"VM_Net", "vSwitch2", "0"},
                                {"vMotion", "vSwitch3", "1"}};
        for (const auto& p : pgs) {
            PortGroup pg;
            pg.name = QString::fromLatin1(p[0]);
            pg.vswitch = QString::fromLatin1(p[1]);
            m_host.portGroups << pg;
            if (p[2][0] == '1') {
                Vmk v;
                v.name = QStringLiteral("vmk%1").arg(m_host.vmks.size());
                v.portGroup = pg.name;
                m_host.vmks << v;
            }
        }
        const QString out = run(QStringLiteral("esxcli network vswitch standard portgroup list"));
        QVERIFY(
            out.startsWith(QLatin1String("Name                Virtual Switch  Active Clients  VLAN ID\n")));
        QCOMPARE(collapse(out), collapse(sample(QStringLiteral("s-vh-portgroup-list.txt"))));
        ++m_normalised;
    }

    // §2.3 S-OG: ESXi 9 record (adds RXDispQueue Size and URPF).
    void ipInterfaceList()
    {
        m_host.version = QStringLiteral("9.0.0");
        VSwitch vs;
        vs.name = QStringLiteral("vSwitch0");
        m_host.vswitches << vs;
        PortGroup pg;
        pg.name = QStringLiteral("Management Network");
        pg.vswitch = vs.name;
        m_host.portGroups << pg;
        Vmk v;
        v.name = QStringLiteral("vmk0");
        v.portGroup = pg.name;
        v.mac = QStringLiteral("00:50:56:9f:78:3b");
        v.portId = 67108875;
        m_host.vmks << v;
        run(QStringLiteral("esxcli network ip interface set -i vmk0 -m 9000"));
        QVERIFY(exact(run(QStringLiteral("esxcli network ip interface list")),
                      QStringLiteral("s-og-ip-interface-list.txt")));
    }

    void ipv4GetHeader()
    {
        Vmk v;
        v.name = QStringLiteral("vmk1");
        v.ipv4 = QStringLiteral("172.40.0.9");
        v.netmask = QStringLiteral("255.255.255.0");
        m_host.vmks << v;
        const QString out = run(QStringLiteral("esxcli network ip interface ipv4 get -i vmk1"));
        // The data row of the published sample was edited (§2.3); header and rule are verbatim.
        QCOMPARE(out.section(QLatin1Char('\n'), 0, 1) + QLatin1Char('\n'),
                 sample(QStringLiteral("s-vsandoc-ipv4-get.txt")));
        QCOMPARE(out.section(QLatin1Char('\n'), 2, 2),
                 QStringLiteral(
                     "vmk1  172.40.0.9    255.255.255.0  172.40.0.255    STATIC        0.0.0.0  false"));
        ++m_partial;
    }

    void nicListTable()
    {
        m_host.vmnics << nic(QStringLiteral("vmnic0"), QStringLiteral("0000:01:00.0"), QStringLiteral("tg3"),
                             1000, QStringLiteral("68:5b:35:c9:96:10"), 1500,
                             QStringLiteral("Broadcom Corporation NetXtreme BCM57766 Gigabit Ethernet"))
                      << nic(QStringLiteral("vmnic1"), QStringLiteral("0000:09:00.0"),
                             QStringLiteral("ixgbe"), 10000, QStringLiteral("00:30:93:0c:05:c6"), 9000,
                             QStringLiteral("Intel Corporation Ethernet Controller 10 Gigabit X540-AT2"))
                      << nic(QStringLiteral("vmnic2"), QStringLiteral("0000:09:00.1"),
                             QStringLiteral("ixgbe"), 10000, QStringLiteral("00:30:93:0c:05:c7"), 9000,
                             QStringLiteral("Intel Corporation Ethernet Controller 10 Gigabit X540-AT2"));
        QVERIFY(exact(run(QStringLiteral("esxcli network nic list")), QStringLiteral("s-el-nic-list.txt")));
    }

    void esxcfgNics()
    {
        m_host.vmnics << nic(QStringLiteral("vmnic0"), QStringLiteral("0000:02:01.0"),
                             QStringLiteral("nvmxnet3"), 10000, QStringLiteral("00:50:56:9f:78:3b"), 9000,
                             QStringLiteral("VMware Inc. vmxnet3 Virtual Ethernet Controller"))
                      << nic(QStringLiteral("vmnic1"), QStringLiteral("0000:02:03.0"),
                             QStringLiteral("nvmxnet3"), 10000, QStringLiteral("00:50:56:9f:1c:73"), 1500,
                             QStringLiteral("VMware Inc. vmxnet3 Virtual Ethernet Controller"));
        QVERIFY(exact(run(QStringLiteral("esxcfg-nics -l")), QStringLiteral("s-og-esxcfg-nics.txt")));
    }

    void vmkpingSamples_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QList<double>>("rtts");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("prefixOnly");
        QTest::newRow("S-PG jumbo") << QStringLiteral("vmkping -I vmk0 -d -s 8972 10.200.1.1")
                                    << QList<double>{0.695, 0.341, 0.339} << int(ProbeOutcome::Ok)
                                    << QStringLiteral("s-pg-vmkping-jumbo.txt") << 0 << false;
        QTest::newRow("S-VH -c 2") << QStringLiteral("vmkping -c 2 10.0.1.1") << QList<double>{0.337, 6.532}
                                   << int(ProbeOutcome::Ok) << QStringLiteral("s-vh-vmkping-default.txt") << 0
                                   << false;
        QTest::newRow("S-OG too long") << QStringLiteral("vmkping -d  -s 1500  192.168.6.1")
                                       << QList<double>{} << int(ProbeOutcome::LocalMessageTooLong)
                                       << QStringLiteral("s-og-vmkping-message-too-long.txt") << 1 << false;
        QTest::newRow("unreachable") << QStringLiteral("vmkping -I vmk1 -c 3 192.168.21.1") << QList<double>{}
                                     << int(ProbeOutcome::NetworkUnreachable)
                                     << QStringLiteral("vn-vmkping-network-unreachable.txt") << 1 << true;
    }

    void vmkpingSamples()
    {
        QFETCH(QString, line);
        QFETCH(QList<double>, rtts);
        QFETCH(int, outcome);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(bool, prefixOnly);
        for (const QString& n : {QStringLiteral("vmk0"), QStringLiteral("vmk1")}) {
            Vmk v;
            v.name = n;
            m_host.vmks << v;
        }
        for (int i = 0; i < 3; ++i)
            m_probe.script << result(ProbeOutcome(outcome), rtts.value(i));
        const QString out = run(line, exitCode);
        const QString want = sample(file);
        if (prefixOnly) {
            QCOMPARE(out.left(want.size()), want);
            ++m_partial;
        } else {
            QCOMPARE(out, want);
            ++m_exact;
        }
    }

    // §3.1 S-VSANDOC: nested key/value output, times in microseconds, "Recieved" spelled as ESXi does.
    void diagPing()
    {
        Vmk v;
        v.name = QStringLiteral("vmk1");
        m_host.vmks << v;
        m_probe.script = {result(ProbeOutcome::Ok, 1.864), result(ProbeOutcome::Ok, 1.834),
                          result(ProbeOutcome::Ok, 1.824)};
        QVERIFY(exact(run(QStringLiteral("esxcli network diag ping -I vmk1 -H 172.40.0.10")),
                      QStringLiteral("s-vsandoc-diag-ping.txt")));
        QCOMPARE(m_probe.calls.size(), 3);
        QCOMPARE(m_probe.calls[0].payload, 56);
        const QString xml =
            run(QStringLiteral("esxcli --formatter=xml network diag ping -I vmk1 -H 172.40.0.10"));
        QVERIFY(xml.contains(
            QLatin1String("   <structure typeName=\"PingResult\">\n      <field name=\"Summary\">\n"
                          "         <structure typeName=\"PingSummary\">\n")));
        QVERIFY(
            xml.contains(QLatin1String("      <field name=\"Trace\">\n         <list type=\"structure\">\n"
                                       "            <structure typeName=\"PingTrace\">\n")));
        QVERIFY(
            xml.contains(QLatin1String("<field name=\"Recieved\">\n               <integer>3</integer>")));
        QVERIFY(xml.contains(QLatin1String("<field name=\"RoundtripAvgMS\">")));
    }

    void vmkpingProbeArguments()
    {
        Vmk v;
        v.name = QStringLiteral("vmk0");
        m_host.vmks << v;
        run(QStringLiteral("vmkping -I vmk0 -d -s 8972 10.200.1.1"));
        QCOMPARE(m_probe.calls.size(), 3);
        QCOMPARE(m_probe.calls[0].vmk, QStringLiteral("vmk0"));
        QCOMPARE(m_probe.calls[0].payload, 8972);
        QVERIFY(m_probe.calls[0].df);
        QCOMPARE(m_probe.calls[0].ip, QStringLiteral("10.200.1.1"));
    }

    void vmkpingHostDownPrefix()
    {
        Vmk v;
        v.name = QStringLiteral("vmk2");
        m_host.vmks << v;
        m_probe.script = {result(ProbeOutcome::HostDown, 0), result(ProbeOutcome::HostDown, 0),
                          result(ProbeOutcome::HostDown, 0)};
        QString out = run(QStringLiteral("vmkping -I vmk2 10.11.12.17"), 1);
        out.replace(QStringLiteral("10.11.12.17"),
                    QStringLiteral("10.##.##.#7")); // the KB masked the address
        const QString want = sample(QStringLiteral("kb393677-vmkping-host-down.txt"));
        QCOMPARE(out.left(want.size()), want);
        ++m_partial;
    }

    void vmkpingTimeoutReconstructed()
    {
        m_probe.script = {result(ProbeOutcome::Lost, 0), result(ProbeOutcome::Lost, 0),
                          result(ProbeOutcome::Lost, 0)};
        // RECONSTRUCTED shape (§3.3), not a VERBATIM capture: not counted.
        QCOMPARE(run(QStringLiteral("vmkping -d -s 8972 192.168.10.20"), 1),
                 sample(QStringLiteral("reconstructed-vmkping-timeout.txt")));
    }

    void iscsiSoftwareAndAdapter()
    {
        m_host.hostname = QStringLiteral("macm");
        m_host.iscsi.name = QStringLiteral("vmhba37");
        QCOMPARE(run(QStringLiteral("esxcli iscsi software get")), QStringLiteral("false\n"));
        QVERIFY(exact(run(QStringLiteral("esxcli iscsi software set -e true")),
                      QStringLiteral("s-vh-iscsi-software-set.txt")));
        QVERIFY(exact(run(QStringLiteral("esxcli iscsi software get")),
                      QStringLiteral("s-vh-iscsi-software-get.txt")));
        QVERIFY(exact(run(QStringLiteral("esxcli iscsi adapter list")),
                      QStringLiteral("s-vh-iscsi-adapter-list.txt")));
        m_host.iscsi.iqn = QStringLiteral("iqn.1998-01.com.vmware:macm-38de6805");
        QVERIFY(exact(run(QStringLiteral("esxcli iscsi adapter get -A vmhba37")),
                      QStringLiteral("s-vh-iscsi-adapter-get.txt")));
    }

    void networkportalList()
    {
        m_host.iscsi.enabled = true;
        m_host.iscsi.name = QStringLiteral("vmhba33");
        Vmnic n = nic(QStringLiteral("vmnic1"), {}, QStringLiteral("e1000"), 1000, {}, 1500, {});
        n.driverVersion = QStringLiteral("8.0.3.1-NAPI");
        n.rxPackets = 25089756;
        n.txPackets = 8315855;
        m_host.vmnics << n;
        VSwitch vs;
        vs.name = QStringLiteral("vSwitch1");
        vs.uplinks = vs.activeUplinks = QStringList{QStringLiteral("vmnic1")};
        m_host.vswitches << vs;
        PortGroup pg;
        pg.name = QStringLiteral("iSCSI");
        pg.vswitch = vs.name;
        m_host.portGroups << pg;
        Vmk v;
        v.name = QStringLiteral("vmk1");
        v.portGroup = pg.name;
        v.mac = QStringLiteral("00:50:56:17:16:07");
        v.ipv4 = QStringLiteral("192.168.1.106");
        v.netmask = QStringLiteral("255.255.255.0");
        m_host.vmks << v;
        run(QStringLiteral("esxcli iscsi networkportal add -n vmk1 -A vmhba33"));
        Device d = device(QStringLiteral("naa.600144f009d4d236000056918f920002"), QStringLiteral("SUN"));
        m_host.devices << d;
        Path p = path(QStringLiteral("vmhba33"), 0, 0, 0, d.naa, QStringLiteral("iqn.x"),
                      QStringLiteral("00023d000001"), 1);
        p.vmk = QStringLiteral("vmk1");
        m_host.paths << p;
        IscsiInitiator::claim(m_host, m_host.devices.first());
        QCOMPARE(stripIndent(run(QStringLiteral("esxcli iscsi networkportal list"))),
                 sample(QStringLiteral("s-vh-networkportal-list.txt")));
        ++m_normalised;
    }

    // §4.2 S-VH 2013 (collapsed by the blog) and S-CN (non-compliant management vmk, dash row lost).
    void logicalAndPhysicalNetworkPortals()
    {
        m_host.iscsi.enabled = true;
        m_host.iscsi.name = QStringLiteral("vmhba33");
        m_host.vmnics << nic(QStringLiteral("vmnic0"), {}, QStringLiteral("e1000"), 1000,
                             QStringLiteral("00:50:56:17:12:cb"), 1500, {})
                      << nic(QStringLiteral("vmnic4"), {}, QStringLiteral("e1000"), 1000,
                             QStringLiteral("00:50:56:17:16:a5"), 1500, {});
        const char* layout[][4] = {{"vSwitch0", "vmnic0", "Management Network", "vmk0"},
                                   {"vSwitch1", "vmnic4", "iSCSI", "vmk1"}};
        for (const auto& l : layout) {
            VSwitch vs;
            vs.name = QString::fromLatin1(l[0]);
            vs.uplinks = vs.activeUplinks = QStringList{QString::fromLatin1(l[1])};
            m_host.vswitches << vs;
            PortGroup pg;
            pg.name = QString::fromLatin1(l[2]);
            pg.vswitch = vs.name;
            m_host.portGroups << pg;
        }
        PortGroup pg2;
        pg2.name = QStringLiteral("iSCSI2");
        pg2.vswitch = QStringLiteral("vSwitch1");
        m_host.portGroups << pg2;
        const char* vmks[][3] = {{"vmk0", "Management Network", "00:50:56:17:12:cb"},
                                 {"vmk1", "iSCSI", "00:50:56:17:16:07"},
                                 {"vmk2", "iSCSI2", "00:50:56:17:16:58"}};
        for (const auto& v : vmks) {
            Vmk k;
            k.name = QString::fromLatin1(v[0]);
            k.portGroup = QString::fromLatin1(v[1]);
            k.mac = QString::fromLatin1(v[2]);
            m_host.vmks << k;
        }
        run(QStringLiteral("esxcli iscsi networkportal add -A vmhba33 -n vmk1"));
        run(QStringLiteral("esxcli iscsi networkportal add -A vmhba33 -n vmk2"));
        QCOMPARE(collapse(run(QStringLiteral("esxcli iscsi logicalnetworkportal list"))),
                 collapse(sample(QStringLiteral("s-vh-logicalnetworkportal-list.txt"))));
        QCOMPARE(collapse(run(QStringLiteral("esxcli iscsi physicalnetworkportal list"))),
                 collapse(sample(QStringLiteral("s-vh-physicalnetworkportal-list.txt"))));
        m_normalised += 2;

        init();
        m_host.iscsi.enabled = true;
        m_host.iscsi.name = QStringLiteral("vmhba38");
        VSwitch vs;
        vs.name = QStringLiteral("vSwitch0");
        for (int i = 0; i < 4; ++i)
            vs.uplinks << QStringLiteral("vmnic%1").arg(i);
        vs.activeUplinks = vs.uplinks;
        m_host.vswitches << vs;
        PortGroup mg;
        mg.name = QStringLiteral("Management Network");
        mg.vswitch = vs.name;
        m_host.portGroups << mg;
        Vmk k;
        k.name = QStringLiteral("vmk0");
        k.portGroup = mg.name;
        k.mac = QStringLiteral("c8:1f:66:f3:f3:4f");
        m_host.vmks << k;
        const QStringList out =
            run(QStringLiteral("esxcli iscsi logicalnetworkportal list")).split(QLatin1Char('\n'));
        QCOMPARE(out.value(0) + QLatin1Char('\n') + out.value(2) + QLatin1Char('\n'),
                 sample(QStringLiteral("s-cn-logicalnetworkportal-noncompliant.txt")));
        ++m_partial;
    }

    void targetPortalList()
    {
        m_host.iscsi.enabled = true;
        for (const auto& [ip, tag] : QList<QPair<QString, int>>{{QStringLiteral("161.26.99.155"), 1034},
                                                                {QStringLiteral("161.26.99.152"), 1030}}) {
            IscsiSession s;
            s.targetIqn = QStringLiteral("iqn.1992-08.com.netapp:stfdal1007");
            s.portalIp = ip;
            s.tpgt = tag;
            m_host.sessions << s;
        }
        QVERIFY(exact(run(QStringLiteral("esxcli iscsi adapter target portal list")),
                      QStringLiteral("s-ibm-target-portal-list.txt")));
    }

    // §4.3 S-VH 2013 (whitespace collapsed by the blog).
    void targetListsCollapsed()
    {
        m_host.iscsi.enabled = true;
        m_host.iscsi.name = QStringLiteral("vmhba33");
        m_host.iscsi.sendTargets << SendTarget{QStringLiteral("192.168.1.107"), 3260};
        QCOMPARE(collapse(run(QStringLiteral("esxcli iscsi adapter discovery sendtarget list"))),
                 collapse(sample(QStringLiteral("s-vh-sendtarget-list.txt"))));
        ++m_normalised;
        const QString bd79 =
            QStringLiteral("iqn.2010-09.org.openindiana:02:bd79a6ff-33c2-41d3-8f0e-9c8d8b6e9fcb");
        for (const QString& ip : {QStringLiteral("192.168.1.107"), QStringLiteral("10.131.67.12")}) {
            IscsiSession s;
            s.adapter = QStringLiteral("vmhba33");
            s.targetIqn = bd79;
            s.portalIp = ip;
            s.loggedIn = false;
            m_host.sessions << s;
        }
        QCOMPARE(collapse(run(QStringLiteral("esxcli iscsi adapter target portal list"))),
                 collapse(sample(QStringLiteral("s-vh-target-portal-list.txt"))));
        ++m_normalised;
        IscsiSession up;
        up.adapter = QStringLiteral("vmhba33");
        up.targetIqn = QStringLiteral("iqn.2010-09.org.openindiana:02:d5773f2f-d5b1-6c61-8ad4-b5a2dac34294");
        up.portalIp = QStringLiteral("192.168.1.107");
        m_host.sessions.prepend(up);
        // The published dash run of "Last Error" (11) is shorter than its own value: compare all but the
        // rule.
        QStringList got =
            collapse(run(QStringLiteral("esxcli iscsi adapter target list"))).split(QLatin1Char('\n'));
        QStringList want = collapse(sample(QStringLiteral("s-vh-target-list.txt"))).split(QLatin1Char('\n'));
        QCOMPARE(got.size(), want.size());
        got.removeAt(1);
        want.removeAt(1);
        QCOMPARE(got, want);
        ++m_partial;
    }

    void sessionAndConnectionList()
    {
        m_host.iscsi.enabled = true;
        IscsiSession s;
        s.adapter = QStringLiteral("vmhba33");
        s.targetIqn = QStringLiteral("iqn.2010-09.org.openindiana:02:bd79a6ff-33c2-41d3-8f0e-9c8d8b6e9fcb");
        s.isid = QStringLiteral("00023d000001");
        s.tsih = QStringLiteral("14");
        s.localIp = QStringLiteral("192.168.1.106");
        s.portalIp = QStringLiteral("192.168.1.107");
        s.isidCreated = QStringLiteral("12/14/12 18:59:57");
        m_host.sessions << s;
        QCOMPARE(stripIndent(run(QStringLiteral("esxcli iscsi session list"))),
                 sample(QStringLiteral("s-vh-session-list.txt")));
        QCOMPARE(stripIndent(run(QStringLiteral("esxcli iscsi session connection list"))),
                 sample(QStringLiteral("s-vh-connection-list.txt")));
        m_normalised += 2;
    }

    void paramGet()
    {
        m_host.iscsi.enabled = true;
        m_host.iscsi.name = QStringLiteral("vmhba33");
        run(QStringLiteral("esxcli iscsi adapter param set -A vmhba33 -k DelayedAck -v false"));
        QCOMPARE(collapse(run(QStringLiteral("esxcli iscsi adapter param get -A vmhba33"))),
                 collapse(sample(QStringLiteral("s-vh-param-get.txt"))));
        ++m_normalised;
    }

    // §5.1 S-JW: a TrueNAS SCALE LUN without a user rule, then with the DEFAULT_AA + RR rule.
    void trueNasDefaultClaimAndRule()
    {
        const QString naa = QStringLiteral("naa.6589cfc00000027e04e9c9a5e50c0fe5");
        m_host.devices << device(naa, QStringLiteral("TrueNAS"));
        m_host.paths << path(QStringLiteral("vmhba65"), 3, 0, 1, naa, QStringLiteral("iqn.t"),
                             QStringLiteral("00023d000004"), 1);
        IscsiInitiator::claim(m_host, m_host.devices.first());
        QCOMPARE(stripIndent(run(QStringLiteral("esxcli storage nmp device list -d ") + naa)),
                 sample(QStringLiteral("s-jw-nmp-device-fixed.txt")));
        ++m_normalised;

        init();
        run(QStringLiteral(
            "esxcli storage nmp satp rule add -s \"VMW_SATP_DEFAULT_AA\" -V \"TrueNAS\" -M \"iSCSI Disk\" "
            "-P \"VMW_PSP_RR\" -O \"policy=iops;iops=1;\" -e \"TrueNAS iSCSI Claim Rule\""));
        m_host.devices << device(naa, QStringLiteral("TrueNAS"));
        for (int c = 0; c < 4; ++c)
            m_host.paths << path(QStringLiteral("vmhba65"), c, 0, 1, naa, QStringLiteral("iqn.t"),
                                 QStringLiteral("00023d00000%1").arg(c + 1), 1);
        IscsiInitiator::claim(m_host, m_host.devices.first()); // "and a reboot"
        QCOMPARE(stripIndent(run(QStringLiteral("esxcli storage nmp device list -d ") + naa)),
                 sample(QStringLiteral("s-jw-nmp-device-rr.txt")));
        ++m_normalised;
    }

    // §5.1/§5.3 S-BB: DEFAULT_AA device switched to RR, then iops=8; deviceconfig get on 6.7+.
    void blockbridgeRoundRobin()
    {
        const QString naa = QStringLiteral("naa.60a010a03ff1bb511962194c40626cd1");
        m_host.devices << device(naa, QStringLiteral("B*BRIDGE"));
        for (int c = 0; c < 2; ++c)
            m_host.paths << path(QStringLiteral("vmhba64"), c, 0, 0, naa, QStringLiteral("iqn.t"),
                                 QStringLiteral("00023d00000%1").arg(c + 1), 1);
        IscsiInitiator::claim(m_host, m_host.devices.first());
        run(QStringLiteral("esxcli storage nmp device set --psp=VMW_PSP_RR --device=") + naa);
        m_host.devices.first().rrLastPathIndex = 0; // runtime state of the captured host
        QVERIFY(exact(run(QStringLiteral("esxcli storage nmp device list")),
                      QStringLiteral("s-bb-nmp-device-rr.txt")));
        run(QStringLiteral(
                "esxcli storage nmp psp roundrobin deviceconfig set --type=iops --iops=8 --device=") +
            naa);
        m_host.devices.first().rrLastPathIndex = 1;
        QVERIFY(exact(run(QStringLiteral("esxcli storage nmp device list -d ") + naa),
                      QStringLiteral("s-bb-nmp-device-rr-iops8.txt")));
        QVERIFY(exact(run(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + naa),
                      QStringLiteral("s-bb-rr-deviceconfig-iops8.txt")));
    }

    // §5.1 S-EL: a TPGS (ALUA) device claimed with MRU, then set to RR; §5.3 S-EL deviceconfig on ESXi 6.0.
    void comstarAluaMruThenRr()
    {
        m_host.version = QStringLiteral("6.0.0");
        const QString naa = QStringLiteral("naa.600144f009d4d236000056918f920002");
        m_host.devices << device(naa, QStringLiteral("SUN"), true);
        for (int c = 0; c < 2; ++c)
            m_host.paths << path(QStringLiteral("vmhba37"), c, 0, 4, naa,
                                 QStringLiteral("iqn.2010-09.org.napp-it:zfs"),
                                 QStringLiteral("00023d00000%1").arg(c * 2 + 1), 1);
        IscsiInitiator::claim(m_host, m_host.devices.first());
        QVERIFY(exact(run(QStringLiteral("esxcli  storage nmp device list -d ") + naa),
                      QStringLiteral("s-el-nmp-device-mru.txt")));
        QCOMPARE(
            run(QStringLiteral("esxcli storage nmp device set -d ") + naa + QStringLiteral(" -P VMW_PSP_RR")),
            QString());
        QVERIFY(exact(run(QStringLiteral("esxcli  storage nmp device list -d ") + naa),
                      QStringLiteral("s-el-nmp-device-rr.txt")));
        QVERIFY(exact(run(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + naa),
                      QStringLiteral("s-el-rr-deviceconfig-default.txt")));
        QCOMPARE(run(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig set -d ") + naa +
                     QStringLiteral(" -I 1 -t iops")),
                 QString());
        QVERIFY(exact(run(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + naa),
                      QStringLiteral("s-el-rr-deviceconfig-iops1.txt")));
        // S-EL nmp path list excerpt (grep ^iqn -A 1): the most recent session's path first.
        m_host.iscsi.iqn = QStringLiteral("iqn.1998-01.com.vmware:macm-38de68076");
        const QString paths = run(QStringLiteral("esxcli storage nmp path list"));
        for (const QString& l : sample(QStringLiteral("s-el-nmp-path-list-excerpt.txt"))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (l != QLatin1String("--"))
                QVERIFY2(paths.contains(l + QLatin1Char('\n')), qPrintable(l));
        ++m_partial;
    }

    void corePathList()
    {
        m_host.iscsi.enabled = true;
        m_host.iscsi.name = QStringLiteral("vmhba38");
        m_host.iscsi.iqn = QStringLiteral("iqn.1998-01.com.vmware:ESXI-1-113d8999");
        const QString naa = QStringLiteral("naa.6000d31000771000000000000000000d");
        m_host.devices << device(naa, QStringLiteral("COMPELNT"));
        m_host.paths << path(QStringLiteral("vmhba38"), 0, 1, 1, naa,
                             QStringLiteral("iqn.2002-03.com.compellent:5000d3100077102b"),
                             QStringLiteral("00023d000001"), 0);
        IscsiInitiator::claim(m_host, m_host.devices.first());
        QVERIFY(exact(run(QStringLiteral("esxcli storage core path list")),
                      QStringLiteral("s-cn-core-path-list.txt")));
    }

    void esxcfgMpathBrief()
    {
        m_host.iscsi.enabled = true;
        m_host.iscsi.iqn = QStringLiteral("iqn.2020-10.com.ibm:sl02su1160157-h1907004");
        const QString naa = QStringLiteral("naa.600a098038305674695d51694b427849");
        m_host.devices << device(naa, QStringLiteral("NETAPP"));
        const QString t = QStringLiteral("iqn.1992-08.com.netapp:stfdal1007");
        m_host.paths << path(QStringLiteral("vmhba64"), 0, 1, 0, naa, t, QStringLiteral("00023d000001"), 1034)
                     << path(QStringLiteral("vmhba64"), 1, 1, 0, naa, t, QStringLiteral("00023d000002"),
                             1030);
        IscsiInitiator::claim(m_host, m_host.devices.first());
        QVERIFY(exact(run(QStringLiteral("esxcfg-mpath -b")), QStringLiteral("s-ibm-esxcfg-mpath-b.txt")));
    }

    void satpListAndRule()
    {
        QVERIFY(
            exact(run(QStringLiteral("esxcli storage nmp satp list")), QStringLiteral("s-el-satp-list.txt")));
        QCOMPARE(run(QStringLiteral(
                     "esxcli storage nmp satp rule add -V SUN -M COMSTAR -P VMW_PSP_RR -s VMW_SATP_ALUA "
                     "-e \"OmniOS Devices\" -O \"iops=1\"")),
                 QString());
        QStringList grepped; // | grep -E '^Name|OmniOS'
        for (const QString& l :
             run(QStringLiteral("esxcli storage nmp satp rule list")).split(QLatin1Char('\n')))
            if (l.startsWith(QLatin1String("Name")) || l.contains(QLatin1String("OmniOS")))
                grepped << l;
        QCOMPARE(collapse(grepped.join(QLatin1Char('\n')) + QLatin1Char('\n')),
                 collapse(sample(QStringLiteral("s-el-satp-rule-list.txt"))));
        ++m_normalised;
    }

    void deviceStats()
    {
        Device d = device(QStringLiteral("eui.99e91f03b82de449"), QStringLiteral("SCST_BIO"));
        d.claimed = true;
        d.readOps = 31367192;
        d.writeOps = 404557595;
        d.otherCommands = 437865323ULL - 31367192ULL - 404557595ULL;
        d.blocksRead = 2390925674ULL;
        d.blocksWritten = 25340206445ULL;
        d.failedReads = 1;
        d.failedWrites = 52;
        d.failedOtherCommands = 85 - 53;
        d.failedBlocksRead = 512;
        m_host.devices << d;
        QVERIFY(exact(run(QStringLiteral("esxcli storage core device stats get -d eui.99e91f03b82de449")),
                      QStringLiteral("s-stat-device-stats.txt")));
    }
};

QTEST_GUILESS_MAIN(TstEsxcliVerbatim)
#include "tst_esxcli_verbatim.moc"
