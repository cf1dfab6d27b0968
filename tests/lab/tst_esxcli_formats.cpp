// Every read-only esxcli command of the lab in every formatter, on a fully configured host: XML and JSON
// parse, keyvalue lines are path=value, csv rows end with ',', text tables have a dash rule. Plus a bounded
// random command-line sweep: the shell never crashes and only answers with known exit codes.

#include "LabFakes.h"

#include "app/lab/esxi/Esxcli.h"
#include "app/lab/shell/EsxiShell.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace mpio::lab;
using namespace mpio::test;

class TstEsxcliFormats : public QObject
{
    Q_OBJECT

private:
    EsxiHostState m_host;
    EsxiShell m_shell;
    FakeProbe m_probe;
    FakeStorage m_storage;
    const QString m_naa = QStringLiteral("naa.6589cfc0000002f5c8a1e4b3d9f07a61");

    CommandOutput exec(const QString& line) { return m_shell.run(QStringLiteral("esx01"), line); }

private slots:
    void initTestCase()
    {
        m_host.hostname = QStringLiteral("esx01");
        m_probe.host = &m_host;
        m_storage.portals = {QStringLiteral("10.20.10.10:3260")};
        m_storage.luns = {trueNasLun(0, m_naa)};
        m_shell.addHost(QStringLiteral("esx01"), &m_host);
        m_shell.setNetworkProbe(&m_probe);
        m_shell.setStorageSide(&m_storage);
        m_host.vmnics << Vmnic{QStringLiteral("vmnic0")} << Vmnic{QStringLiteral("vmnic1")};
        const QStringList setup{
            QStringLiteral("esxcli network vswitch standard add -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard uplink add -u vmnic1 -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard portgroup add -p iSCSI-A -v vSwitch1"),
            QStringLiteral("esxcli network ip interface add -i vmk1 -p iSCSI-A -m 9000"),
            QStringLiteral(
                "esxcli network ip interface ipv4 set -i vmk1 -t static -I 10.20.10.11 -N 255.255.255.0"),
            QStringLiteral("esxcli iscsi software set -e true"),
            QStringLiteral("esxcli iscsi networkportal add -A vmhba64 -n vmk1"),
            QStringLiteral("esxcli iscsi adapter discovery sendtarget add -A vmhba64 -a 10.20.10.10"),
            QStringLiteral("esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10 -n "
                           "iqn.2005-10.org.freenas.ctl:esx"),
            QStringLiteral(
                "esxcli storage nmp satp rule add -s VMW_SATP_DEFAULT_AA -V TrueNAS -M \"iSCSI Disk\" "
                "-P VMW_PSP_RR -O \"policy=iops;iops=1;\" -e \"a <b> & 'c'\""),
            QStringLiteral("esxcli storage core adapter rescan --all"),
        };
        for (const QString& s : setup) {
            const CommandOutput o = exec(s);
            QVERIFY2(o.exitCode == 0, qPrintable(s + QLatin1Char(' ') + QString::fromUtf8(o.out)));
        }
        QCOMPARE(m_host.paths.size(), 1);
    }

    void everyReadCommandInEveryFormat_data()
    {
        QTest::addColumn<QString>("command");
        // Required options for the read commands that need them.
        const QHash<QString, QString> extra{
            {QStringLiteral("network nic get"), QStringLiteral("-n vmnic0")},
            {QStringLiteral("network vswitch standard portgroup policy failover get"),
             QStringLiteral("-p iSCSI-A")},
            {QStringLiteral("network vswitch standard policy failover get"), QStringLiteral("-v vSwitch1")},
            {QStringLiteral("iscsi adapter get"), QStringLiteral("-A vmhba64")},
            {QStringLiteral("iscsi adapter param get"), QStringLiteral("-A vmhba64")},
            {QStringLiteral("iscsi adapter auth chap get"), QStringLiteral("-A vmhba64")},
            {QStringLiteral("storage nmp psp roundrobin deviceconfig get"), QStringLiteral("-d ") + m_naa},
        };
        int n = 0;
        for (const QString& path : Esxcli::commandPaths()) {
            if (!path.endsWith(QLatin1String(" list")) && !path.endsWith(QLatin1String(" get")))
                continue;
            QTest::newRow(qPrintable(path)) << QString(path + QLatin1Char(' ') + extra.value(path)).trimmed();
            ++n;
        }
        QTest::newRow("network diag ping")
            << QStringLiteral("network diag ping -I vmk1 -H 10.20.10.10 -c 2 --df -s 8972");
        QVERIFY(n >= 25);
    }

