// The plan/apply engine on the scenarios that are not a blank site (issue 5, "Tests against the lab"):
//   mtu-broken-switch-b  the jumbo gate inside apply fails on path B only, with a diagnosis that names the
//                        switch / TrueNAS hop (1472 passes); nothing of the iSCSI part was applied; rollback
//                        returns the lab to its exact state.
//   standby-uplink       esx01's existing iSCSI-A has a standby uplink: the plan fixes that port group's
//                        failover order and leaves its existing vmk alone; apply + verify pass.
//   already-configured   the article's end state: the plan is empty, the audit is clean with the profile and
//                        without one, verify passes (TrueNAS lists the sessions ESXi has).
// Every mpioctl run is bounded (120 s); the lab runs at 50 ms per esxcli call (a functional test).
#include "LabProcess.h"
#include "Mpioctl.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;

namespace {

// The network part of a plan (what the jumbo gate waits for): vSwitches, port groups, vmks, TrueNAS NICs.
bool isNetworkStep(const QString& id)
{
    const QString rest = id.section(u'/', 1);
    return rest.startsWith(QLatin1String("vswitch/")) || rest.startsWith(QLatin1String("portgroup/")) ||
           rest.startsWith(QLatin1String("vmk")) || id.startsWith(QLatin1String("truenas/nic/"));
}

QStringList ids(const QJsonArray& operations)
{
    QStringList out;
    for (const QJsonValue& v : operations)
        out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

} // namespace

class TestApplyScenariosLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

    test::MpioctlRun mpioctl(const QStringList& args) { return test::mpioctl(args, m_state.path()); }

    static QStringList site(const QString& profile, const test::LabProcess& lab)
    {
        return {QStringLiteral("--profile"), test::dataPath(QStringLiteral("profiles/%1.json").arg(profile)),
                QStringLiteral("--lab"), lab.stateDir()};
    }

    static bool startLab(test::LabProcess& lab, const QString& scenario, QString* error)
    {
        return lab.start(scenario, error) &&
               lab.control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}, error).has_value();
    }

