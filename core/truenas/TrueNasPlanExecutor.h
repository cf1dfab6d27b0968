#pragma once

#include "core/plan/OperationExecutor.h"

#include <QObject>
#include <functional>

namespace mpio {

class TrueNasOperationRunner;

// The TrueNAS side of a plan (core/plan/OperationExecutor): an action of kind "truenas" carries the whole
// TrueNasOperation ("op") and the phase (apply, undo, verify); TrueNasOperationRunner runs its flow
// (interface commit/checkin, zvol create with disk_choices wait, jobs, keychain secrets).
//
// {"$esxi-iqn": "<host>"} anywhere in the operation is replaced, just before the call, by that host's
// software iSCSI IQN from `iqnOf` — the planner cannot know it when ESXi generates it during the same apply.
class TrueNasPlanExecutor final : public QObject, public OperationExecutor
{
    Q_OBJECT

public:
    using IqnLookup = std::function<void(const QString& host, std::function<void(Result<QString>)>)>;
    TrueNasPlanExecutor(TrueNasOperationRunner* runner, IqnLookup iqnOf, QObject* parent = nullptr);
    void execute(const Operation& operation, const Action& action,
                 std::function<void(Result<QJsonObject> facts)> done) override;

private:
    void resolveIqns(QJsonValue value, std::function<void(Result<QJsonValue>)> done);
    TrueNasOperationRunner* m_runner;
    IqnLookup m_iqnOf;
};

} // namespace mpio
