// Text parsers of the ESXi client (issue 3) on EVERY verbatim sample of reference/esxi-esxcli.md for vmkping,
// `storage nmp device list` and `storage core path list` (copied character for character into
// tests/data/esxi-samples/, see its README), plus the RECONSTRUCTED timeout shape and damaged input.
#include "TestEnv.h"
#include "core/esxi/text/CorePathListText.h"
#include "core/esxi/text/NmpDeviceListText.h"
#include "core/esxi/text/VmkpingText.h"

#include <QTest>

using namespace mpio;
using namespace mpio::esxi;
using PingError = PingOutcome::Error;

Q_DECLARE_METATYPE(PingOutcome::Error)

namespace {
QString sample(const QString& name)
{
    const QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("esxi-samples/") + name));
    return QString::fromUtf8(bytes);
}
} // namespace

class TestEsxiTextParsers : public QObject
{
    Q_OBJECT

private slots:
    void vmkping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("received");
        QTest::addColumn<double>("avgRtt");
        QTest::addColumn<PingError>("error");
        QTest::newRow("S-PG jumbo success")
            << QStringLiteral("s-pg-vmkping-jumbo.txt") << 3 << 3 << 0.458 << PingError::None;
        QTest::newRow("S-VH default size, -c 2")
            << QStringLiteral("s-vh-vmkping-default.txt") << 2 << 2 << 3.434 << PingError::None;
        QTest::newRow("S-OG message too long") << QStringLiteral("s-og-vmkping-message-too-long.txt") << 3
                                               << 0 << -1.0 << PingError::MessageTooLong;
        QTest::newRow("KB 393677 host is down")
            << QStringLiteral("kb393677-vmkping-host-down.txt") << 1 << 0 << -1.0 << PingError::HostDown;
        QTest::newRow("network unreachable") << QStringLiteral("vn-vmkping-network-unreachable.txt") << 1 << 0
                                             << -1.0 << PingError::NetworkUnreachable;
        QTest::newRow("RECONSTRUCTED silent drop")
            << QStringLiteral("reconstructed-vmkping-timeout.txt") << 3 << 0 << -1.0 << PingError::None;
    }
    void vmkping()
    {
        QFETCH(QString, file);
        QFETCH(int, sent);
        QFETCH(int, received);
        QFETCH(double, avgRtt);
        QFETCH(PingError, error);
        const QString text = sample(file);
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        const PingOutcome p = parseVmkping(text);
        QVERIFY(p.ran);
        QCOMPARE(p.sent, sent);
        QCOMPARE(p.received, received);
        QCOMPARE(p.avgRttMs, avgRtt);
        QCOMPARE(p.error, error);
        QCOMPARE(p.errorText.isEmpty(), error == PingError::None);
        QCOMPARE(p.anyReply(), received > 0);
    }

    void vmkpingDamagedInput()
    {
        QVERIFY(!parseVmkping(QString()).ran);
        QVERIFY(!parseVmkping(QStringLiteral("sh: vmkping: not found")).ran);
        // A summary that claims fewer replies than we saw: the reply lines win.
        const PingOutcome p =
            parseVmkping(QStringLiteral("PING 10.20.10.10 (10.20.10.10): 8972 data bytes\n"
                                        "8980 bytes from 10.20.10.10: icmp_seq=0 ttl=64 time=0.2 ms\n\n"
                                        "--- 10.20.10.10 ping statistics ---\n3 packets transmitted, 0 "
                                        "packets received, 100% packet loss\n"));
        QCOMPARE(p.received, 1);
        // Windows line ends, an unknown sendto() reason.
        const PingOutcome q = parseVmkping(QStringLiteral(
            "PING 10.0.0.1 (10.0.0.1): 56 data bytes\r\nsendto() failed (No buffer space available)\r\n"));
        QCOMPARE(q.error, PingError::Other);
        QCOMPARE(q.errorText, QStringLiteral("sendto() failed (No buffer space available)"));
    }

    void nmpDeviceList_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("satp");
        QTest::addColumn<QString>("psp");
        QTest::addColumn<QString>("rrType");
        QTest::addColumn<int>("rrIops");
        QTest::addColumn<bool>("alua");
        QTest::addColumn<int>("workingPaths");
        QTest::newRow("S-EL RR default (ALUA)")
            << QStringLiteral("s-el-nmp-device-rr.txt")
            << QStringLiteral("naa.600144f009d4d236000056918f920002") << QStringLiteral("VMW_SATP_ALUA")
            << QStringLiteral("VMW_PSP_RR") << QStringLiteral("rr") << 1000 << true << 2;
        QTest::newRow("S-EL MRU") << QStringLiteral("s-el-nmp-device-mru.txt")
                                  << QStringLiteral("naa.600144f009d4d236000056918f920002")
                                  << QStringLiteral("VMW_SATP_ALUA") << QStringLiteral("VMW_PSP_MRU")
                                  << QString() << 0 << true << 1;
        QTest::newRow("S-JW FIXED, TrueNAS, no indentation")
            << QStringLiteral("s-jw-nmp-device-fixed.txt")
            << QStringLiteral("naa.6589cfc00000027e04e9c9a5e50c0fe5") << QStringLiteral("VMW_SATP_DEFAULT_AA")
            << QStringLiteral("VMW_PSP_FIXED") << QString() << 0 << false << 1;
        QTest::newRow("S-JW RR iops=1, TrueNAS, 4 paths")
            << QStringLiteral("s-jw-nmp-device-rr.txt")
            << QStringLiteral("naa.6589cfc00000027e04e9c9a5e50c0fe5") << QStringLiteral("VMW_SATP_DEFAULT_AA")
            << QStringLiteral("VMW_PSP_RR") << QStringLiteral("iops") << 1 << false << 4;
        QTest::newRow("S-BB RR default")
            << QStringLiteral("s-bb-nmp-device-rr.txt")
            << QStringLiteral("naa.60a010a03ff1bb511962194c40626cd1") << QStringLiteral("VMW_SATP_DEFAULT_AA")
            << QStringLiteral("VMW_PSP_RR") << QStringLiteral("rr") << 1000 << false << 2;
        QTest::newRow("S-BB RR iops=8")
            << QStringLiteral("s-bb-nmp-device-rr-iops8.txt")
            << QStringLiteral("naa.60a010a03ff1bb511962194c40626cd1") << QStringLiteral("VMW_SATP_DEFAULT_AA")
            << QStringLiteral("VMW_PSP_RR") << QStringLiteral("iops") << 8 << false << 2;
    }
    void nmpDeviceList()
    {
        QFETCH(QString, file);
        const QList<EsxiSnapshot::Device> devices = parseNmpDeviceList(sample(file));
        QCOMPARE(devices.size(), 1);
        const EsxiSnapshot::Device& d = devices.first();
        QTEST(d.id, "id");
        QTEST(d.satp, "satp");
        QTEST(d.psp, "psp");
        QTEST(d.rrType, "rrType");
        QTEST(d.rrIops, "rrIops");
        QTEST(d.alua, "alua");
        QTEST(int(d.workingPaths.size()), "workingPaths");
        QVERIFY(d.displayName.endsWith(QLatin1String("(") + d.id + QLatin1String(")")));
        for (const QString& p : d.workingPaths)
            QVERIFY2(p.startsWith(QLatin1String("vmhba")) && p.count(u':') == 3, qPrintable(p));
    }

    void nmpDeviceListOfSeveralDevices()
    {
        const QString both = sample(QStringLiteral("s-el-nmp-device-mru.txt")) + QLatin1Char('\n') +
                             sample(QStringLiteral("s-jw-nmp-device-rr.txt"));
        const auto devices = parseNmpDeviceList(both);
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices[0].psp, QStringLiteral("VMW_PSP_MRU"));
        QCOMPARE(devices[1].rrIops, 1);
        QVERIFY(parseNmpDeviceList(QStringLiteral("Error: Unknown command or namespace storage nmp dev"))
                    .isEmpty());
    }

    void corePathList()
    {
        const auto paths = parseCorePathList(sample(QStringLiteral("s-cn-core-path-list.txt")));
        QCOMPARE(paths.size(), 1);
        const EsxiSnapshot::Path& p = paths.first();
        QCOMPARE(p.runtimeName, QStringLiteral("vmhba38:C0:T1:L1"));
        QCOMPARE(p.device, QStringLiteral("naa.6000d31000771000000000000000000d"));
        QCOMPARE(p.adapter, QStringLiteral("vmhba38"));
        QCOMPARE(p.state, QStringLiteral("active"));
        QCOMPARE(p.targetIqn, QStringLiteral("iqn.2002-03.com.compellent:5000d3100077102b"));
        QCOMPARE(p.name,
                 QStringLiteral("iqn.1998-01.com.vmware:ESXI-1-113d8999-00023d000001,iqn.2002-03.com."
                                "compellent:5000d3100077102b,t,0-naa.6000d31000771000000000000000000d"));
    }
};

QTEST_GUILESS_MAIN(TestEsxiTextParsers)
#include "tst_esxi_text_parsers.moc"