    void everyReadCommandInEveryFormat()
    {
        QFETCH(QString, command);
        const CommandOutput text = exec(QStringLiteral("esxcli ") + command);
        QVERIFY2(text.exitCode == 0, text.out.constData());
        QVERIFY(!text.out.isEmpty());
        if (text.out.contains("\n--")) { // a table: the second line is the dash rule
            const QByteArray rule = text.out.split('\n').value(1);
            QVERIFY(!rule.isEmpty());
            for (char ch : rule)
                QVERIFY(ch == '-' || ch == ' ');
        }

        const CommandOutput xml = exec(QStringLiteral("esxcli --formatter=xml ") + command);
        QCOMPARE(xml.exitCode, 0);
        QXmlStreamReader r(xml.out);
        int structures = 0;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("structure"))
                ++structures;
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString() + QLatin1Char('\n') + QString::fromUtf8(xml.out)));
        QVERIFY(xml.out.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<output xmlns="));

        const CommandOutput kv = exec(QStringLiteral("esxcli --formatter=keyvalue ") + command);
        QCOMPARE(kv.exitCode, 0);
        for (const QByteArray& l : kv.out.split('\n'))
            if (!l.isEmpty())
                QVERIFY2(l.contains('='), l.constData());

        const CommandOutput csv = exec(QStringLiteral("esxcli --formatter=csv ") + command);
        QCOMPARE(csv.exitCode, 0);
        for (const QByteArray& l : csv.out.split('\n'))
            if (!l.isEmpty() && structures > 0)
                QVERIFY2(l.endsWith(','), l.constData());

        const CommandOutput json = exec(QStringLiteral("esxcli --formatter=json ") + command);
        QCOMPARE(json.exitCode, 0);
        QJsonParseError err;
        QJsonDocument::fromJson(json.out, &err);
        QVERIFY2(err.error == QJsonParseError::NoError || json.out == "true\n" || json.out == "false\n",
                 json.out.constData());
    }

    void xmlEscapesValues()
    {
        const CommandOutput xml = exec(QStringLiteral("esxcli --formatter=xml storage nmp satp rule list"));
        QVERIFY(xml.out.contains("<string>a &lt;b&gt; &amp; 'c'</string>"));
    }

    void randomCommandLinesNeverCrash()
    {
        const QStringList words{QStringLiteral("esxcli"),
                                QStringLiteral("network"),
                                QStringLiteral("nic"),
                                QStringLiteral("list"),
                                QStringLiteral("storage"),
                                QStringLiteral("nmp"),
                                QStringLiteral("device"),
                                QStringLiteral("set"),
                                QStringLiteral("-d"),
                                QStringLiteral("--psp=VMW_PSP_RR"),
                                QStringLiteral("'a b'"),
                                QStringLiteral("\"x\""),
                                QStringLiteral("&&"),
                                QStringLiteral("||"),
                                QStringLiteral(";"),
                                QStringLiteral("|"),
                                QStringLiteral("\\"),
                                QStringLiteral("'"),
                                QStringLiteral("\""),
                                QStringLiteral("$?"),
                                QStringLiteral("vmkping"),
                                QStringLiteral("-s"),
                                QStringLiteral("8972"),
                                QStringLiteral("10.20.10.10"),
                                QStringLiteral("echo"),
                                QStringLiteral("exit"),
                                QStringLiteral("2>&1"),
                                QStringLiteral(">"),
                                QStringLiteral("--formatter=xml"),
                                QStringLiteral("iscsi"),
                                QStringLiteral("session"),
                                QStringLiteral("remove"),
                                QStringLiteral("-A"),
                                QStringLiteral("vmhba64"),
                                QStringLiteral("=")};
        QRandomGenerator rng(20261124);
        const QSet<int> known{0, 1, 2, 127};
        for (int i = 0; i < 3000; ++i) {
            QStringList line;
            const int n = int(rng.bounded(1, 9));
            for (int k = 0; k < n; ++k)
                line << words[int(rng.bounded(int(words.size())))];
            const QString joined = line.join(rng.bounded(2) ? QStringLiteral(" ") : QString());
            const CommandOutput o = exec(joined);
            QVERIFY2(known.contains(o.exitCode) || joined.contains(QLatin1String("exit")),
                     qPrintable(joined + QStringLiteral(" -> ") + QString::number(o.exitCode)));
        }
    }
};

QTEST_GUILESS_MAIN(TstEsxcliFormats)
#include "tst_esxcli_formats.moc"
