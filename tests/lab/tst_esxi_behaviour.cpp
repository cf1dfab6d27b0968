// ESXi behaviour of the lab host (issue 3 "ESXi behaviour"): port binding compliance, rescan sessions per
// binding rules, claiming by SATP rules, per-device PSP, vmkping outcomes, counters in text and XML.

#include "LabFakes.h"

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/esxi/IscsiInitiator.h"
#include "app/lab/shell/EsxiShell.h"
#include "app/lab/shell/WorldNetworkProbe.h"
#include "app/lab/shell/WorldShellBinding.h"

#include <QRegularExpression>
#include <QtTest>

using namespace mpio::lab;
using namespace mpio::test;

static_assert(std::is_base_of_v<NetworkProbe, WorldNetworkProbe>,
              "the world glue implements the shell's probe");

namespace {
const QString kNaa0 = QStringLiteral("naa.6589cfc000000b1e0a7d0c1f2e3d4c5b");
const QString kNaa1 = QStringLiteral("naa.6589cfc000000b1e0a7d0c1f2e3d4c6c");
} // namespace

class TstEsxiBehaviour : public QObject
{
    Q_OBJECT

private:
    EsxiHostState m_host;
    EsxiShell m_shell;
    FakeProbe m_probe;
    FakeStorage m_storage;

    CommandOutput exec(const QString& line) { return m_shell.run(QStringLiteral("esx01"), line); }
    QString ok(const QString& line)
    {
        const CommandOutput o = exec(line);
        if (o.exitCode != 0)
            qWarning() << line << o.out << o.err;
        [&] { QCOMPARE(o.exitCode, 0); }();
        return QString::fromUtf8(o.out);
    }

    // The article's site: vSwitch1 with vmnic1/vmnic2, one port group per uplink, vmk1/vmk2.
    void buildSite(const QString& ip1, const QString& ip2, const QString& mask)
    {
        m_host.vmnics << Vmnic{QStringLiteral("vmnic0")} << Vmnic{QStringLiteral("vmnic1")}
                      << Vmnic{QStringLiteral("vmnic2")};
        VSwitch vs0;
        vs0.name = QStringLiteral("vSwitch0");
        vs0.uplinks = vs0.activeUplinks = QStringList{QStringLiteral("vmnic0")};
        m_host.vswitches << vs0;
        PortGroup mgmt;
        mgmt.name = QStringLiteral("Management Network");
        mgmt.vswitch = vs0.name;
        m_host.portGroups << mgmt;
        Vmk vmk0;
        vmk0.name = QStringLiteral("vmk0");
        vmk0.portGroup = mgmt.name;
        vmk0.ipv4 = QStringLiteral("192.168.1.50");
        vmk0.netmask = QStringLiteral("255.255.255.0");
        m_host.vmks << vmk0;
        ok(QStringLiteral("esxcli network vswitch standard add -v vSwitch1"));
        ok(QStringLiteral("esxcli network vswitch standard uplink add -u vmnic1 -v vSwitch1"));
        ok(QStringLiteral("esxcli network vswitch standard uplink add -u vmnic2 -v vSwitch1"));
        ok(QStringLiteral("esxcli network vswitch standard set -v vSwitch1 -m 9000"));
        for (int i = 1; i <= 2; ++i) {
            const QString pg = QStringLiteral("iSCSI-%1").arg(i);
            ok(QStringLiteral("esxcli network vswitch standard portgroup add -p %1 -v vSwitch1").arg(pg));
            ok(QStringLiteral(
                   "esxcli network vswitch standard portgroup policy failover set -p %1 -a vmnic%2")
                   .arg(pg)
                   .arg(i));
            ok(QStringLiteral("esxcli network ip interface add -i vmk%1 -p %2 -m 9000").arg(i).arg(pg));
            ok(QStringLiteral("esxcli network ip interface ipv4 set -i vmk%1 -t static -I %2 -N %3")
                   .arg(i)
                   .arg(i == 1 ? ip1 : ip2, mask));
        }
        ok(QStringLiteral("esxcli iscsi software set --enabled=true"));
    }

