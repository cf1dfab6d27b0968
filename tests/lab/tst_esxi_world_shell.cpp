// The ESXi shell against the real lab world (shipped scenario seed-two-paths): the article's configuration
// typed as esxcli commands, rescan through the scenario storage, vmkping through the world's network model,
// and a pulled cable turning a path dead after linkDownDetectMs.

#include "app/lab/shell/EsxiShell.h"
#include "app/lab/shell/WorldShellBinding.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/World.h"

#include <QtTest>

#include <memory>

using namespace mpio::lab;

class TstEsxiWorldShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<World> m_world;
    std::unique_ptr<EsxiShell> m_shell;
    std::unique_ptr<WorldShellBinding> m_binding;

    CommandOutput exec(const QString& line)
    {
        QMutexLocker lock(&m_world->mutex());
        return m_shell->run(QStringLiteral("esx01"), line);
    }
    QString ok(const QString& line)
    {
        const CommandOutput o = exec(line);
        if (o.exitCode != 0)
            qWarning() << line << o.out << o.err;
        [&] { QCOMPARE(o.exitCode, 0); }();
        return QString::fromUtf8(o.out);
    }

private slots:
    void init()
    {
        Scenario sc;
        QString error;
        QVERIFY2(Scenario::fromFile(Scenario::resolve(QStringLiteral("seed-two-paths")), &sc, &error),
                 qPrintable(error));
        sc.model.linkDownDetectMs = 200;
        m_world = std::make_unique<World>(sc);
        m_shell = std::make_unique<EsxiShell>();
        m_binding = std::make_unique<WorldShellBinding>(m_world.get(), m_shell.get());
    }

    void cleanup()
    {
        m_binding.reset();
        m_shell.reset();
        m_world.reset();
    }

    void articleConfigurationEndToEnd()
    {
        const QStringList steps{
            QStringLiteral("esxcli network vswitch standard add -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard uplink add -u vmnic2 -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard uplink add -u vmnic3 -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard set -v vSwitch1 -m 9000"),
            QStringLiteral("esxcli network vswitch standard portgroup add -p iSCSI-A -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard portgroup add -p iSCSI-B -v vSwitch1"),
            QStringLiteral(
                "esxcli network vswitch standard portgroup policy failover set -p iSCSI-A -a vmnic2"),
            QStringLiteral(
                "esxcli network vswitch standard portgroup policy failover set -p iSCSI-B -a vmnic3"),
            QStringLiteral("esxcli network ip interface add -i vmk2 -p iSCSI-A -m 9000"),
            QStringLiteral("esxcli network ip interface add -i vmk3 -p iSCSI-B -m 9000"),
            QStringLiteral(
                "esxcli network ip interface ipv4 set -i vmk2 -t static -I 10.20.10.11 -N 255.255.255.248"),
            QStringLiteral(
                "esxcli network ip interface ipv4 set -i vmk3 -t static -I 10.20.20.11 -N 255.255.255.248"),
            QStringLiteral(
                "esxcli storage nmp satp rule add -s VMW_SATP_DEFAULT_AA -V TrueNAS -M \"iSCSI Disk\" "
                "-P VMW_PSP_RR -O \"policy=iops;iops=1;\" -e \"TrueNAS iSCSI Claim Rule\""),
            QStringLiteral("esxcli iscsi software set --enabled=true"),
            QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10:3260 "
                           "-n iqn.2005-10.org.freenas.ctl:iscsi-vmw01"),
            QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.20.10:3260 "
                           "-n iqn.2005-10.org.freenas.ctl:iscsi-vmw01"),
            QStringLiteral("esxcli storage core adapter rescan -A vmhba64"),
        };
        for (const QString& s : steps)
            ok(s);
        // Unbound (two subnets): one session per portal, routed through vmk2 and vmk3.
        const QString sessions = ok(QStringLiteral("esxcli iscsi session connection list"));
        QCOMPARE(sessions.count(QStringLiteral("\n   State: logged_in\n")), 2);
        QVERIFY(sessions.contains(QLatin1String("   LocalAddress: 10.20.10.11\n")));
        QVERIFY(sessions.contains(QLatin1String("   LocalAddress: 10.20.20.11\n")));
        const QString dev = ok(QStringLiteral("esxcli storage nmp device list"));
        QVERIFY2(dev.contains(QLatin1String("   Path Selection Policy: VMW_PSP_RR\n")), qPrintable(dev));
        QVERIFY(dev.contains(QLatin1String("{policy=iops,iops=1,bytes=10485760,useANO=0;")));
        QVERIFY(dev.contains(QLatin1String("   Working Paths: vmhba64:C0:T1:L0, vmhba64:C0:T0:L0\n")));

        // Jumbo frames end to end through Core-A (port MTU 9216, TrueNAS NIC 9000).
        const CommandOutput ping = exec(QStringLiteral("vmkping -I vmk2 -d -s 8972 10.20.10.10"));
        QCOMPARE(ping.exitCode, 0);
        QCOMPARE(QString::fromUtf8(ping.out).count(QStringLiteral("8980 bytes from 10.20.10.10: icmp_seq=")),
                 3);
        // vmk2 cannot reach path B's subnet.
        const CommandOutput wrong = exec(QStringLiteral("vmkping -I vmk2 -c 1 10.20.20.10"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!wrong.out.contains("bytes from"));

        // Pull path A's cable: after linkDownDetectMs the path is dead, RR keeps working on path B.
        QString error;
        {
            QMutexLocker lock(&m_world->mutex());
            QVERIFY2(m_world->setCableConnected(QStringLiteral("esx01-vmnic2"), false, &error),
                     qPrintable(error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(ok(QStringLiteral("esxcfg-mpath -b"))
                                     .contains(QLatin1String("vmhba64:C0:T0:L0 LUN:0 state:dead")),
                                 5000);
        QVERIFY(ok(QStringLiteral("esxcli storage nmp device list"))
                    .contains(QLatin1String("   Working Paths: vmhba64:C0:T1:L0\n")));
        {
            QMutexLocker lock(&m_world->mutex());
            QVERIFY(m_world->setCableConnected(QStringLiteral("esx01-vmnic2"), true, &error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            ok(QStringLiteral("esxcfg-mpath -b")).count(QStringLiteral("state:active")) == 2, 5000);
    }

    // The scenario declares sessions and paths without ISIDs on the paths: the shell completes them.
    void alreadyConfiguredScenario()
    {
        Scenario sc;
        QString error;
        QVERIFY2(Scenario::fromFile(Scenario::resolve(QStringLiteral("already-configured")), &sc, &error),
                 qPrintable(error));
        m_binding.reset();
        m_world = std::make_unique<World>(sc);
        m_binding = std::make_unique<WorldShellBinding>(m_world.get(), m_shell.get());
        const QString paths = ok(QStringLiteral("esxcli storage core path list"));
        QVERIFY2(
            paths.contains(QLatin1String("-00023d000001,iqn.2005-10.org.freenas.ctl:iscsi-vmw01,t,1-naa.")),
            qPrintable(paths));
        QVERIFY(paths.contains(QLatin1String("Session=00023d000002 PortalTag=1")));
        ok(QStringLiteral("esxcli storage core adapter rescan --all"));
        QCOMPARE(ok(QStringLiteral("esxcli iscsi session list")).count(QStringLiteral("\n   ISID: ")), 2);
        QCOMPARE(ok(QStringLiteral("esxcfg-mpath -b")).count(QStringLiteral("state:active")), 2);
        const QString dev = ok(QStringLiteral("esxcli storage nmp device list"));
        QVERIFY2(dev.contains(QLatin1String("   Working Paths: vmhba64:C0:T1:L0, vmhba64:C0:T0:L0\n")),
                 qPrintable(dev));
        QVERIFY(dev.contains(QLatin1String("{policy=iops,iops=1,")));
    }

    void resetFollowsTheWorld()
    {
        ok(QStringLiteral("esxcli iscsi software set --enabled=true"));
        QCOMPARE(ok(QStringLiteral("esxcli iscsi software get")), QStringLiteral("true\n"));
        m_world->reset(); // replaces the host list: the shell must not keep stale pointers
        QCOMPARE(ok(QStringLiteral("esxcli iscsi software get")), QStringLiteral("false\n"));
    }
};

QTEST_GUILESS_MAIN(TstEsxiWorldShell)
#include "tst_esxi_world_shell.moc"
