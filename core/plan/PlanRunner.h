#pragma once

#include "core/common/Result.h"
#include "core/plan/Journal.h"
#include "core/plan/JournalContents.h"
#include "core/plan/OperationExecutor.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanRunnerOptions.h"
#include "core/plan/StepPhase.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

namespace mpio {

// Runs a plan (a DAG of operations) through an OperationExecutor, with a journal line before and after every
// step. Hosts run in parallel; `maxParallel` bounds the steps in flight overall and `maxPerHost` per host
// (ESXi's hostd serialises much of esxcli anyway, and TrueNAS rate-limits: TN-RATE-LIMIT).
//
// Life cycle: start(plan) | resume(journal) | rollback(journal) → steps run → one finished(outcome).
// On the first failure nothing new starts; once the running steps are done the runner emits decisionNeeded()
// and waits for one of rollback() (undo every applied step, newest first), retry() (the failed steps again,
// then go on) or stop() (keep what is done; the journal's last line lists it).
// cancel(): running steps finish, nothing new starts, nothing is undone automatically.
//
// Everything runs in the runner's thread; signals are emitted from it. Executors may complete from any
// thread.
class PlanRunner : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        WaitingForDecision,
        RollingBack,
        Finished
    };
    Q_ENUM(State)
    enum class Outcome
    {
        None,
        Completed,
        Stopped,
        Cancelled,
        RolledBack,
        RollbackFailed
    };
    Q_ENUM(Outcome)
    // "completed", "stopped", "cancelled", "rolled-back", "rollback-failed" (as in the journal's last line).
    static QString outcomeText(Outcome outcome);

    using Options = PlanRunnerOptions;

    explicit PlanRunner(OperationExecutor* executor, QObject* parent = nullptr);
    PlanRunner(OperationExecutor* executor, Options options, QObject* parent = nullptr);
    ~PlanRunner() override;

    // Validates the plan, creates the journal (header + planned lines) and starts. An error means nothing
    // ran.
    Status start(const Plan& plan);
    // Continues a journal after a crash or a dropped connection: applied steps are skipped, failed ones run
    // again, and a step that started without an outcome is first checked with its verify action (if it has
    // one) so nothing is created twice. A damaged journal is refused and nothing runs.
    Status resume(const QString& journalPath);
    // Undoes every applied step of a journal, newest first (interrupted steps are verified first).
    Status rollback(const QString& journalPath);

    void cancel();
    // The three answers to decisionNeeded():
    void rollback();
    void retry();
    void stop();

    State state() const { return m_state; }
    Outcome outcome() const { return m_outcome; }
    QString journalPath() const;
    const Plan& plan() const { return m_plan; }
    QStringList applied() const { return m_applied; } // in the order they succeeded
    QStringList failed() const;
    QString lastError() const { return m_lastError; }

signals:
    void operationStarted(const QString& id, mpio::StepPhase phase);
    void operationSucceeded(const QString& id, mpio::StepPhase phase, const QString& message);
    void operationFailed(const QString& id, mpio::StepPhase phase, const QString& message);
    void progress(int done, int total);
    void decisionNeeded(const QString& failedId, const QString& message);
    void finished(mpio::PlanRunner::Outcome outcome);

private:
    enum class OpState
    {
        Pending,
        Running,
        Succeeded,
        Failed,
        Undone,
        Unknown // interrupted, no verify action: a person has to check
    };
    struct Slot
    {
        OpState state = OpState::Pending;
        bool needsVerify = false;     // resume: started before, outcome unknown
        bool undoInterrupted = false; // an earlier rollback started its undo and has no outcome
        int attempts = 0;
        QJsonObject facts;
        QString error;
    };

    Status prepare(const Plan& plan);
    Status openJournal(const QString& path, const QString& purpose, JournalContents* contents);
    void schedule();
    bool launch(const QString& id, StepPhase phase, const Action& action);
    void onDone(const QString& id, StepPhase phase, const Result<QJsonObject>& result);
    void onApplyDone(const QString& id, StepPhase phase, const Result<QJsonObject>& result);
    void beginRollback(const QString& reason);
    void nextRollbackStep();
    void finish(Outcome outcome);
    void journal(const QString& event, const QJsonObject& fields = {});
    QStringList idsIn(OpState state) const;
    int hostLimit(const QString& host) const;
    const Operation& operation(const QString& id) const; // O(1); ids are known (validated plan)
    void emitProgress();

    OperationExecutor* m_executor;
    Options m_options;
    Plan m_plan;
    QStringList m_order;
    QHash<QString, int> m_index; // operation id → index in m_plan.operations
    QHash<QString, Slot> m_slots;
    QStringList m_applied;
    QStringList m_rollbackQueue;
    QStringList m_verifyQueue; // rollback(journal): interrupted steps to check first
    QHash<QString, int> m_hostRunning;
    int m_running = 0;
    bool m_cancelRequested = false;
    bool m_failed = false;
    State m_state = State::Idle;
    Outcome m_outcome = Outcome::None;
    QString m_lastError;
    std::unique_ptr<Journal> m_journal; // held (and locked) from start until finished
    QString m_journalPath;
};

} // namespace mpio
