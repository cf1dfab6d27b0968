#pragma once

#include "core/common/Result.h"
#include "core/plan/Action.h"
#include "core/plan/Operation.h"

#include <QJsonObject>
#include <functional>

namespace mpio {

// Where a PlanRunner's steps meet a real system. The ESXi client runs kind "esxcli" actions, the TrueNAS
// client kind "truenas" actions; a composite executor dispatches on Operation::side / Action::kind.
//
// Contract:
// - `action` is the operation's action, its undo (facts already bound) or its verify.
// - Keychain references in the action's sensitive values are resolved by the executor, just before the call,
//   and registered with Redactor; the resolved secret never goes back into the facts.
// - `done` is called exactly once, from any thread, while the runner lives. Facts are what the step saw and
//   did, by convention {"before": …, "after": …} plus what an undo needs ({"after": {"id": 7}} for a created
//   TrueNAS object, referenced by the undo as {"$fact": "/after/id"}). A verify action answers
//   {"applied": true|false, …}; with true its facts replace the step's facts, so they must carry the same
//   keys.
// - An Error with code "cancelled" is a failure like any other for the runner.
class OperationExecutor
{
public:
    virtual ~OperationExecutor() = default;
    virtual void execute(const Operation& operation, const Action& action,
                         std::function<void(Result<QJsonObject> facts)> done) = 0;
};

} // namespace mpio
