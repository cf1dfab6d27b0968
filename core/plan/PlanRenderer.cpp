#include "core/plan/PlanRenderer.h"

#include "core/plan/PlanJson.h"
#include "core/validation/FindingJson.h"

#include <QCoreApplication>

namespace mpio {

namespace {

struct Group
{
    Side side;
    QString host;
    QStringList ids;
};

// Groups in display order: TrueNAS first, then ESXi hosts in the order the plan first names them. Within a
// group, operations follow the topological order (or the plan's order if the graph is invalid).
QList<Group> groups(const Plan& plan)
{
    const auto order = plan.topologicalOrder();
    QStringList ids;
    if (order) {
        ids = *order;
    } else {
        for (const Operation& op : plan.operations)
            ids << op.id;
    }
    QList<Group> out;
    for (Side side : {Side::TrueNas, Side::Esxi}) {
        for (const Operation& op : plan.operations) {
            if (op.side != side)
                continue;
            bool known = false;
            for (const Group& g : out)
                known = known || (g.side == side && g.host == op.host);
            if (!known)
                out.append(Group{side, op.host, {}});
        }
    }
    for (const QString& id : ids) {
        const Operation* op = plan.find(id);
        for (Group& g : out)
            if (op && g.side == op->side && g.host == op->host && !g.ids.contains(id))
                g.ids << id;
    }
    return out;
}

} // namespace

QHash<QString, int> PlanRenderer::numbering(const Plan& plan)
{
    QHash<QString, int> n;
    int next = 1;
    for (const Group& g : groups(plan))
        for (const QString& id : g.ids)
            n.insert(id, next++);
    return n;
}

QString PlanRenderer::toText(const Plan& plan, const QHash<QString, QString>& status)
{
    QStringList lines;
    const QString site = plan.siteName.isEmpty() ? tr("(unnamed site)") : plan.siteName;
    const QList<Group> gs = groups(plan);
    if (plan.isEmpty()) {
        lines << tr("Plan for %1: nothing to do — the systems already match the profile.").arg(site);
    } else {
        lines << tr("Plan for %1: %2 operation(s) on %3 system(s).")
                     .arg(site)
                     .arg(plan.operations.size())
                     .arg(gs.size());
    }
    if (!plan.decisions.isEmpty()) {
        lines << QString() << tr("Decisions:");
        for (const PlanDecision& d : plan.decisions) {
            QString head = QStringLiteral("  - ") + (d.title.isEmpty() ? d.id : d.title);
            if (!d.ruleId.isEmpty())
                head += QStringLiteral(" [") + d.ruleId + u']';
            lines << head;
            lines << QStringLiteral("    ") + d.text;
        }
    }
    if (!plan.findings.isEmpty())
        lines << QString() << FindingJson::toText(plan.findings).trimmed();

    const QHash<QString, int> number = numbering(plan);
    for (const Group& g : gs) {
        lines << QString()
              << (g.side == Side::TrueNas ? tr("TrueNAS — %1").arg(g.host) : tr("ESXi — %1").arg(g.host));
        for (const QString& id : g.ids) {
            const Operation& op = *plan.find(id);
            QString head = QStringLiteral("  %1. %2").arg(number.value(id)).arg(op.description);
            if (status.contains(id))
                head += QStringLiteral("  [") + status.value(id) + u']';
            lines << head;
            const QString indent = QStringLiteral("      ");
            lines << indent + tr("id:     ") + op.id;
            lines << indent + tr("run:    ") + op.action.text();
            if (!op.ruleId.isEmpty())
                lines << indent + tr("why:    ") + op.ruleId;
            for (const QString& p : op.preconditions)
                lines << indent + tr("needs:  ") + p;
            if (!op.dependsOn.isEmpty()) {
                QStringList deps;
                for (const QString& dep : op.dependsOn)
                    deps << (number.contains(dep) ? QStringLiteral("#%1 (%2)").arg(number.value(dep)).arg(dep)
                                                  : dep);
                lines << indent + tr("after:  ") + deps.join(QStringLiteral(", "));
            }
            if (!op.undo.isNone())
                lines << indent + tr("undo:   ") + op.undo.text();
            else
                lines << indent + tr("undo:   none — ") + op.undoNote;
        }
    }
    return lines.join(u'\n') + u'\n';
}

QJsonObject PlanRenderer::toJson(const Plan& plan, const QHash<QString, QString>& status)
{
    QJsonObject o = PlanJson::toJson(plan);
    QJsonObject numbers;
    const QHash<QString, int> n = numbering(plan);
    for (auto it = n.constBegin(); it != n.constEnd(); ++it)
        numbers.insert(it.key(), it.value());
    o.insert(QStringLiteral("numbering"), numbers);
    o.insert(QStringLiteral("nothingToDo"), plan.isEmpty());
    if (!status.isEmpty()) {
        QJsonObject s;
        for (auto it = status.constBegin(); it != status.constEnd(); ++it)
            s.insert(it.key(), it.value());
        o.insert(QStringLiteral("status"), s);
    }
    return o;
}

} // namespace mpio
