// Plan → apply → verify → roll back on the lab, through mpioctl (issue 5): seed-two-paths gets 2 active
// paths per device with RR iops=1 on every host, a second plan is empty, and a rollback — after a clean
// apply and after an apply that failed at step k — returns the lab to its exact state before (state dumps
// compared, only counters that can only grow are left out).
#include "LabProcess.h"
#include "Mpioctl.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace mpio;

class TestApplyLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;
    const QString m_profile = test::dataPath(QStringLiteral("profiles/seed-two-paths.json"));

    using Run = test::MpioctlRun;
    Run mpioctl(const QStringList& args) { return test::mpioctl(args, m_state.path()); }

    QJsonObject state(test::LabProcess& lab)
    {
        const auto r = lab.control(QStringLiteral("state"));
        return r ? test::normalizedLabState(*r).toObject() : QJsonObject{};
    }

    bool control(test::LabProcess& lab, const QString& action, const QJsonObject& args)
    {
        return lab.control(action, args).has_value();
    }

    static QString firstDifference(const QJsonValue& a, const QJsonValue& b)
    {
        return test::firstDifference(a, b);
    }

private slots:
    void initTestCase() { QVERIFY(m_state.isValid()); }

    void applyVerifyPlanAgainRollBack()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        // Functional test, not a benchmark: 50 ms per esxcli call instead of the modelled 400 ms.
        QVERIFY(control(lab, QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}));
        const QJsonObject before = state(lab);
        QVERIFY(!before.isEmpty());
        const QStringList site{QStringLiteral("--profile"), m_profile, QStringLiteral("--lab"),
                               lab.stateDir()};

        const Run plan = mpioctl(QStringList{QStringLiteral("plan")} + site);
        QCOMPARE(plan.exitCode, 0);
        QVERIFY(plan.json.value(QStringLiteral("operations")).toArray().size() > 30);
        QCOMPARE(mpioctl(QStringList{QStringLiteral("verify")} + site).exitCode, 1); // nothing configured yet
        // The audit sees the same differences, read-only: every planned step is a finding.
        const Run auditBefore = mpioctl(QStringList{QStringLiteral("audit")} + site);
        QCOMPARE(auditBefore.exitCode, 1);
        QVERIFY(auditBefore.json.value(QStringLiteral("differences")).toInt() > 30);
        QVERIFY(state(lab) == before);

        const Run apply = mpioctl(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + site);
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        QCOMPARE(apply.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        const QString journal = apply.json.value(QStringLiteral("journal")).toString();
        qInfo("apply: %d steps in %.1f s, %d esxcli calls",
              int(apply.json.value(QStringLiteral("applied")).toArray().size()),
              apply.json.value(QStringLiteral("seconds")).toDouble(),
              apply.json.value(QStringLiteral("esxcliCalls")).toInt());

        // Verified through discovery: every host sees the TrueNAS device on 2 active paths, RR iops=1.
        const Run seen = mpioctl({QStringLiteral("discover"), QStringLiteral("--lab"), lab.stateDir()});
        QCOMPARE(seen.exitCode, 0);
        const QJsonArray hosts = seen.json.value(QStringLiteral("esxi")).toArray();
        QCOMPARE(hosts.size(), 2);
        for (const QJsonValue& h : hosts) {
            const QJsonArray devices = h.toObject().value(QStringLiteral("devices")).toArray();
            QCOMPARE(devices.size(), 1);
            QCOMPARE(devices.first().toObject().value(QStringLiteral("psp")).toString(),
                     QStringLiteral("VMW_PSP_RR"));
            QCOMPARE(devices.first().toObject().value(QStringLiteral("rrIops")).toInt(), 1);
            int active = 0;
            for (const QJsonValue& p : h.toObject().value(QStringLiteral("paths")).toArray())
                active += p.toObject().value(QStringLiteral("state")).toString() == QLatin1String("active");
            QCOMPARE(active, 2);
        }
        // TrueNAS sees one session per host and path (2 × 2).
        QCOMPARE(seen.json.value(QStringLiteral("truenas"))
                     .toObject()
                     .value(QStringLiteral("iscsi"))
                     .toObject()
                     .value(QStringLiteral("sessions"))
                     .toArray()
                     .size(),
                 4);

        // mpioctl verify: every check passes now (paths, policy, claim rule, TrueNAS sessions per host and
        // path).
        const Run verified = mpioctl(QStringList{QStringLiteral("verify")} + site);
        QVERIFY2(verified.exitCode == 0, QJsonDocument(verified.json).toJson().constData());
        QVERIFY(verified.json.value(QStringLiteral("passed")).toBool());
        QCOMPARE(verified.json.value(QStringLiteral("checks")).toArray().size(),
                 2 * 4); // per host: paths, policy, rule, sessions

        // Audit after the apply: clean against the profile, and clean without one (paths inferred from the
        // portal IPs and the vmks in their subnets).
        const Run audit = mpioctl(QStringList{QStringLiteral("audit")} + site);
        QVERIFY2(audit.exitCode == 0, audit.out.constData());
        const Run inferred = mpioctl({QStringLiteral("audit"), QStringLiteral("--lab"), lab.stateDir()});
        QVERIFY2(inferred.exitCode == 0, inferred.out.constData());
        QVERIFY(inferred.json.value(QStringLiteral("inferred")).toBool());
        QCOMPARE(inferred.json.value(QStringLiteral("paths")).toArray().size(), 2);

        const Run again = mpioctl(QStringList{QStringLiteral("plan")} + site);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.json.value(QStringLiteral("operations")).toArray().isEmpty(),
                 QJsonDocument(again.json).toJson().constData());

        const Run rollback = mpioctl(QStringList{QStringLiteral("rollback"), journal} + site);
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
        QCOMPARE(rollback.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("rolled-back"));
        const QJsonObject after = state(lab);
        QVERIFY2(after == before, qPrintable(firstDifference(before, after)));
    }

    void failureAtStepKThenRollBack_data()
    {
        QTest::addColumn<int>("call");
        QTest::newRow("esx01, 3rd call of the apply") << 3;
        QTest::newRow("esx01, 12th call of the apply") << 12;
    }
    void failureAtStepKThenRollBack()
    {
        QFETCH(int, call);
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        QVERIFY(control(lab, QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}));
        const QJsonObject before = state(lab);
        const QStringList site{QStringLiteral("--profile"), m_profile, QStringLiteral("--lab"),
                               lab.stateDir()};
        // Discovery takes a known number of calls first (it runs again in apply): fail a call after it.
        const Run plan = mpioctl(QStringList{QStringLiteral("plan")} + site);
        QCOMPARE(plan.exitCode, 0);
        const int discoveryCalls = 16;
        QVERIFY(control(lab, QStringLiteral("esxcli-fail"),
                        {{QStringLiteral("host"), QStringLiteral("esx01")},
                         {QStringLiteral("call"), discoveryCalls + call},
                         {QStringLiteral("error"), QStringLiteral("Error: injected failure by the test")}}));
        const Run apply = mpioctl(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + site);
        QCOMPARE(apply.exitCode, 4);
        QVERIFY(!apply.json.value(QStringLiteral("failed")).toArray().isEmpty());
        QVERIFY(
            apply.json.value(QStringLiteral("error")).toString().contains(QLatin1String("injected failure")));
        const QString journal = apply.json.value(QStringLiteral("journal")).toString();
        QVERIFY(QFile::exists(journal));

        const Run rollback = mpioctl(QStringList{QStringLiteral("rollback"), journal} + site);
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
        const QJsonObject after = state(lab);
        QVERIFY2(after == before, qPrintable(firstDifference(before, after)));
    }
};

QTEST_GUILESS_MAIN(TestApplyLab)
#include "tst_apply_lab.moc"
