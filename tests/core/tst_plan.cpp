#include "PlanTestWorld.h"
#include "core/log/Redactor.h"
#include "core/plan/PlanJson.h"
#include "core/plan/PlanRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;

namespace {

Operation op(const QString& id, const QString& host, int esxcli, int api, const QStringList& deps = {})
{
    Operation o;
    o.id = id;
    o.host = host;
    o.side = api > 0 ? Side::TrueNas : Side::Esxi;
    o.description = id;
    o.action = Action{QStringLiteral("test.noop"), QJsonObject{}, {}};
    o.undoNote = QStringLiteral("nothing");
    o.cost = Operation::Cost{esxcli, api};
    o.dependsOn = deps;
    return o;
}

Plan planOf(const QList<Operation>& ops)
{
    Plan p;
    p.siteName = QStringLiteral("s");
    p.operations = ops;
    return p;
}

} // namespace

// Plan as a graph (validation, levels, critical path), its JSON form and its text for people.
class TestPlan : public QObject
{
    Q_OBJECT
private slots:
    void validationRefusesBrokenGraphs_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown dependency")
            << planOf({op(QStringLiteral("a"), QStringLiteral("h"), 1, 0, {QStringLiteral("zz")})})
            << QStringLiteral("unknown operation “zz”");
        QTest::newRow("self dependency")
            << planOf({op(QStringLiteral("a"), QStringLiteral("h"), 1, 0, {QStringLiteral("a")})})
            << QStringLiteral("depends on itself");
        QTest::newRow("duplicate id") << planOf({op(QStringLiteral("a"), QStringLiteral("h"), 1, 0),
                                                 op(QStringLiteral("a"), QStringLiteral("h"), 1, 0)})
                                      << QStringLiteral("more than one operation");
        QTest::newRow("two-step cycle")
            << planOf({op(QStringLiteral("a"), QStringLiteral("h"), 1, 0, {QStringLiteral("b")}),
                       op(QStringLiteral("b"), QStringLiteral("h"), 1, 0, {QStringLiteral("a")}),
                       op(QStringLiteral("c"), QStringLiteral("h"), 1, 0)})
            << QStringLiteral("cycle through: a, b");
        QTest::newRow("three-step cycle behind a root")
            << planOf({op(QStringLiteral("r"), QStringLiteral("h"), 1, 0),
                       op(QStringLiteral("a"), QStringLiteral("h"), 1, 0,
                          {QStringLiteral("r"), QStringLiteral("c")}),
                       op(QStringLiteral("b"), QStringLiteral("h"), 1, 0, {QStringLiteral("a")}),
                       op(QStringLiteral("c"), QStringLiteral("h"), 1, 0, {QStringLiteral("b")})})
            << QStringLiteral("cycle through: a, b, c");
        Operation noUndo = op(QStringLiteral("a"), QStringLiteral("h"), 1, 0);
        noUndo.undoNote.clear();
        QTest::newRow("no undo and no reason")
            << planOf({noUndo}) << QStringLiteral("neither an undo nor a reason");
        Operation secret = op(QStringLiteral("chap"), QStringLiteral("truenas"), 0, 1);
        secret.action = Action::truenas(
            QStringLiteral("iscsi.auth.create"),
            QJsonArray{QJsonObject{{QStringLiteral("secret"), QStringLiteral("Sup3rS3cretChap")}}},
            {QStringLiteral("/params/0/secret")});
        QTest::newRow("inline secret")
            << planOf({secret}) << QStringLiteral("/params/0/secret is written inline");
    }
    void validationRefusesBrokenGraphs()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, expected);
        const Status s = plan.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("plan.invalid"));
        QVERIFY2(s.error().detail.contains(expected), qPrintable(s.error().detail));
        QVERIFY(!plan.levels().ok());
        QVERIFY(!plan.estimate(PlanCost{}).ok());
    }

    void worldPlanIsValidAndLevelled()
    {
        const Plan plan = test::worldPlan();
        QVERIFY(plan.validate().ok());
        const auto levels = plan.levels();
        QVERIFY(levels.ok());
        // Roots: the TrueNAS NIC and extent, each host's vSwitch MTU and claim rule.
        QCOMPARE(levels->at(0),
                 (QStringList{QStringLiteral("truenas/nic/mtu"), QStringLiteral("truenas/extent/create"),
                              QStringLiteral("esx01/vSwitch1/mtu"), QStringLiteral("esx01/claimrule/add"),
                              QStringLiteral("esx02/vSwitch1/mtu"), QStringLiteral("esx02/claimrule/add")}));
        QCOMPARE(levels->size(), 4);
        QCOMPARE(levels->at(3), (QStringList{QStringLiteral("esx01/adapter/rescan"),
                                             QStringLiteral("esx02/adapter/rescan")}));
        const auto order = plan.topologicalOrder();
        QVERIFY(order.ok());
        QCOMPARE(order->size(), plan.operations.size());
        for (const Operation& o : plan.operations)
            for (const QString& dep : o.dependsOn)
                QVERIFY(order->indexOf(dep) < order->indexOf(o.id));
    }

    void criticalPathOnSmallGraphs()
    {
        // a(esx01, 1 call) → b(esx01, 2) → d(esx01, 1); a → c(truenas, 3 API calls) → d
        const Plan diamond =
            planOf({op(QStringLiteral("a"), QStringLiteral("esx01"), 1, 0),
                    op(QStringLiteral("b"), QStringLiteral("esx01"), 2, 0, {QStringLiteral("a")}),
                    op(QStringLiteral("c"), QStringLiteral("truenas"), 0, 3, {QStringLiteral("a")}),
                    op(QStringLiteral("d"), QStringLiteral("esx01"), 1, 0,
                       {QStringLiteral("b"), QStringLiteral("c")})});
        PlanCost cost;
        cost.esxcliMs = 100;
        cost.apiMs = 10;
        auto e = diamond.estimate(cost);
        QVERIFY(e.ok());
        QCOMPARE(e->criticalPathMs, 400); // 100 + 200 + 100
        QCOMPARE(e->criticalPath,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}));
        QCOMPARE(e->totalWorkMs, 430);
        QCOMPARE(e->hostWorkMs.value(QStringLiteral("esx01")), 400);
        QCOMPARE(e->hostWorkMs.value(QStringLiteral("truenas")), 30);
        QCOMPARE(e->lowerBoundMs, 400);
        // Slow API: the TrueNAS branch becomes critical.
        cost.apiMs = 150;
        e = diamond.estimate(cost);
        QCOMPARE(e->criticalPathMs, 650); // 100 + 450 + 100
        QCOMPARE(e->criticalPath,
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));

        // Four independent calls on one host: the path is short, the host is the bottleneck.
        const Plan wide = planOf({op(QStringLiteral("w1"), QStringLiteral("esx01"), 1, 0),
                                  op(QStringLiteral("w2"), QStringLiteral("esx01"), 1, 0),
                                  op(QStringLiteral("w3"), QStringLiteral("esx01"), 1, 0),
                                  op(QStringLiteral("w4"), QStringLiteral("esx01"), 1, 0),
                                  op(QStringLiteral("x1"), QStringLiteral("esx02"), 1, 0)});
        cost = PlanCost{};
        cost.esxcliMs = 100;
        cost.perHostConcurrency = 1;
        e = wide.estimate(cost);
        QCOMPARE(e->criticalPathMs, 100);
        QCOMPARE(e->lowerBoundMs, 400);
        cost.perHostConcurrency = 2;
        QCOMPARE(wide.estimate(cost)->lowerBoundMs, 200);
        cost.perHostConcurrency = 4;
        cost.globalConcurrency = 1; // everything one after another
        QCOMPARE(wide.estimate(cost)->lowerBoundMs, 500);

        // Default cost: one call of the action's kind.
        Operation esx = op(QStringLiteral("e"), QStringLiteral("esx01"), 0, 0);
        esx.action =
            Action::esxcli({QStringLiteral("iscsi"), QStringLiteral("adapter"), QStringLiteral("discovery"),
                            QStringLiteral("rediscover"), QStringLiteral("-A"), QStringLiteral("vmhba64")});
        QCOMPARE(esx.effectiveCost(), (Operation::Cost{1, 0}));
        QCOMPARE(planOf({esx}).estimate(PlanCost{})->criticalPathMs, PlanCost{}.esxcliMs);
        // Empty plan: nothing to do, nothing to wait for.
        QCOMPARE(Plan{}.estimate(PlanCost{})->lowerBoundMs, 0);
    }

    void actionTextBindingAndSecrets()
    {
        const Action vmk =
            Action::esxcli({QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                            QStringLiteral("add"), QStringLiteral("-i"), QStringLiteral("vmk2"),
                            QStringLiteral("-p"), QStringLiteral("iSCSI A")});
        QCOMPARE(vmk.text(), QStringLiteral("esxcli network ip interface add -i vmk2 -p 'iSCSI A'"));

        const QString secret = QStringLiteral("Chap-Secret-0042");
        Action chap = Action::esxcli({QStringLiteral("iscsi"), QStringLiteral("adapter"),
                                      QStringLiteral("auth"), QStringLiteral("chap"), QStringLiteral("set"),
                                      QStringLiteral("--secret"), secret},
                                     {QStringLiteral("/argv/6")});
        QCOMPARE(chap.inlineSecrets(), QStringList{QStringLiteral("/argv/6")});
        QVERIFY(!chap.text().contains(secret));
        QVERIFY(!QJsonDocument(chap.toJson()).toJson().contains(secret.toUtf8()));
        const QString ref = Action::keychainRef(QStringLiteral("mpio-wizard"), QStringLiteral("site/chap"));
        chap.payload = QJsonObject{
            {QStringLiteral("argv"), QJsonArray{QStringLiteral("iscsi"), QStringLiteral("--secret"), ref}}};
        chap.sensitive = {QStringLiteral("/argv/2")};
        QVERIFY(chap.inlineSecrets().isEmpty());
        QVERIFY(chap.text().endsWith(ref));

        const Action del = Action::truenas(QStringLiteral("iscsi.portal.delete"),
                                           QJsonArray{Action::fact(QStringLiteral("/after/id"))});
        auto bound =
            del.bound(QJsonObject{{QStringLiteral("after"), QJsonObject{{QStringLiteral("id"), 7}}}});
        QVERIFY(bound.ok());
        QCOMPARE(bound->text(), QStringLiteral("iscsi.portal.delete [7]"));
        QCOMPARE(del.text(), QStringLiteral("iscsi.portal.delete [\"<fact /after/id>\"]"));
        const auto missing = del.bound(QJsonObject{});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("/after/id")));
    }

    void jsonRoundTrip()
    {
        Plan plan = test::worldPlan();
        plan.decisions << PlanDecision{
            QStringLiteral("binding"), QStringLiteral("ESX-BINDING-SAME-SUBNET"),
            QStringLiteral("No port binding"),
            QStringLiteral("One subnet per path: each vmk reaches its portal by routing.")};
        plan.findings << Finding{QStringLiteral("TN-SLOG"), Severity::Warning,      QStringLiteral("no SLOG"),
                                 QStringLiteral("add one"), QStringLiteral("pool"), QStringLiteral("seed")};
        Operation chap;
        chap.id = QStringLiteral("truenas/auth/create");
        chap.side = Side::TrueNas;
        chap.host = QStringLiteral("truenas");
        chap.description = QStringLiteral("Create the CHAP credential");
        chap.action =
            Action::truenas(QStringLiteral("iscsi.auth.create"),
                            QJsonArray{QJsonObject{{QStringLiteral("tag"), 1},
                                                   {QStringLiteral("user"), QStringLiteral("esx")},
                                                   {QStringLiteral("secret"),
                                                    Action::keychainRef(QStringLiteral("mpio-wizard"),
                                                                        QStringLiteral("test-site/chap"))}}},
                            {QStringLiteral("/params/0/secret")});
        chap.undo = Action::truenas(QStringLiteral("iscsi.auth.delete"),
                                    QJsonArray{Action::fact(QStringLiteral("/after/id"))});
        chap.ruleId = QStringLiteral("TN-CHAP-BOTH-SIDES");
        chap.preconditions << QStringLiteral("No credential with tag 1 exists.");
        chap.cost = Operation::Cost{0, 2};
        plan.operations << chap;
        QVERIFY(plan.validate().ok());

        const QJsonObject json = PlanJson::toJson(plan);
        const auto back = PlanJson::fromJson(json);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QVERIFY(*back == plan);
        QCOMPARE(PlanJson::hash(*back), PlanJson::hash(plan));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(PlanJson::saveFile(plan, path).ok());
        const auto loaded = PlanJson::loadFile(path);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == plan);
        plan.operations[0].description += u'!';
        QVERIFY(PlanJson::hash(plan) != PlanJson::hash(*loaded));
    }

    void strictLoadNamesEachProblem()
    {
        QJsonObject json = PlanJson::toJson(test::worldPlan());
        QJsonArray ops = json.value(QStringLiteral("operations")).toArray();
        QJsonObject first = ops.at(0).toObject();
        first.insert(QStringLiteral("colour"), QStringLiteral("blue"));  // unknown key
        first.insert(QStringLiteral("side"), QStringLiteral("windows")); // bad enum
        first.insert(QStringLiteral("dependsOn"), QStringLiteral("x"));  // wrong type
        ops.replace(0, first);
        QJsonObject second = ops.at(1).toObject();
        second.remove(QStringLiteral("action")); // required
        ops.replace(1, second);
        json.insert(QStringLiteral("operations"), ops);
        const auto r = PlanJson::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("plan.json"));
        QStringList where;
        for (const FieldError& f : r.error().fields)
            where << f.field;
        const QString all = where.join(u' ');
        QVERIFY2(all.contains(QStringLiteral("operations/0/colour")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("operations/0/side")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("operations/0/dependsOn")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("operations/1/action")), qPrintable(all));

        QJsonObject wrongSchema = PlanJson::toJson(test::worldPlan());
        wrongSchema.insert(QStringLiteral("schema"), QStringLiteral("mpio-plan/99"));
        QVERIFY(PlanJson::fromJson(wrongSchema).error().detail.contains(QStringLiteral("mpio-plan/99")));

        // Well-formed but a cycle: refused by the graph check.
        Plan cyclic = test::worldPlan();
        cyclic.operations[0].dependsOn << QStringLiteral("esx01/adapter/rescan");
        QCOMPARE(PlanJson::fromJson(PlanJson::toJson(cyclic)).error().code, QStringLiteral("plan.invalid"));

        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"schema\": ");
        bad.close();
        QCOMPARE(PlanJson::loadFile(bad.fileName()).error().code, QStringLiteral("plan.json"));
        QCOMPARE(PlanJson::loadFile(dir.filePath(QStringLiteral("none.json"))).error().code,
                 QStringLiteral("plan.io"));
    }

    void textGroupsBySideAndHost()
    {
        Plan plan = test::worldPlan();
        plan.decisions << PlanDecision{QStringLiteral("binding"), QStringLiteral("ESX-BINDING-SAME-SUBNET"),
                                       QStringLiteral("No port binding"),
                                       QStringLiteral("One subnet per path.")};
        const QString text = PlanRenderer::toText(plan);
        QVERIFY(text.startsWith(QStringLiteral("Plan for test-site: 14 operation(s) on 3 system(s).")));
        const int tn = text.indexOf(QStringLiteral("TrueNAS — truenas"));
        const int e1 = text.indexOf(QStringLiteral("ESXi — esx01"));
        const int e2 = text.indexOf(QStringLiteral("ESXi — esx02"));
        QVERIFY(tn > 0 && tn < e1 && e1 < e2);
        QVERIFY(text.indexOf(QStringLiteral("No port binding [ESX-BINDING-SAME-SUBNET]")) < tn);
        // Numbered 1..14 once each, in group order; dependencies refer to numbers.
        const QHash<QString, int> n = PlanRenderer::numbering(plan);
        QCOMPARE(n.size(), 14);
        QCOMPARE(n.value(QStringLiteral("truenas/nic/mtu")), 1);
        for (int i = 1; i <= 14; ++i)
            QVERIFY2(text.contains(QStringLiteral("\n  %1. ").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(text.contains(QStringLiteral(", #%1 (truenas/service/start)")
                                  .arg(n.value(QStringLiteral("truenas/service/start")))));
        QVERIFY(text.contains(QStringLiteral("undo:   none — a rescan changes nothing that needs undoing")));
        QVERIFY(text.contains(QStringLiteral("why:    TN-ONE-PORTAL")));
        QVERIFY(text.contains(QStringLiteral(
            "undo:   test.delete {\"collection\":\"truenas/portals\",\"id\":\"<fact /after/id>\"}")));
        // A journal's status annotates the steps.
        const QString annotated =
            PlanRenderer::toText(plan, {{QStringLiteral("esx02/vmk3/create"), QStringLiteral("failed")}});
        QVERIFY(annotated.contains(QStringLiteral("[failed]")));

        const QJsonObject json = PlanRenderer::toJson(plan);
        QCOMPARE(json.value(QStringLiteral("numbering")).toObject().size(), 14);
        QCOMPARE(json.value(QStringLiteral("nothingToDo")).toBool(), false);
    }

    void emptyPlanSaysNothingToDo()
    {
        Plan plan;
        plan.siteName = QStringLiteral("seed-two-paths");
        QVERIFY(plan.isEmpty());
        QVERIFY(plan.validate().ok());
        QVERIFY(PlanRenderer::toText(plan).contains(QStringLiteral("nothing to do")));
        QCOMPARE(PlanRenderer::toJson(plan).value(QStringLiteral("nothingToDo")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
