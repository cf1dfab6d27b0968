#pragma once

#include "core/plan/OperationExecutor.h"

#include <QHash>
#include <QString>

namespace mpio {

// One executor for a whole plan: hands each action to the executor registered for its kind ("esxcli" → the
// ESXi client's executor, "truenas" → the TrueNAS client's). An action of an unregistered kind fails with
// "plan.no-executor" instead of being dropped. Does not own the executors.
class ExecutorRouter final : public OperationExecutor
{
public:
    void route(const QString& kind, OperationExecutor* executor) { m_routes.insert(kind, executor); }
    void execute(const Operation& operation, const Action& action,
                 std::function<void(Result<QJsonObject> facts)> done) override;

private:
    QHash<QString, OperationExecutor*> m_routes;
};

} // namespace mpio
