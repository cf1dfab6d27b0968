#pragma once

// A small simulated world for the plan engine's tests: a QJsonObject "state" that test actions mutate, a plan
// of 14 operations shaped like a real two-host apply (TrueNAS objects, per-host network steps, a rescan that
// needs both sides), and an executor with injectable failures, measured concurrency and a simulated crash.
// Header-only (not a tst_ file): included by tst_planrunner.cpp and tst_journal.cpp.

#include "core/plan/OperationExecutor.h"
#include "core/plan/Plan.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace mpio::test {

// Actions of the world (kind → payload):
//   test.set     {key, value}           facts {before, after}
//   test.restore {key, before}          before null → remove the key
//   test.remove  {key}
//   test.create  {collection, value}    appends {id, value} with a fresh id; facts {after: {id}}
//   test.delete  {collection, id}
//   test.check   {key, value} or {collection, value}   facts {applied, after}
//   test.noop    {}
class WorldExecutor : public OperationExecutor
{
public:
    QJsonObject state;
    int delayMs = 2;
    QHash<QString, int> delayPerHost; // overrides delayMs
    int failAtApply = 0;              // the k-th apply call (1-based) fails without effect; 0 = never
    QString failUndoOf;               // this operation's undo fails
    bool failAfterEffect = false;     // the failing apply takes effect first (its answer is lost)
    QString failCode = QStringLiteral("test.injected"); // e.g. "truenas.connection": the outcome is unknown
    int crashAtApply = 0;          // the k-th apply call never returns; the world freezes
    int crashAtUndo = 0;           // the same for the k-th undo call
    bool crashAfterEffect = false; // … after (true) or before (false) its effect took place
    bool crashed = false;
    QString crashedId;
    int applyCalls = 0;
    int undoCalls = 0;
    int verifyCalls = 0;
    int totalCalls = 0;
    QHash<QString, int> running;
    QHash<QString, int> maxRunning;
    int runningAll = 0;
    int maxRunningAll = 0;
    QStringList startedOrder;
    QStringList appliedIds; // operations whose apply action ran to its effect
    std::function<void(const Operation&, const Action&)> onExecute; // optional probe (e.g. to call cancel())
    std::function<void()> onCrash;                                  // optional: tell the test at once

    void execute(const Operation& op, const Action& action,
                 std::function<void(Result<QJsonObject>)> done) override
    {
        ++totalCalls;
        const bool isApply = action == op.action;
        const bool isVerify = !isApply && action == op.verify;
        if (isApply)
            ++applyCalls;
        else if (isVerify)
            ++verifyCalls;
        else
            ++undoCalls;
        startedOrder << op.id;
        if (onExecute)
            onExecute(op, action);
        running[op.host] += 1;
        maxRunning[op.host] = std::max(maxRunning[op.host], running[op.host]);
        maxRunningAll = std::max(maxRunningAll, ++runningAll);
        const bool fail =
            (isApply && applyCalls == failAtApply) || (!isApply && !isVerify && op.id == failUndoOf);
        const bool crash =
            (isApply && applyCalls == crashAtApply) || (!isApply && !isVerify && undoCalls == crashAtUndo);
        if (crash) {
            crashed = true;
            crashedId = op.id;
            if (crashAfterEffect)
                (void)apply(action);
            if (onCrash)
                onCrash();
            return; // done is never called: the process "died" mid-step
        }
        QTimer::singleShot(delayPerHost.value(op.host, delayMs), &m_context, [this, op, action, fail, done] {
            if (crashed)
                return; // frozen: nothing more happens in a dead process
            running[op.host] -= 1;
            --runningAll;
            if (fail) {
                if (failAfterEffect && action == op.action)
                    (void)apply(action);
                done(Error::make(failCode, QStringLiteral("injected failure of %1").arg(op.id)));
                return;
            }
            if (action == op.action)
                appliedIds << op.id;
            done(apply(action));
        });
    }

