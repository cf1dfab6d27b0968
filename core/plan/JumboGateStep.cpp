#include "core/plan/JumboGateStep.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace mpio {

void JumboGateStep::insert(Plan& plan, const Site& site, const QStringList& network)
{
    const QSet<QString> networkIds(network.cbegin(), network.cend());
    QStringList guarded;
    for (const Operation& op : plan.operations)
        if (!networkIds.contains(op.id))
            guarded << op.id;
    if (guarded.isEmpty())
        return;

    int cells = 0;
    QJsonArray hosts;
    for (const HostSpec& h : site.hosts) {
        cells += int(h.paths.size() * site.paths.size());
        hosts.append(h.name);
    }
    Operation gate;
    gate.id = QString::fromLatin1(kId);
    gate.side = Side::Esxi;
    gate.host = QStringLiteral("checks"); // its own runner slot: never waits behind a host's esxcli queue
    gate.description =
        QCoreApplication::translate("mpio::Planner",
                                    "Jumbo gate: vmkping -d -s 8972 on every vmk × portal (%1 cells) before "
                                    "any iSCSI change; the apply stops here if a path drops large frames")
            .arg(cells);
    gate.action = Action{QString::fromLatin1(kKind),
                         QJsonObject{{QStringLiteral("hosts"), hosts}, {QStringLiteral("cells"), cells}}};
    gate.ruleId = QStringLiteral("MTU-JUMBO-CHECK");
    gate.preconditions << QCoreApplication::translate("mpio::Planner",
                                                      "the network part of every host is applied");
    gate.undoNote = QCoreApplication::translate("mpio::Planner", "a check changes nothing to undo");
    gate.dependsOn = network;
    // Two rounds at most (8972, then 1472 where it failed), every cell at once.
    gate.cost.esxcliCalls = 2;
    for (Operation& op : plan.operations)
        if (!networkIds.contains(op.id))
            op.dependsOn.prepend(gate.id);
    plan.operations.append(gate);
}

} // namespace mpio
