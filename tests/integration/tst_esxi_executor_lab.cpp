// The ESXi executor (issue 3/5) under the real PlanRunner against the lab: a small plan of real esxcli steps
// applies, its verify action sees the effect, a vmkping step reports the lab's answer, and a rollback
// through the journal returns the host to its exact state before (the lab's state dumps compared).
#include "LabProcess.h"
#include "core/esxi/EsxiHostClient.h"
#include "core/esxi/EsxiOperationExecutor.h"
#include "core/plan/PlanRunner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace mpio;
using namespace mpio::esxi;

class TestEsxiExecutorLab : public QObject
{
    Q_OBJECT

    test::LabProcess m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<EsxiHostClient> m_client;
    QString m_host;

    QJsonObject labState()
    {
        const auto r = m_lab.control(QStringLiteral("state"));
        if (!r)
            return {};
        // Only the host this test changes, without counters that move on their own (esxcli call counts).
        for (const QJsonValue& h : r->value(QStringLiteral("hosts")).toArray())
            if (h.toObject().value(QStringLiteral("name")).toString() == m_host) {
                QJsonObject o = h.toObject();
                o.remove(QStringLiteral("esxcliCalls"));
                o.remove(QStringLiteral("stats"));
                return o;
            }
        return *r;
    }

    static Operation esxcliStep(const QString& id, const QString& host, const QStringList& argv,
                                const QStringList& undo)
    {
        Operation op;
        op.id = id;
        op.host = host;
        op.description = id;
        op.action = Action::esxcli(argv);
        op.undo = Action::esxcli(undo);
        return op;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        const QJsonObject h = m_lab.endpoints().value(QStringLiteral("hosts")).toArray().first().toObject();
        m_host = h.value(QStringLiteral("name")).toString();
        SshOptions o;
        o.host = h.value(QStringLiteral("host")).toString();
        o.port = h.value(QStringLiteral("port")).toInt();
        o.user = h.value(QStringLiteral("user")).toString();
        o.password = h.value(QStringLiteral("password")).toString();
        o.pinnedFingerprint = h.value(QStringLiteral("hostKeySha256")).toString();
        m_client = std::make_unique<EsxiHostClient>(o);
    }

    void applyVerifyAndRollBack()
    {
        const QJsonObject before = labState();
        QVERIFY(!before.isEmpty());

        Plan plan;
        plan.siteName = QStringLiteral("executor-test");
        Operation pg =
            esxcliStep(QStringLiteral("pg/create"), m_host,
                       {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                        QStringLiteral("portgroup"), QStringLiteral("add"), QStringLiteral("-p"),
                        QStringLiteral("iSCSI Test"), QStringLiteral("-v"), QStringLiteral("vSwitch0")},
                       {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                        QStringLiteral("portgroup"), QStringLiteral("remove"), QStringLiteral("-p"),
                        QStringLiteral("iSCSI Test"), QStringLiteral("-v"), QStringLiteral("vSwitch0")});
        pg.verify = Action{QStringLiteral("esxcli-check"),
                           QJsonObject{{QStringLiteral("argv"),
                                        QJsonArray{QStringLiteral("network"), QStringLiteral("vswitch"),
                                                   QStringLiteral("standard"), QStringLiteral("portgroup"),
                                                   QStringLiteral("list")}},
                                       {QStringLiteral("match"),
                                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("iSCSI Test")}}}},
                           {}};
        Operation ping;
        ping.id = QStringLiteral("ping");
        ping.host = m_host;
        ping.description = QStringLiteral("vmkping from vmk0 to an address nobody has");
        ping.action = Action{QStringLiteral("vmkping"),
                             QJsonObject{{QStringLiteral("vmk"), QStringLiteral("vmk0")},
                                         {QStringLiteral("ip"), QStringLiteral("10.99.99.99")},
                                         {QStringLiteral("size"), 56}},
                             {}};
        ping.undoNote = QStringLiteral("a ping changes nothing");
        ping.dependsOn = {pg.id};
        plan.operations = {pg, ping};

        EsxiOperationExecutor executor;
        executor.addHost(m_host, m_client.get());
        PlanRunner::Options options;
        options.journalDir = m_dir.path();
        PlanRunner runner(&executor, options);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        const Status started = runner.start(plan);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(runner.applied(), (QStringList{pg.id, ping.id}));
        QVERIFY(labState() != before);

        // The verify action sees the port group.
        std::optional<Result<QJsonObject>> check;
        executor.execute(pg, pg.verify, [&](Result<QJsonObject> r) { check = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return check.has_value(); }, 10000));
        QVERIFY(check->ok());
        QCOMPARE(check->value().value(QStringLiteral("applied")).toBool(), true);

        PlanRunner undo(&executor, options);
        QSignalSpy undone(&undo, &PlanRunner::finished);
        const Status rb = undo.rollback(runner.journalPath());
        QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error().toString()));
        QVERIFY(undone.wait(30000));
        QCOMPARE(undo.outcome(), PlanRunner::Outcome::RolledBack);
        QCOMPARE(labState(), before);
    }

    void esxiErrorsAreFailures()
    {
        Operation bad =
            esxcliStep(QStringLiteral("bad"), m_host,
                       {QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                        QStringLiteral("remove"), QStringLiteral("-i"), QStringLiteral("vmk9")},
                       {});
        EsxiOperationExecutor executor;
        executor.addHost(m_host, m_client.get());
        std::optional<Result<QJsonObject>> r;
        executor.execute(bad, bad.action, [&](Result<QJsonObject> x) { r = std::move(x); });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 10000));
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("esxi.esxcli"));
        QVERIFY(!r->error().message.isEmpty());

        Operation elsewhere = bad;
        elsewhere.host = QStringLiteral("esx99");
        r.reset();
        executor.execute(elsewhere, elsewhere.action, [&](Result<QJsonObject> x) { r = std::move(x); });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 5000));
        QCOMPARE(r->error().code, QStringLiteral("plan.unknown-host"));
    }
};

QTEST_GUILESS_MAIN(TestEsxiExecutorLab)
#include "tst_esxi_executor_lab.moc"
