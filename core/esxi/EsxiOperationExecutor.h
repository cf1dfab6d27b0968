#pragma once

#include "core/plan/OperationExecutor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace mpio::esxi {

class EsxiHostClient;

// Runs the ESXi side of a plan (core/plan/OperationExecutor contract) on the hosts' EsxiHostClients, chosen
// by Operation::host (the host name of the profile). Action kinds:
//   "esxcli"        payload {"argv": [...]} without the leading "esxcli"; runs the command as text (most
//                   set/add commands print nothing and answer with the exit status, reference §8.5). Facts:
//                   {"after": {"exit": 0, "output": "…"}}; a non-zero exit fails with ESXi's own text.
//   "esxcli-check"  payload {"argv": [... a read-only list/get ...], "match": {"Field": "value", …}}: the
//                   verify of a step — facts {"applied": true} when some record of the XML answer has every
//                   field equal (as text), else {"applied": false}.
//   "vmkping"       payload {"vmk", "ip", "size", "count" (3), "df" (true), "wait" (1)}: facts {"after":
//                   {"sent", "received", "avgRttMs", "error", "errorText"}}; a ping without replies is a
//                   result, not a failure (the jumbo matrix judges it).
// Every argv goes through EsxiCommand's grammar; an unknown host fails with "plan.unknown-host". The token
// "@iscsi-adapter" (Planner::kAdapterToken) in an argv is replaced by the host's software iSCSI vmhba.
class EsxiOperationExecutor final : public QObject, public OperationExecutor
{
    Q_OBJECT

public:
    explicit EsxiOperationExecutor(QObject* parent = nullptr)
        : QObject(parent)
    {}
    static constexpr const char* kAdapterToken = "@iscsi-adapter";
    void addHost(const QString& name, EsxiHostClient* client) { m_hosts.insert(name, client); }
    EsxiHostClient* host(const QString& name) const { return m_hosts.value(name); }
    void execute(const Operation& operation, const Action& action,
                 std::function<void(Result<QJsonObject> facts)> done) override;

private:
    QHash<QString, EsxiHostClient*> m_hosts;
    QHash<QString, QString> m_adapters; // host → its software iSCSI vmhba, once looked up
    using AdapterWaiter = std::function<void(Result<QString>)>;
    QHash<QString, QList<AdapterWaiter>> m_adapterWaiters; // host → steps waiting for the lookup in flight
};

} // namespace mpio::esxi
