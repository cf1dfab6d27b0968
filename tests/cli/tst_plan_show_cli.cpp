#include "../core/PlanTestWorld.h"
#include "TestEnv.h"
#include "core/plan/Journal.h"
#include "core/plan/PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;

// mpioctl plan --show as a user runs it: a saved plan and a journal, as text and JSON; damaged input exits 2.
class TestPlanShowCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run mpioctl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(MPIOCTL_BIN),
                QStringList{args} << QStringLiteral("--state-dir") << m_dir.path());
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, {}, "timeout"};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void savedPlanAsTextAndJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(PlanJson::saveFile(test::worldPlan(), path).ok());
        Run r = mpioctl({QStringLiteral("plan"), QStringLiteral("--show"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.startsWith("Plan for test-site: 14 operation(s) on 3 system(s)."));
        QVERIFY(r.out.contains("TrueNAS — truenas"));
        QVERIFY(r.out.contains("ESXi — esx02"));
        QVERIFY(r.out.contains("  14. "));
        QVERIFY(r.out.contains("Estimated time: at least"));

        r = mpioctl({QStringLiteral("plan"), QStringLiteral("--show"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("operations")).toArray().size(), 14);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mpio-plan/1"));
        QVERIFY(o.value(QStringLiteral("estimate")).toObject().value(QStringLiteral("lowerBoundMs")).toInt() >
                0);
        // What is printed loads back as the same plan.
        QJsonObject plain = o;
        plain.remove(QStringLiteral("numbering"));
        plain.remove(QStringLiteral("nothingToDo"));
        plain.remove(QStringLiteral("estimate"));
        const auto back = PlanJson::fromJson(plain);
        QVERIFY(back.ok());
        QVERIFY(*back == test::worldPlan());
    }

    void journalShowsStepStatus()
    {
        const Plan plan = test::worldPlan();
        auto j = Journal::create(plan, m_dir.path());
        QVERIFY(j.ok());
        QVERIFY((*j)->started(QStringLiteral("truenas/nic/mtu"), StepPhase::Apply, 1).ok());
        QVERIFY((*j)->succeeded(QStringLiteral("truenas/nic/mtu"), StepPhase::Apply, QJsonObject{}).ok());
        QVERIFY((*j)->started(QStringLiteral("esx01/vSwitch1/mtu"), StepPhase::Apply, 1).ok());
        QVERIFY((*j)->failed(QStringLiteral("esx01/vSwitch1/mtu"), StepPhase::Apply,
                             Error::make(QStringLiteral("x"), QStringLiteral("boom")))
                    .ok());
        const QString path = (*j)->path();
        Run r = mpioctl({QStringLiteral("plan"), QStringLiteral("--show"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("unfinished; 1 step(s) applied"));
        QVERIFY(r.out.contains("Set truenas/enp2s0/mtu to 9000  [succeeded]"));
        QVERIFY(r.out.contains("[failed]"));
        QVERIFY(r.out.contains("[not run]"));
        r = mpioctl({QStringLiteral("plan"), QStringLiteral("--show"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("applied")).toArray(), QJsonArray{QStringLiteral("truenas/nic/mtu")});
        QCOMPARE(o.value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("esx01/vSwitch1/mtu"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    void damagedInputExitsTwo()
    {
        // A journal with a gap in its sequence.
        auto j = Journal::create(test::worldPlan(), m_dir.path());
        QVERIFY(j.ok());
        const QString path = (*j)->path();
        j->reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        lines.removeAt(3);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
        f.close();
        Run r = mpioctl({QStringLiteral("plan"), QStringLiteral("--show"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("damaged at line 4"), r.err.constData());

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"schema\": \"mpio-plan/1\", \"site\": 3}");
        b.close();
        r = mpioctl({QStringLiteral("plan"), QStringLiteral("--show"), bad, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray().size() >=
                2);

        QCOMPARE(mpioctl({QStringLiteral("plan")}).code, 2);
        QCOMPARE(mpioctl({QStringLiteral("plan"), QStringLiteral("--show"),
                          m_dir.filePath(QStringLiteral("none"))})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanShowCli)
#include "tst_plan_show_cli.moc"
