#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace mpio {

qint64 PlanCost::costMs(const Operation& operation) const
{
    const Operation::Cost c = operation.effectiveCost();
    return qint64(c.esxcliCalls) * esxcliMs + qint64(c.apiCalls) * apiMs;
}

const Operation* Plan::find(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &operations.at(i);
}

int Plan::indexOf(const QString& id) const
{
    for (int i = 0; i < operations.size(); ++i)
        if (operations.at(i).id == id)
            return i;
    return -1;
}

Status Plan::validate() const
{
    QList<FieldError> problems;
    QSet<QString> ids;
    for (const Operation& op : operations) {
        if (op.id.isEmpty())
            problems << FieldError{QStringLiteral("?"), tr("An operation has no id.")};
        else if (ids.contains(op.id))
            problems << FieldError{op.id, tr("The id is used by more than one operation.")};
        ids.insert(op.id);
        if (op.action.isNone())
            problems << FieldError{op.id, tr("The operation has no action.")};
        if (op.undo.isNone() && op.undoNote.isEmpty())
            problems << FieldError{op.id,
                                   tr("The operation has neither an undo nor a reason why none is needed.")};
        for (const Action* a : {&op.action, &op.undo, &op.verify})
            for (const QString& pointer : a->inlineSecrets())
                problems << FieldError{op.id, tr("The secret at %1 is written inline; it must be a keychain "
                                                 "reference.")
                                                  .arg(pointer)};
    }
    for (const Operation& op : operations) {
        for (const QString& dep : op.dependsOn) {
            if (dep == op.id)
                problems << FieldError{op.id, tr("The operation depends on itself.")};
            else if (!ids.contains(dep))
                problems << FieldError{op.id,
                                       tr("The operation depends on the unknown operation “%1”.").arg(dep)};
        }
    }
    if (problems.isEmpty()) {
        // Kahn's algorithm: whatever is left once nothing more becomes ready sits on a cycle (or behind one).
        QHash<QString, int> indegree;
        for (const Operation& op : operations)
            indegree.insert(op.id, int(op.dependsOn.size()));
        QStringList ready;
        for (const Operation& op : operations)
            if (op.dependsOn.isEmpty())
                ready << op.id;
        int seen = 0;
        while (!ready.isEmpty()) {
            const QString id = ready.takeFirst();
            ++seen;
            for (const Operation& op : operations)
                if (op.dependsOn.contains(id) && --indegree[op.id] == 0)
                    ready << op.id;
        }
        if (seen != operations.size()) {
            QStringList stuck;
            for (const Operation& op : operations)
                if (indegree.value(op.id) > 0)
                    stuck << op.id;
            problems << FieldError{
                stuck.join(QStringLiteral(", ")),
                tr("The dependencies form a cycle through: %1.").arg(stuck.join(QStringLiteral(", ")))};
        }
    }
    if (problems.isEmpty())
        return {};
    Error e =
        Error::make(QStringLiteral("plan.invalid"),
                    tr("The plan is not a valid graph of operations (%1 problem(s)).").arg(problems.size()));
    QStringList lines;
    for (const FieldError& p : problems)
        lines << p.field + QStringLiteral(": ") + p.message;
    e.detail = lines.join(QStringLiteral("; "));
    e.fields = problems;
    return e;
}

Result<QStringList> Plan::topologicalOrder() const
{
    const auto lv = levels();
    if (!lv)
        return lv.error();
    // Level by level keeps dependencies first; within a level the plan's order is kept.
    QStringList order;
    for (const QStringList& level : *lv)
        order << level;
    return order;
}

Result<QList<QStringList>> Plan::levels() const
{
    if (Status s = validate(); !s)
        return s.error();
    QHash<QString, int> level;
    // Repeated relaxation terminates: validate() proved the graph acyclic, so at most N rounds.
    for (int round = 0; round <= operations.size(); ++round) {
        bool changed = false;
        for (const Operation& op : operations) {
            int l = 0;
            bool allKnown = true;
            for (const QString& dep : op.dependsOn) {
                if (!level.contains(dep)) {
                    allKnown = false;
                    break;
                }
                l = std::max(l, level.value(dep) + 1);
            }
            if (allKnown && level.value(op.id, -1) != l) {
                level.insert(op.id, l);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    QList<QStringList> out;
    for (const Operation& op : operations) {
        const int l = level.value(op.id);
        while (out.size() <= l)
            out.append(QStringList{});
        out[l] << op.id;
    }
    return out;
}

Result<PlanEstimate> Plan::estimate(const PlanCost& cost) const
{
    const auto order = topologicalOrder();
    if (!order)
        return order.error();
    PlanEstimate e;
    QHash<QString, qint64> finish; // earliest finish with unlimited concurrency
    QHash<QString, QString> via;   // the dependency that determines the start
    for (const QString& id : *order) {
        const Operation& op = *find(id);
        qint64 start = 0;
        QString from;
        for (const QString& dep : op.dependsOn) {
            if (from.isEmpty() || finish.value(dep) > start) {
                start = finish.value(dep);
                from = dep;
            }
        }
        const qint64 ms = cost.costMs(op);
        finish.insert(id, start + ms);
        via.insert(id, from);
        e.totalWorkMs += ms;
        e.hostWorkMs[op.host] += ms;
    }
    QString last;
    for (const QString& id : *order)
        if (last.isEmpty() || finish.value(id) > finish.value(last))
            last = id;
    if (!last.isEmpty()) {
        e.criticalPathMs = finish.value(last);
        for (QString id = last; !id.isEmpty(); id = via.value(id))
            e.criticalPath.prepend(id);
    }
    e.lowerBoundMs = e.criticalPathMs;
    const auto ceilDiv = [](qint64 a, qint64 b) { return (a + b - 1) / b; };
    if (cost.perHostConcurrency > 0)
        for (auto it = e.hostWorkMs.constBegin(); it != e.hostWorkMs.constEnd(); ++it)
            e.lowerBoundMs = std::max(e.lowerBoundMs, ceilDiv(it.value(), cost.perHostConcurrency));
    if (cost.globalConcurrency > 0)
        e.lowerBoundMs = std::max(e.lowerBoundMs, ceilDiv(e.totalWorkMs, cost.globalConcurrency));
    return e;
}

} // namespace mpio
