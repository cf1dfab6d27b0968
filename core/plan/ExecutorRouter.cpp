#include "core/plan/ExecutorRouter.h"

#include <QCoreApplication>

namespace mpio {

void ExecutorRouter::execute(const Operation& operation, const Action& action,
                             std::function<void(Result<QJsonObject> facts)> done)
{
    OperationExecutor* target = m_routes.value(action.kind);
    if (!target) {
        done(Error::make(
            QStringLiteral("plan.no-executor"),
            QCoreApplication::translate("mpio::ExecutorRouter", "Nothing can run “%1” actions (step %2).")
                .arg(action.kind, operation.id)));
        return;
    }
    target->execute(operation, action, std::move(done));
}

} // namespace mpio