    int liveSessions() const
    {
        int n = 0;
        for (const auto& s : m_host.sessions)
            n += s.loggedIn ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_host = EsxiHostState();
        m_host.hostname = QStringLiteral("esx01");
        m_probe = FakeProbe();
        m_probe.host = &m_host;
        m_storage = FakeStorage();
        m_storage.luns = {trueNasLun(0, kNaa0)};
        m_shell = EsxiShell();
        m_shell.addHost(QStringLiteral("esx01"), &m_host);
        m_shell.setNetworkProbe(&m_probe);
        m_shell.setStorageSide(&m_storage);
    }

    void softwareIscsiCreatesAdapterWithDeterministicIqn()
    {
        QCOMPARE(ok(QStringLiteral("esxcli iscsi adapter list")),
                 QStringLiteral(
                     "Adapter  Driver  State  UID  Description\n-------  ------  -----  ---  -----------\n"));
        QCOMPARE(ok(QStringLiteral("esxcli iscsi software set --enabled=true")),
                 QStringLiteral("Software iSCSI Enabled\n"));
        QCOMPARE(m_host.iscsi.name, QStringLiteral("vmhba64"));
        static const QRegularExpression re(
            QStringLiteral("^iqn\\.1998-01\\.com\\.vmware:esx01-[0-9a-f]{8}$"));
        QVERIFY2(re.match(m_host.iscsi.iqn).hasMatch(), qPrintable(m_host.iscsi.iqn));
        QCOMPARE(IscsiInitiator::defaultIqn(QStringLiteral("esx01")), m_host.iscsi.iqn);
        QVERIFY(IscsiInitiator::defaultIqn(QStringLiteral("esx02")) != m_host.iscsi.iqn);
        QVERIFY(ok(QStringLiteral("esxcli iscsi adapter get -A vmhba64"))
                    .contains(QStringLiteral("   Name: ") + m_host.iscsi.iqn));
        QCOMPARE(exec(QStringLiteral("esxcli iscsi adapter get -A vmhba65")).exitCode, 1);
    }