    Result<QJsonObject> apply(const Action& action)
    {
        const QJsonObject p = action.payload;
        const QString key = p.value(QStringLiteral("key")).toString();
        if (action.kind == QLatin1String("test.set")) {
            const QJsonValue before = state.contains(key) ? state.value(key) : QJsonValue(QJsonValue::Null);
            state.insert(key, p.value(QStringLiteral("value")));
            return QJsonObject{{QStringLiteral("before"), before},
                               {QStringLiteral("after"), p.value(QStringLiteral("value"))}};
        }
        if (action.kind == QLatin1String("test.restore")) {
            if (p.value(QStringLiteral("before")).isNull())
                state.remove(key);
            else
                state.insert(key, p.value(QStringLiteral("before")));
            return QJsonObject{};
        }
        if (action.kind == QLatin1String("test.remove")) {
            state.remove(key);
            return QJsonObject{};
        }
        const QString coll = p.value(QStringLiteral("collection")).toString();
        if (action.kind == QLatin1String("test.create")) {
            const int id = state.value(QStringLiteral("nextId")).toInt(1);
            state.insert(QStringLiteral("nextId"), id + 1);
            QJsonObject items = state.value(coll).toObject();
            items.insert(QString::number(id), p.value(QStringLiteral("value")));
            state.insert(coll, items);
            return QJsonObject{{QStringLiteral("after"), QJsonObject{{QStringLiteral("id"), id}}}};
        }
        if (action.kind == QLatin1String("test.delete")) {
            QJsonObject items = state.value(coll).toObject();
            const QString id = QString::number(p.value(QStringLiteral("id")).toInt());
            if (!items.contains(id))
                return Error::make(QStringLiteral("test.missing"),
                                   QStringLiteral("no object %1 in %2").arg(id, coll));
            items.remove(id);
            if (items.isEmpty())
                state.remove(coll);
            else
                state.insert(coll, items);
            return QJsonObject{};
        }
        if (action.kind == QLatin1String("test.check")) {
            if (!coll.isEmpty()) {
                const QJsonObject items = state.value(coll).toObject();
                for (auto it = items.constBegin(); it != items.constEnd(); ++it)
                    if (it.value() == p.value(QStringLiteral("value")))
                        return QJsonObject{
                            {QStringLiteral("applied"), true},
                            {QStringLiteral("after"), QJsonObject{{QStringLiteral("id"), it.key().toInt()}}}};
                return QJsonObject{{QStringLiteral("applied"), false}};
            }
            return QJsonObject{
                {QStringLiteral("applied"), state.value(key) == p.value(QStringLiteral("value"))},
                {QStringLiteral("before"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("after"), p.value(QStringLiteral("value"))}};
        }
        if (action.kind == QLatin1String("test.noop"))
            return QJsonObject{};
        return Error::make(QStringLiteral("test.kind"), QStringLiteral("unknown action kind ") + action.kind);
    }

private:
    QObject m_context;
};

inline Action setAction(const QString& key, const QJsonValue& value)
{
    return Action{QStringLiteral("test.set"),
                  QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                  {}};
}

inline Action checkAction(const QString& key, const QJsonValue& value)
{
    return Action{QStringLiteral("test.check"),
                  QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                  {}};
}

// The world before an apply: two hosts with MTU 1500 on vSwitch1 (the apply raises it; undo must restore it).
inline QJsonObject initialWorld()
{
    return QJsonObject{{QStringLiteral("esx01/vSwitch1/mtu"), 1500},
                       {QStringLiteral("esx02/vSwitch1/mtu"), 1500},
                       {QStringLiteral("truenas/enp2s0/mtu"), 1500},
                       {QStringLiteral("nextId"), 1}};
}

// The configuration part of a world: the id counter of a real system never goes back when an object is
// deleted, so it is not part of "the state before the apply".
inline QJsonObject configOf(QJsonObject state)
{
    state.remove(QStringLiteral("nextId"));
    // Likewise an object deleted by an undo and created again gets a new id: compare the collection's values
    // (a duplicate still shows as two entries).
    const QString portals = QStringLiteral("truenas/portals");
    if (state.contains(portals)) {
        QStringList values;
        for (const QJsonValue& v : state.value(portals).toObject())
            values << v.toString();
        values.sort();
        state.insert(portals, QJsonArray::fromStringList(values));
    }
    return state;
}

// A set on a key that may exist: the undo restores the value the planner discovered (as a real planner does
// from the snapshot), so it also works for a step adopted after a crash, whose "before" nobody saw.
inline Operation setOp(const QString& id, Side side, const QString& host, const QString& key,
                       const QJsonValue& value, const QStringList& deps = {})
{
    const QJsonValue discovered =
        initialWorld().contains(key) ? initialWorld().value(key) : QJsonValue(QJsonValue::Null);
    Operation op;
    op.id = id;
    op.side = side;
    op.host = host;
    op.description = QStringLiteral("Set %1 to %2").arg(key, value.toVariant().toString());
    op.action = setAction(key, value);
    op.ruleId = QStringLiteral("TEST-RULE");
    op.undo = Action{QStringLiteral("test.restore"),
                     QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("before"), discovered}},
                     {}};
    op.verify = checkAction(key, value);
    op.dependsOn = deps;
    return op;
}