private slots:
    void initTestCase() { QVERIFY(m_state.isValid()); }

    // The gate is a step of the DAG: after every network step, before every other step.
    void gateSitsBetweenNetworkAndIscsi()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(startLab(lab, QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        const auto plan =
            mpioctl(QStringList{QStringLiteral("plan")} + site(QStringLiteral("seed-two-paths"), lab));
        QCOMPARE(plan.exitCode, 0);
        const QJsonArray ops = plan.json.value(QStringLiteral("operations")).toArray();
        QJsonObject gate;
        int network = 0, guarded = 0;
        for (const QJsonValue& v : ops) {
            const QJsonObject op = v.toObject();
            const QString id = op.value(QStringLiteral("id")).toString();
            const QStringList deps = op.value(QStringLiteral("dependsOn")).toVariant().toStringList();
            if (id == QLatin1String("checks/jumbo-gate")) {
                gate = op;
            } else if (isNetworkStep(id)) {
                ++network;
                QVERIFY2(!deps.contains(QStringLiteral("checks/jumbo-gate")), qPrintable(id));
            } else {
                ++guarded;
                QVERIFY2(deps.contains(QStringLiteral("checks/jumbo-gate")), qPrintable(id));
            }
        }
        QVERIFY(!gate.isEmpty());
        QCOMPARE(gate.value(QStringLiteral("rule")).toString(), QStringLiteral("MTU-JUMBO-CHECK"));
        const QStringList gateDeps = gate.value(QStringLiteral("dependsOn")).toVariant().toStringList();
        QCOMPARE(gateDeps.size(), network);
        QVERIFY(network > 10);
        QVERIFY(guarded > 10);
    }

    void mtuBrokenSwitchBStopsAtTheGate()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(startLab(lab, QStringLiteral("mtu-broken-switch-b"), &error), qPrintable(error));
        const auto before = lab.control(QStringLiteral("state"));
        QVERIFY(before);
        const QStringList s = site(QStringLiteral("seed-two-paths"), lab);

        const auto apply = mpioctl(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + s);
        QCOMPARE(apply.exitCode, 4); // ApplyFailed: stopped, journal kept
        QCOMPARE(apply.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("stopped"));
        QCOMPARE(apply.json.value(QStringLiteral("failed")).toVariant().toStringList(),
                 QStringList{QStringLiteral("checks/jumbo-gate")});
        const QString message = apply.json.value(QStringLiteral("error")).toString();
        QVERIFY2(message.contains(QLatin1String("MTU-JUMBO-CHECK")), qPrintable(message));
        // Path B's cells fail with a diagnosis naming the switch / TrueNAS hop; path A's do not appear.
        QVERIFY2(message.contains(QLatin1String("10.20.20.10")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("→10.20.10.10")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("switch"), Qt::CaseInsensitive), qPrintable(message));
        const QStringList applied = apply.json.value(QStringLiteral("applied")).toVariant().toStringList();
        QVERIFY(!applied.isEmpty());
        for (const QString& id : applied)
            QVERIFY2(isNetworkStep(id), qPrintable(id + QStringLiteral(" ran before the gate passed")));

        // Nothing of the iSCSI part on either side.
        const auto seen = mpioctl({QStringLiteral("discover"), QStringLiteral("--lab"), lab.stateDir()});
        QCOMPARE(seen.exitCode, 0);
        for (const QJsonValue& h : seen.json.value(QStringLiteral("esxi")).toArray()) {
            const QJsonObject iscsi = h.toObject().value(QStringLiteral("iscsi")).toObject();
            QVERIFY(!iscsi.value(QStringLiteral("enabled")).toBool());
            QVERIFY(iscsi.value(QStringLiteral("staticTargets")).toArray().isEmpty());
        }
        const QJsonObject tnIscsi =
            seen.json.value(QStringLiteral("truenas")).toObject().value(QStringLiteral("iscsi")).toObject();
        QVERIFY(tnIscsi.value(QStringLiteral("portals")).toArray().isEmpty());
        QVERIFY(tnIscsi.value(QStringLiteral("targets")).toArray().isEmpty());

        // The journal rolls the network part back to the exact state before.
        const auto rollback = mpioctl(
            QStringList{QStringLiteral("rollback"), apply.json.value(QStringLiteral("journal")).toString()} +
            s);
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
        const auto after = lab.control(QStringLiteral("state"));
        QVERIFY(after);
        const QJsonValue a = test::normalizedLabState(*before), b = test::normalizedLabState(*after);
        QVERIFY2(a == b, qPrintable(test::firstDifference(a, b)));
    }

    void standbyUplinkIsFixedAndNothingElseOnIt()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(startLab(lab, QStringLiteral("standby-uplink"), &error), qPrintable(error));
        const QStringList s = site(QStringLiteral("seed-two-paths"), lab);
        const auto audit = mpioctl(QStringList{QStringLiteral("audit")} + s);
        QCOMPARE(audit.exitCode, 1);
        QVERIFY2(audit.out.contains("ESX-ONE-ACTIVE-UPLINK"), audit.out.constData());

        const auto plan = mpioctl(QStringList{QStringLiteral("plan")} + s);
        QCOMPARE(plan.exitCode, 0);
        const QStringList planned = ids(plan.json.value(QStringLiteral("operations")).toArray());
        QVERIFY2(planned.contains(QStringLiteral("esx01/portgroup/iSCSI-A/failover")),
                 qPrintable(planned.join(u' ')));
        // esx01's vmk2 exists with the right address and MTU: not touched.
        for (const QString& id : planned)
            QVERIFY2(!id.startsWith(QLatin1String("esx01/vmk2/")), qPrintable(id));
        QVERIFY(planned.contains(QStringLiteral("esx02/vmk2/create")));

        const auto apply = mpioctl(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + s);
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        const auto verify = mpioctl(QStringList{QStringLiteral("verify")} + s);
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const auto again = mpioctl(QStringList{QStringLiteral("plan")} + s);
        QVERIFY2(again.json.value(QStringLiteral("operations")).toArray().isEmpty(), again.out.constData());
    }

    void alreadyConfiguredIsLeftAlone()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(startLab(lab, QStringLiteral("already-configured"), &error), qPrintable(error));
        const QStringList s = site(QStringLiteral("already-configured"), lab);
        const auto plan = mpioctl(QStringList{QStringLiteral("plan")} + s);
        QCOMPARE(plan.exitCode, 0);
        QVERIFY2(plan.json.value(QStringLiteral("operations")).toArray().isEmpty(), plan.out.constData());
        const auto apply = mpioctl(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + s);
        QCOMPARE(apply.exitCode, 0);
        QCOMPARE(apply.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("nothing-to-do"));
        const auto verify = mpioctl(QStringList{QStringLiteral("verify")} + s);
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const auto audit = mpioctl(QStringList{QStringLiteral("audit")} + s);
        QVERIFY2(audit.exitCode == 0, audit.out.constData());
        const auto inferred = mpioctl({QStringLiteral("audit"), QStringLiteral("--lab"), lab.stateDir()});
        QVERIFY2(inferred.exitCode == 0, inferred.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestApplyScenariosLab)
#include "tst_apply_scenarios_lab.moc"