    void vmkOnPortGroupAndFailoverLists()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.12"),
                  QStringLiteral("255.255.255.0"));
        const QString vmk = ok(QStringLiteral("esxcli network ip interface list -i vmk1"));
        QVERIFY(vmk.contains(QLatin1String("\n   Portgroup: iSCSI-1\n")));
        QVERIFY(vmk.contains(QLatin1String("\n   Portset: vSwitch1\n")));
        QVERIFY(vmk.contains(QLatin1String("\n   MTU: 9000\n")));
        QCOMPARE(m_host.vmnic(QStringLiteral("vmnic1"))->mtu, 9000); // uplinks follow the vSwitch MTU
        const QString pol =
            ok(QStringLiteral("esxcli network vswitch standard portgroup policy failover get -p iSCSI-1"));
        QVERIFY(pol.contains(QLatin1String(
            "\n   Active Adapters: vmnic1\n   Standby Adapters:\n   Unused Adapters: vmnic2\n")));
        QVERIFY(pol.contains(QLatin1String("\n   Override Vswitch Uplinks: true\n")));
        // Inheriting again: both vSwitch uplinks active, nothing unused.
        ok(QStringLiteral(
            "esxcli network vswitch standard portgroup policy failover set -p iSCSI-1 --use-vswitch"));
        QVERIFY(ok(QStringLiteral("esxcli network vswitch standard portgroup policy failover get -p iSCSI-1"))
                    .contains(QLatin1String(
                        "Active Adapters: vmnic1, vmnic2\n   Standby Adapters:\n   Unused Adapters:\n")));
        QCOMPARE(
            exec(QStringLiteral(
                     "esxcli network vswitch standard portgroup policy failover set -p iSCSI-1 -a vmnic9"))
                .exitCode,
            1);
        ok(QStringLiteral("esxcli network vswitch standard portgroup set -p iSCSI-2 --vlan-id=20"));
        QVERIFY(
            ok(QStringLiteral("esxcli network vswitch standard portgroup list"))
                .contains(QLatin1String("iSCSI-2             vSwitch1                     1       20\n")));
    }

    void networkPortalCompliance_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("reason");
        QTest::newRow("two active") << QStringLiteral("-a vmnic1,vmnic2")
                                    << QStringLiteral("has more than one active uplink");
        QTest::newRow("standby") << QStringLiteral("-a vmnic1 -s vmnic2")
                                 << QStringLiteral("has standby uplinks");
        QTest::newRow("inherits vSwitch")
            << QStringLiteral("--use-vswitch") << QStringLiteral("has more than one active uplink");
    }

    void networkPortalCompliance()
    {
        QFETCH(QString, policy);
        QFETCH(QString, reason);
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.12"),
                  QStringLiteral("255.255.255.0"));
        ok(QStringLiteral("esxcli network vswitch standard portgroup policy failover set -p iSCSI-1 ") +
           policy);
        const CommandOutput o = exec(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        QCOMPARE(o.exitCode, 1);
        const QString text = QString::fromUtf8(o.out);
        QVERIFY2(text.startsWith(
                     QLatin1String("Error: Failed to bind the VMkernel nic vmk1 to iSCSI adapter vmhba64")),
                 qPrintable(text));
        QVERIFY2(text.contains(reason), qPrintable(text));
        QVERIFY(m_host.iscsi.boundVmks.isEmpty());
        // Fix: one active, standby cleared explicitly; then the binding is accepted and compliant.
        ok(QStringLiteral(
            "esxcli network vswitch standard portgroup policy failover set -p iSCSI-1 -a vmnic1 -s ''"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        QVERIFY(ok(QStringLiteral("esxcli iscsi networkportal list"))
                    .contains(QLatin1String("\n   Compliant Status: compliant\n")));
        QCOMPARE(exec(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1")).exitCode,
                 1); // already bound
    }

    void rescanBoundSameSubnet()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.12"),
                  QStringLiteral("255.255.255.0"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk2"));
        for (const char* ip : {"10.20.10.10", "10.20.10.20"})
            ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a %1:3260 -n %2")
                   .arg(QLatin1String(ip), m_storage.targetIqn));
        QCOMPARE(ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64")), QString());
        QCOMPARE(liveSessions(), 4); // 2 bound vmks × 2 portals
        QCOMPARE(m_storage.logins.size(), 4);
        QCOMPARE(EsxiShell::lastExtraLatencyMs(), 0);
        QCOMPARE(m_host.paths.size(), 4);
        const QString dev = ok(QStringLiteral("esxcli storage nmp device list"));
        QVERIFY(dev.startsWith(kNaa0 + QStringLiteral("\n   Device Display Name: TrueNAS iSCSI Disk (") +
                               kNaa0 + QStringLiteral(")\n")));
        QVERIFY(dev.contains(QLatin1String("   Storage Array Type: VMW_SATP_DEFAULT_AA\n")));
        QVERIFY(dev.contains(QLatin1String("   Path Selection Policy: VMW_PSP_FIXED\n")));
        QVERIFY(dev.contains(QLatin1String("{preferred=vmhba64:C0:T0:L0;current=vmhba64:C0:T0:L0}")));
        const QString mpath = ok(QStringLiteral("esxcfg-mpath -b"));
        for (const char* rn :
             {"vmhba64:C0:T0:L0", "vmhba64:C0:T1:L0", "vmhba64:C1:T0:L0", "vmhba64:C1:T1:L0"})
            QVERIFY2(mpath.contains(
                         QStringLiteral("   %1 LUN:0 state:active iscsi Adapter: ").arg(QLatin1String(rn))),
                     rn);
        QCOMPARE(ok(QStringLiteral("esxcli iscsi session list")).count(QStringLiteral("\n   ISID: ")), 4);
        QVERIFY(ok(QStringLiteral("esxcli iscsi session connection list"))
                    .contains(QLatin1String("   LocalAddress: 10.20.10.12\n")));
        // A second rescan keeps the sessions (same ISIDs) and creates no duplicate paths.
        const QString isid = m_host.sessions.first().isid;
        ok(QStringLiteral("esxcli storage core adapter rescan --all"));
        QCOMPARE(m_host.sessions.first().isid, isid);
        QCOMPARE(m_host.paths.size(), 4);
    }

    void unreachablePortalKeepsDeadPathOnRescan()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.12"),
                  QStringLiteral("255.255.255.0"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk2"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        m_probe.unreachable.insert(QStringLiteral("vmk1|10.20.10.10"));
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.paths.size(), 2);
        QVERIFY(ok(QStringLiteral("esxcfg-mpath -b"))
                    .contains(QLatin1String("vmhba64:C0:T0:L0 LUN:0 state:dead")));
        QVERIFY(m_storage.logouts.isEmpty()); // vmk2's session to the same portal and target is still up
    }

    void unbindingThenRescanLogsOut()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.12"),
                  QStringLiteral("255.255.255.0"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(liveSessions(), 1);
        ok(QStringLiteral(
               "esxcli iscsi adapter discovery statictarget remove -A vmhba64 -a 10.20.10.10:3260 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(liveSessions(), 0);
        QCOMPARE(m_storage.logouts, QStringList{QStringLiteral("10.20.10.10|") + m_storage.targetIqn});
        QVERIFY(m_host.paths.isEmpty()); // target removed: its paths and the device are gone
        QVERIFY(m_host.devices.isEmpty());
        QCOMPARE(ok(QStringLiteral("esxcli storage nmp device list")), QString());
    }

    void rescanBoundCrossSubnetFailsAndIsSlow()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk2"));
        for (const char* ip : {"10.20.10.10", "10.20.20.10"})
            ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a %1 -n %2")
                   .arg(QLatin1String(ip), m_storage.targetIqn));
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.sessions.size(), 4);                 // every bound vmk × every portal is attempted
        QCOMPARE(liveSessions(), 2);                         // the cross-subnet pairs fail
        QCOMPARE(EsxiShell::lastExtraLatencyMs(), 2 * 5000); // LoginTimeout per failed login
        // The failed pairs show up as dead paths of the LUN the other sessions found.
        QCOMPARE(m_host.paths.size(), 4);
        const QString mpath = ok(QStringLiteral("esxcfg-mpath -b"));
        QCOMPARE(mpath.count(QStringLiteral("state:dead")), 2);
        QVERIFY(mpath.contains(QLatin1String("vmhba64:C0:T1:L0 LUN:0 state:dead")));
        QVERIFY(mpath.contains(QLatin1String("vmhba64:C1:T0:L0 LUN:0 state:dead")));
        QVERIFY(ok(QStringLiteral("esxcli storage core device list"))
                    .contains(QLatin1String("\n   Status: degraded\n")));
        QCOMPARE(ok(QStringLiteral("esxcli iscsi session list")).count(QStringLiteral("\n   ISID: ")), 2);
    }

    void rescanUnboundRoutesOneSessionPerPortal()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        for (const char* ip : {"10.20.10.10", "10.20.20.10"})
            ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a %1:3260 -n %2")
                   .arg(QLatin1String(ip), m_storage.targetIqn));
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.sessions.size(), 2);
        QCOMPARE(liveSessions(), 2);
        QCOMPARE(m_host.sessions[0].vmk, QStringLiteral("vmk1"));
        QCOMPARE(m_host.sessions[1].vmk, QStringLiteral("vmk2"));
        QCOMPARE(m_storage.logins[1].initiatorIp, QStringLiteral("10.20.20.11"));
        QCOMPARE(m_host.paths[0].runtimeName, QStringLiteral("vmhba64:C0:T0:L0"));
        QCOMPARE(m_host.paths[1].runtimeName, QStringLiteral("vmhba64:C0:T1:L0"));
    }

    void sendTargetsDiscovery()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        m_storage.portals = {QStringLiteral("10.20.10.10:3260"), QStringLiteral("10.20.20.10:3260")};
        ok(QStringLiteral("esxcli iscsi adapter discovery sendtarget add -A vmhba64 -a 10.20.10.10"));
        QCOMPARE(
            ok(QStringLiteral("esxcli iscsi adapter discovery sendtarget list")),
            QStringLiteral("Adapter  Sendtarget\n-------  ----------------\nvmhba64  10.20.10.10:3260\n"));
        ok(QStringLiteral("esxcli storage core adapter rescan --all"));
        QCOMPARE(liveSessions(), 2);
        QVERIFY(ok(QStringLiteral("esxcli iscsi adapter target portal list"))
                    .contains(QLatin1String("10.20.20.10  3260     1\n")));
    }

    void forcedAluaMakesTheDeviceDisappear()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        const QString rule =
            QStringLiteral("-s \"VMW_SATP_ALUA\" -V \"TrueNAS\" -M \"iSCSI Disk\" -P \"VMW_PSP_RR\" "
                           "-O \"policy=iops;iops=1;\" -e \"TrueNAS iSCSI Claim Rule\"");
        ok(QStringLiteral("esxcli storage nmp satp rule add ") + rule);
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(liveSessions(), 1); // the session is up …
        QCOMPARE(ok(QStringLiteral("esxcli storage nmp device list")),
                 QString()); // … but no device (§5.4 S-JW)
        QCOMPARE(ok(QStringLiteral("esxcli storage core device list")), QString());
        QCOMPARE(ok(QStringLiteral("esxcli storage core path list")), QString());
        QCOMPARE(ok(QStringLiteral("esxcfg-mpath -b")), QString());
        QCOMPARE(exec(QStringLiteral("esxcli storage nmp device list -d ") + kNaa0).exitCode, 1);
        // Removal must repeat every option used at add time.
        const CommandOutput partial = exec(QStringLiteral(
            "esxcli storage nmp satp rule remove -s VMW_SATP_ALUA -V TrueNAS -M \"iSCSI Disk\""));
        QCOMPARE(partial.exitCode, 1);
        QCOMPARE(m_host.userSatpRules.size(), 1);
        ok(QStringLiteral("esxcli storage nmp satp rule remove ") + rule);
        QVERIFY(m_host.userSatpRules.isEmpty());
        ok(QStringLiteral("esxcli storage core claiming reclaim -d ") + kNaa0);
        QVERIFY(ok(QStringLiteral("esxcli storage nmp device list"))
                    .contains(QLatin1String("Storage Array Type: VMW_SATP_DEFAULT_AA\n")));
    }

    void claimRulesApplyOnlyToNewClaims()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.device(kNaa0)->psp, QStringLiteral("VMW_PSP_FIXED"));
        ok(QStringLiteral("esxcli storage nmp satp rule add -s VMW_SATP_DEFAULT_AA -V TrueNAS -M \"iSCSI "
                          "Disk\" -P VMW_PSP_RR "
                          "-O \"policy=iops;iops=1;\" -e \"TrueNAS iSCSI Claim Rule\""));
        // A second LUN appears after the rule: it is claimed with the rule, the first keeps FIXED.
        m_storage.luns << trueNasLun(1, kNaa1);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.device(kNaa0)->psp, QStringLiteral("VMW_PSP_FIXED"));
        QCOMPARE(m_host.device(kNaa1)->psp, QStringLiteral("VMW_PSP_RR"));
        QVERIFY(
            ok(QStringLiteral("esxcli storage nmp device list -d ") + kNaa1)
                .contains(QLatin1String("{policy=iops,iops=1,bytes=10485760,useANO=0; lastPathIndex=0:")));
        QCOMPARE(
            exec(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + kNaa0).exitCode,
            1);
        ok(QStringLiteral("esxcli storage core claiming reclaim -d ") + kNaa0);
        const QString cfg =
            ok(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + kNaa0);
        QVERIFY(cfg.contains(QLatin1String("   IOOperation Limit: 1\n")));
        QVERIFY(cfg.contains(QLatin1String("   Limit Type: Iops\n")));
    }

    void bareIopsOptionKeepsLimitTypeDefault()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        ok(QStringLiteral("esxcli storage nmp satp rule add -s VMW_SATP_DEFAULT_AA -V TrueNAS -M \"iSCSI "
                          "Disk\" -P VMW_PSP_RR -O iops=1"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        const QString cfg =
            ok(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + kNaa0);
        QVERIFY(cfg.contains(QLatin1String("   IOOperation Limit: 1\n")));
        QVERIFY(cfg.contains(QLatin1String("   Limit Type: Default\n"))); // §5.4 S-EL
        ok(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig set -d %1 --type=iops --iops=1")
               .arg(kNaa0));
        QVERIFY(ok(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + kNaa0)
                    .contains(QLatin1String("   Limit Type: Iops\n")));
        ok(QStringLiteral("esxcli storage nmp device set -d %1 -E").arg(kNaa0));
        QCOMPARE(m_host.device(kNaa0)->psp, QStringLiteral("VMW_PSP_FIXED"));
    }

    void linkLossMarksPathsDeadAndBack()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.12"),
                  QStringLiteral("255.255.255.0"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"));
        ok(QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk2"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.device(kNaa0)->currentPath, QStringLiteral("vmhba64:C0:T0:L0"));
        m_probe.unreachable.insert(QStringLiteral("vmk1|10.20.10.10")); // cable of vmnic1 pulled
        m_shell.linksChanged({QStringLiteral("esx01")});
        QVERIFY(ok(QStringLiteral("esxcfg-mpath -b"))
                    .contains(QLatin1String("   vmhba64:C0:T0:L0 LUN:0 state:dead iscsi")));
        QVERIFY(ok(QStringLiteral("esxcli storage core path list -p vmhba64:C0:T0:L0"))
                    .contains(QLatin1String("\n   State: dead\n")));
        QVERIFY(ok(QStringLiteral("esxcli storage nmp device list"))
                    .contains(QLatin1String("   Working Paths: vmhba64:C1:T0:L0\n")));
        QVERIFY(ok(QStringLiteral("esxcli storage core device list"))
                    .contains(QLatin1String("\n   Status: degraded\n")));
        QCOMPARE(ok(QStringLiteral("esxcli iscsi session list")).count(QStringLiteral("\n   ISID: ")), 1);
        QVERIFY(!m_host.device(kNaa0)->apd);
        QVERIFY(m_storage.logouts.isEmpty()); // vmk2 still has a session to the same portal and target
        const int loginsBefore = int(m_storage.logins.size());
        m_probe.unreachable.clear();
        m_shell.linksChanged({QStringLiteral("esx01")});
        QCOMPARE(m_host.paths[0].state, QStringLiteral("active"));
        QCOMPARE(m_storage.logins.size(), loginsBefore + 1); // the recovered session logged in again
        QCOMPARE(m_host.device(kNaa0)->currentPath, QStringLiteral("vmhba64:C0:T0:L0")); // FIXED fails back
        // Both gone: all paths down.
        m_probe.unreachable = {QStringLiteral("|10.20.10.10")};
        m_shell.linksChanged({QStringLiteral("esx01")});
        QVERIFY(m_host.device(kNaa0)->apd);
        QVERIFY(ok(QStringLiteral("esxcli storage core device list"))
                    .contains(QLatin1String("\n   Status: dead\n")));
    }

    void perDevicePspSurvivesReclaim()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        ok(QStringLiteral("esxcli storage nmp device set -d %1 -P VMW_PSP_RR").arg(kNaa0));
        ok(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig set -d %1 -t iops -I 1")
               .arg(kNaa0));
        ok(QStringLiteral("esxcli storage core claiming reclaim -d ") + kNaa0);
        // §5.3: the per-device override persists; --default reverts to the SATP's default PSP.
        QCOMPARE(m_host.device(kNaa0)->psp, QStringLiteral("VMW_PSP_RR"));
        QVERIFY(ok(QStringLiteral("esxcli storage nmp psp roundrobin deviceconfig get -d ") + kNaa0)
                    .contains(QLatin1String("   IOOperation Limit: 1\n")));
        ok(QStringLiteral("esxcli storage nmp device set -d %1 --default").arg(kNaa0));
        ok(QStringLiteral("esxcli storage core claiming reclaim -d ") + kNaa0);
        QCOMPARE(m_host.device(kNaa0)->psp, QStringLiteral("VMW_PSP_FIXED"));
        QCOMPARE(
            exec(QStringLiteral("esxcli storage nmp device set -d %1 -P VMW_PSP_BOGUS").arg(kNaa0)).exitCode,
            1);
    }

    void vmkMacIsDeterministic()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        static const QRegularExpression mac(QStringLiteral("^00:50:56:6[0-9]:[0-9a-f]{2}:[0-9a-f]{2}$"));
        QVERIFY(mac.match(m_host.vmk(QStringLiteral("vmk1"))->mac).hasMatch());
        const QString first = m_host.vmk(QStringLiteral("vmk1"))->mac;
        init();
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        QCOMPARE(m_host.vmk(QStringLiteral("vmk1"))->mac, first);
        QVERIFY(m_host.vmk(QStringLiteral("vmk2"))->mac != first);
    }

    void tpgsDeviceGetsAluaMru()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        m_storage.luns = {trueNasLun(0, kNaa0, true)};
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        QCOMPARE(m_host.device(kNaa0)->satp, QStringLiteral("VMW_SATP_ALUA"));
        QCOMPARE(m_host.device(kNaa0)->psp, QStringLiteral("VMW_PSP_MRU"));
    }

    void vmkpingOutcomes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("ok") << int(ProbeOutcome::Ok)
                            << QStringLiteral("8980 bytes from 10.20.10.10: icmp_seq=2 ttl=64 time=0.500 ms")
                            << 0;
        QTest::newRow("too long") << int(ProbeOutcome::LocalMessageTooLong)
                                  << QStringLiteral("sendto() failed (Message too long)") << 1;
        QTest::newRow("unreachable") << int(ProbeOutcome::NetworkUnreachable)
                                     << QStringLiteral("sendto() failed (Network is unreachable)") << 1;
        QTest::newRow("host down") << int(ProbeOutcome::HostDown)
                                   << QStringLiteral("sendto() failed (Host is down)") << 1;
        QTest::newRow("lost") << int(ProbeOutcome::Lost)
                              << QStringLiteral("3 packets transmitted, 0 packets received, 100% packet loss")
                              << 1;
        QTest::newRow("no such interface")
            << int(ProbeOutcome::UnknownInterface) << QStringLiteral("sendto() failed (No such device)") << 1;
    }

    void vmkpingOutcomes()
    {
        QFETCH(int, outcome);
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        m_host.vmks << Vmk{QStringLiteral("vmk1")};
        for (int i = 0; i < 3; ++i)
            m_probe.script << result(ProbeOutcome(outcome), 0.5);
        const CommandOutput o =
            exec(QStringLiteral("vmkping -I vmk1 -d -s 8972 -c 3 -W 1 -i 0.2 10.20.10.10"));
        QCOMPARE(o.exitCode, exitCode);
        const QStringList lines = QString::fromUtf8(o.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(line), o.out.constData());
        QCOMPARE(lines.first(), QStringLiteral("PING 10.20.10.10 (10.20.10.10): 8972 data bytes"));
        QCOMPARE(lines.contains(QStringLiteral("round-trip min/avg/max = 0.500/0.500/0.500 ms")),
                 exitCode == 0);
    }

    void vmkpingBadArguments()
    {
        QCOMPARE(exec(QStringLiteral("vmkping")).exitCode, 1);
        QCOMPARE(exec(QStringLiteral("vmkping -s abc 10.0.0.1")).exitCode, 1);
        const CommandOutput o = exec(QStringLiteral("vmkping -I vmk9 10.0.0.1"));
        QCOMPARE(o.exitCode, 1);
        QVERIFY(m_probe.calls.isEmpty());
    }

    void pathStatsTextAndXml()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        ok(QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n ") +
           m_storage.targetIqn);
        ok(QStringLiteral("esxcli storage core adapter rescan -A vmhba64"));
        Path& p = m_host.paths.first();
        p.readOps = 5000000000ULL; // beyond 2^32
        p.writeOps = 7;
        p.blocksWritten = 25340206445ULL;
        const QString text = ok(QStringLiteral("esxcli storage core path stats get -p vmhba64:C0:T0:L0"));
        QVERIFY(text.startsWith(QLatin1String(
            "vmhba64:C0:T0:L0\n   Path: vmhba64:C0:T0:L0\n   Successful Commands: 5000000007\n")));
        QVERIFY(text.contains(QLatin1String("\n   Blocks Written: 25340206445\n")));
        QVERIFY(text.endsWith(QLatin1String("\n   Failed Reserve Operations: 0\n")));
        const QString xml = ok(QStringLiteral("esxcli --formatter=xml storage core path stats get"));
        QVERIFY(xml.contains(
            QLatin1String("   <list type=\"structure\">\n      <structure typeName=\"PathStats\">\n         "
                          "<field name=\"BlocksRead\">\n            <integer>0</integer>\n")));
        QVERIFY(xml.contains(
            QLatin1String("<field name=\"ReadOperations\">\n            <integer>5000000000</integer>")));
        const QString kv = ok(QStringLiteral("esxcli --formatter=keyvalue storage core path stats get"));
        QVERIFY(kv.contains(QLatin1String("structure[0].PathStats.ReadOperations.integer=5000000000\n")));
        const QString dev = ok(QStringLiteral("esxcli --formatter=csv storage core device stats get"));
        QVERIFY(dev.startsWith(QLatin1String("BlocksRead,BlocksWritten,Device,FailedBlocksRead,")));
        QVERIFY(ok(QStringLiteral("esxcli --formatter=json storage core path list"))
                    .contains(QLatin1String("\"Runtime Name\":\"vmhba64:C0:T0:L0\"")));
    }

    void versionDifferences()
    {
        m_host.vmnics << Vmnic{QStringLiteral("vmnic0")};
        m_host.version = QStringLiteral("8.0.3");
        QVERIFY(ok(QStringLiteral("esxcli --formatter=xml network nic list"))
                    .contains(QLatin1String("<field name=\"DPUId\">")));
        QVERIFY(ok(QStringLiteral("vmware -vl")).endsWith(QLatin1String("VMware ESXi 8.0 Update 3\n")));
        m_host.version = QStringLiteral("7.0.3");
        m_host.build = QStringLiteral("21930508");
        // §2.4: DPUId exists on 8.x only; the text table is the same on both.
        QVERIFY(
            !ok(QStringLiteral("esxcli --formatter=xml network nic list")).contains(QLatin1String("DPUId")));
        QCOMPARE(ok(QStringLiteral("vmware -vl")),
                 QStringLiteral("VMware ESXi 7.0.3 build-21930508\nVMware ESXi 7.0 Update 3\n"));
        QVERIFY(ok(QStringLiteral("esxcli system version get"))
                    .contains(QLatin1String("   Version: 7.0.3\n   Build: Releasebuild-21930508\n")));
    }

    void formatParamFieldsAndHeader()
    {
        m_host.vmnics << Vmnic{QStringLiteral("vmnic0")} << Vmnic{QStringLiteral("vmnic1")};
        m_host.vmnics[1].mtu = 9000;
        // §1.1 VERBATIM command form.
        QCOMPARE(ok(QStringLiteral("esxcli --formatter=csv --format-param=fields=\"Name,MTU\" "
                                   "--format-param=show-header=false network nic list")),
                 QStringLiteral("vmnic0,1500,\nvmnic1,9000,\n"));
        QCOMPARE(ok(QStringLiteral("esxcli --formatter=csv --format-param=fields=Name,MTU network nic list")),
                 QStringLiteral("Name,MTU,\nvmnic0,1500,\nvmnic1,9000,\n"));
    }

    void xmlStringListsAndScalars()
    {
        buildSite(QStringLiteral("10.20.10.11"), QStringLiteral("10.20.20.11"),
                  QStringLiteral("255.255.255.248"));
        QCOMPARE(ok(QStringLiteral("esxcli --formatter=xml iscsi software get")),
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<output "
                                "xmlns=\"http://www.vmware.com/Products/ESX/5.0/esxcli\">\n"
                                "<root>\n   <boolean>true</boolean>\n</root>\n</output>\n"));
        const QString pol = ok(QStringLiteral(
            "esxcli --formatter=xml network vswitch standard portgroup policy failover get -p iSCSI-1"));
        QVERIFY(pol.contains(QLatin1String("<root>\n   <structure typeName=\"PortgroupFailoverPolicy\">\n")));
        QVERIFY(pol.contains(
            QLatin1String("      <field name=\"ActiveAdapters\">\n         <list type=\"string\">\n          "
                          "  <string>vmnic1</string>\n         </list>\n      </field>\n")));
        QVERIFY(pol.contains(QLatin1String(
            "      <field name=\"StandbyAdapters\">\n         <list type=\"string\">\n         </list>\n")));
        const QString kv = ok(QStringLiteral(
            "esxcli --formatter=keyvalue network vswitch standard portgroup policy failover get -p iSCSI-1"));
        QVERIFY(kv.contains(QLatin1String("PortgroupFailoverPolicy.StandbyAdapters.string[] = \n")));
        QVERIFY(kv.contains(QLatin1String("PortgroupFailoverPolicy.UnusedAdapters.string[0]=vmnic2\n")));
    }
};

QTEST_GUILESS_MAIN(TstEsxiBehaviour)
#include "tst_esxi_behaviour.moc"
