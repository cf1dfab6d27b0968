// `mpioctl discover --lab DIR --json` (issue 3): every lab host read over real SSH into an EsxiSnapshot —
// on `already-configured` the article's end state (vmk2/vmk3 with their /29 addresses at MTU 9000, one
// active uplink each, no port binding, static targets per portal, the TrueNAS device on RR iops=1 with two
// active paths, the claim rule), on `seed-two-paths` the unconfigured start (software iSCSI off, no device).
#include "LabProcess.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDiscoverEsxiLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

    QJsonObject discover(const QString& scenario)
    {
        mpio::test::LabProcess lab;
        QString error;
        if (!lab.start(scenario, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QProcess p;
        p.start(QStringLiteral(MPIOCTL_BIN),
                {QStringLiteral("discover"), QStringLiteral("--lab"), lab.stateDir(),
                 QStringLiteral("--json"), QStringLiteral("--state-dir"), m_state.path()});
        if (!p.waitForFinished(60000))
            return {};
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    static QJsonObject byName(const QJsonArray& list, const QString& name,
                              const QString& key = QStringLiteral("name"))
    {
        for (const QJsonValue& v : list)
            if (v.toObject().value(key).toString() == name)
                return v.toObject();
        return {};
    }

private slots:
    void alreadyConfigured()
    {
        const QJsonObject out = discover(QStringLiteral("already-configured"));
        const QJsonArray hosts = out.value(QStringLiteral("esxi")).toArray();
        QCOMPARE(hosts.size(), 2);
        for (const QJsonValue& hv : hosts) {
            const QJsonObject h = hv.toObject();
            QVERIFY2(!h.contains(QStringLiteral("error")), QJsonDocument(h).toJson().constData());
            const QJsonObject vmk2 =
                byName(h.value(QStringLiteral("vmks")).toArray(), QStringLiteral("vmk2"));
            QVERIFY(vmk2.value(QStringLiteral("ipv4")).toString().startsWith(QLatin1String("10.20.10.")));
            QCOMPARE(vmk2.value(QStringLiteral("netmask")).toString(), QStringLiteral("255.255.255.248"));
            QCOMPARE(vmk2.value(QStringLiteral("mtu")).toInt(), 9000);
            const QJsonObject pgA =
                byName(h.value(QStringLiteral("portGroups")).toArray(), QStringLiteral("iSCSI-A"));
            QCOMPARE(pgA.value(QStringLiteral("failover"))
                         .toObject()
                         .value(QStringLiteral("active"))
                         .toArray()
                         .size(),
                     1);
            QVERIFY(pgA.value(QStringLiteral("failover"))
                        .toObject()
                        .value(QStringLiteral("standby"))
                        .toArray()
                        .isEmpty());
            const QJsonObject iscsi = h.value(QStringLiteral("iscsi")).toObject();
            QVERIFY(iscsi.value(QStringLiteral("enabled")).toBool());
            QVERIFY(iscsi.value(QStringLiteral("iqn"))
                        .toString()
                        .startsWith(QLatin1String("iqn.1998-01.com.vmware:")));
            QVERIFY(iscsi.value(QStringLiteral("boundVmks")).toArray().isEmpty()); // ESX-BINDING-SAME-SUBNET
            QCOMPARE(iscsi.value(QStringLiteral("staticTargets")).toArray().size(), 2);
            const QJsonArray devices = h.value(QStringLiteral("devices")).toArray();
            QCOMPARE(devices.size(), 1);
            const QJsonObject d = devices.first().toObject();
            QCOMPARE(d.value(QStringLiteral("vendor")).toString(), QStringLiteral("TrueNAS"));
            QCOMPARE(d.value(QStringLiteral("psp")).toString(), QStringLiteral("VMW_PSP_RR"));
            QCOMPARE(d.value(QStringLiteral("rrIops")).toInt(), 1);
            QCOMPARE(d.value(QStringLiteral("workingPaths")).toArray().size(), 2);
            int active = 0;
            for (const QJsonValue& p : h.value(QStringLiteral("paths")).toArray())
                active += p.toObject().value(QStringLiteral("state")).toString() == QLatin1String("active");
            QCOMPARE(active, 2);
            const QJsonArray rules = h.value(QStringLiteral("satpRules")).toArray();
            QCOMPARE(rules.size(), 1);
            QCOMPARE(rules.first().toObject().value(QStringLiteral("pspOptions")).toString(),
                     QStringLiteral("policy=iops;iops=1;"));
        }
        QVERIFY(out.contains(QStringLiteral("truenas"))); // both sides in one call
    }

    void seedTwoPathsIsUnconfigured()
    {
        const QJsonObject out = discover(QStringLiteral("seed-two-paths"));
        const QJsonArray hosts = out.value(QStringLiteral("esxi")).toArray();
        QCOMPARE(hosts.size(), 2);
        for (const QJsonValue& hv : hosts) {
            const QJsonObject h = hv.toObject();
            QVERIFY(!h.value(QStringLiteral("iscsi")).toObject().value(QStringLiteral("enabled")).toBool());
            QVERIFY(h.value(QStringLiteral("devices")).toArray().isEmpty());
            QVERIFY(byName(h.value(QStringLiteral("vmks")).toArray(), QStringLiteral("vmk0"))
                        .contains(QStringLiteral("ipv4")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscoverEsxiLab)
#include "tst_discover_esxi_lab.moc"