// 4 operations on TrueNAS and 5 on each ESXi host (14 for the default two hosts); each host's rescan needs
// the TrueNAS service.
inline Plan worldPlan(int hosts = 2)
{
    Plan plan;
    plan.siteName = QStringLiteral("test-site");
    plan.profileHash = QStringLiteral("0123abcd");
    const QString tn = QStringLiteral("truenas");
    plan.operations << setOp(QStringLiteral("truenas/nic/mtu"), Side::TrueNas, tn,
                             QStringLiteral("truenas/enp2s0/mtu"), 9000);
    plan.operations << setOp(QStringLiteral("truenas/extent/create"), Side::TrueNas, tn,
                             QStringLiteral("truenas/extent"), QStringLiteral("zvol/tank/vmfs01"));
    Operation portal;
    portal.id = QStringLiteral("truenas/portal/create");
    portal.side = Side::TrueNas;
    portal.host = tn;
    portal.description = QStringLiteral("Create the portal listening on both path IPs");
    portal.action = Action{QStringLiteral("test.create"),
                           QJsonObject{{QStringLiteral("collection"), QStringLiteral("truenas/portals")},
                                       {QStringLiteral("value"), QStringLiteral("10.20.10.1,10.20.20.1")}},
                           {}};
    portal.undo = Action{QStringLiteral("test.delete"),
                         QJsonObject{{QStringLiteral("collection"), QStringLiteral("truenas/portals")},
                                     {QStringLiteral("id"), Action::fact(QStringLiteral("/after/id"))}},
                         {}};
    portal.verify = Action{QStringLiteral("test.check"),
                           QJsonObject{{QStringLiteral("collection"), QStringLiteral("truenas/portals")},
                                       {QStringLiteral("value"), QStringLiteral("10.20.10.1,10.20.20.1")}},
                           {}};
    portal.ruleId = QStringLiteral("TN-ONE-PORTAL");
    portal.dependsOn = {QStringLiteral("truenas/nic/mtu")};
    plan.operations << portal;
    plan.operations << setOp(
        QStringLiteral("truenas/service/start"), Side::TrueNas, tn, QStringLiteral("truenas/iscsitarget"),
        QStringLiteral("RUNNING"),
        {QStringLiteral("truenas/extent/create"), QStringLiteral("truenas/portal/create")});
    for (int n = 1; n <= hosts; ++n) {
        const QString h = QStringLiteral("esx%1").arg(n, 2, 10, QLatin1Char('0'));
        plan.operations << setOp(h + QStringLiteral("/vSwitch1/mtu"), Side::Esxi, h,
                                 h + QStringLiteral("/vSwitch1/mtu"), 9000);
        plan.operations << setOp(h + QStringLiteral("/vmk2/create"), Side::Esxi, h,
                                 h + QStringLiteral("/vmk2"), QStringLiteral("iSCSI-A"),
                                 {h + QStringLiteral("/vSwitch1/mtu")});
        plan.operations << setOp(h + QStringLiteral("/vmk3/create"), Side::Esxi, h,
                                 h + QStringLiteral("/vmk3"), QStringLiteral("iSCSI-B"),
                                 {h + QStringLiteral("/vSwitch1/mtu")});
        plan.operations << setOp(h + QStringLiteral("/claimrule/add"), Side::Esxi, h,
                                 h + QStringLiteral("/claimrule"), QStringLiteral("VMW_SATP_DEFAULT_AA+RR"));
        Operation rescan;
        rescan.id = h + QStringLiteral("/adapter/rescan");
        rescan.side = Side::Esxi;
        rescan.host = h;
        rescan.description = QStringLiteral("Rescan the software iSCSI adapter");
        rescan.action = Action{QStringLiteral("test.noop"), QJsonObject{}, {}};
        rescan.undoNote = QStringLiteral("a rescan changes nothing that needs undoing");
        rescan.dependsOn = {h + QStringLiteral("/vmk2/create"), h + QStringLiteral("/vmk3/create"),
                            h + QStringLiteral("/claimrule/add"), QStringLiteral("truenas/service/start")};
        plan.operations << rescan;
    }
    return plan;
}

} // namespace mpio::test
