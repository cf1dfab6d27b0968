#include "core/plan/PlanRunner.h"

#include "core/log/Log.h"
#include "core/plan/JournalReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace mpio {

namespace {

// Errors after which a call may or may not have taken effect on the system: the connection was lost with
// the call in flight, or no answer came in time (TrueNasErrors::Connection/Timeout, the ESXi client's
// ssh.dropped/ssh.timeout). Every other error is an answer: the call did not change anything.
bool outcomeUnknown(const Error& error)
{
    static const QStringList codes{QStringLiteral("truenas.connection"), QStringLiteral("truenas.timeout"),
                                   QStringLiteral("ssh.dropped"), QStringLiteral("ssh.timeout")};
    return codes.contains(error.code);
}

} // namespace

QString PlanRunner::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case PlanRunner::Outcome::None:
        return QStringLiteral("none");
    case PlanRunner::Outcome::Completed:
        return QStringLiteral("completed");
    case PlanRunner::Outcome::Stopped:
        return QStringLiteral("stopped");
    case PlanRunner::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case PlanRunner::Outcome::RolledBack:
        return QStringLiteral("rolled-back");
    case PlanRunner::Outcome::RollbackFailed:
        return QStringLiteral("rollback-failed");
    }
    return {};
}

namespace {

QJsonArray ids(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

PlanRunner::PlanRunner(OperationExecutor* executor, QObject* parent)
    : PlanRunner(executor, Options{}, parent)
{}

PlanRunner::PlanRunner(OperationExecutor* executor, Options options, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_options(std::move(options))
{}

PlanRunner::~PlanRunner() = default;

QString PlanRunner::journalPath() const
{
    return m_journalPath;
}

QStringList PlanRunner::failed() const
{
    return idsIn(OpState::Failed);
}

QStringList PlanRunner::idsIn(OpState state) const
{
    QStringList out;
    for (const QString& id : m_order)
        if (m_slots.value(id).state == state)
            out << id;
    return out;
}

const Operation& PlanRunner::operation(const QString& id) const
{
    return m_plan.operations.at(m_index.value(id));
}

int PlanRunner::hostLimit(const QString& host) const
{
    return std::max(1, m_options.hostLimits.value(host, m_options.maxPerHost));
}

Status PlanRunner::prepare(const Plan& plan)
{
    if (m_state != State::Idle)
        return Error::make(QStringLiteral("plan.busy"),
                           tr("This runner has already been used; create a new one."));
    const auto order = plan.topologicalOrder();
    if (!order)
        return order.error();
    m_plan = plan;
    m_order = *order;
    m_slots.clear();
    m_index.clear();
    for (int i = 0; i < m_plan.operations.size(); ++i)
        m_index.insert(m_plan.operations.at(i).id, i);
    for (const QString& id : m_order)
        m_slots.insert(id, Slot{});
    return {};
}

Status PlanRunner::start(const Plan& plan)
{
    if (Status s = prepare(plan); !s)
        return s;
    if (plan.hasBlockingFindings())
        return Error::make(QStringLiteral("plan.blocked"),
                           tr("The plan has blocking findings; fix them before applying."));
    auto journal = Journal::create(plan, m_options.journalDir);
    if (!journal)
        return journal.error();
    m_journal = std::move(*journal);
    m_journalPath = m_journal->path();
    Log::get("plan")->info("apply of {} started, journal {}", plan.siteName, m_journal->path());
    m_state = State::Running;
    QMetaObject::invokeMethod(this, &PlanRunner::schedule, Qt::QueuedConnection);
    return {};
}

Status PlanRunner::openJournal(const QString& path, const QString& purpose, JournalContents* contents)
{
    auto loaded = JournalReader::load(path);
    if (!loaded)
        return loaded.error();
    if (Status s = prepare(loaded->plan); !s)
        return s;
    auto journal = Journal::reopen(path, loaded->validBytes, loaded->lastSeq);
    if (!journal)
        return journal.error();
    m_journal = std::move(*journal);
    m_journalPath = m_journal->path();
    QJsonObject fields{{QStringLiteral("purpose"), purpose},
                       {QStringLiteral("truncatedTail"), loaded->truncatedTail}};
    if (loaded->truncatedTail)
        fields.insert(QStringLiteral("note"), loaded->truncationNote);
    if (Status s = m_journal->write(QStringLiteral("resume"), fields); !s)
        return s;
    for (const Operation& op : m_plan.operations) {
        const JournalStep& step = loaded->steps.value(op.id);
        Slot& slot = m_slots[op.id];
        slot.attempts = step.attempts;
        slot.facts = step.facts;
        slot.undoInterrupted = step.undoInterrupted;
        if (step.state == JournalStepState::Succeeded)
            slot.state = OpState::Succeeded;
        else if (step.state == JournalStepState::Interrupted)
            slot.needsVerify = true;
    }
    m_applied = loaded->appliedOrder;
    *contents = std::move(*loaded);
    return {};
}

Status PlanRunner::resume(const QString& journalPath)
{
    JournalContents contents;
    if (Status s = openJournal(journalPath, QStringLiteral("resume"), &contents); !s)
        return s;
    // Without a verify action an interrupted step is simply run again: the planner gives every step whose
    // repetition would create something twice a verify action.
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        const bool canVerify = !operation(it.key()).verify.isNone();
        it->needsVerify = it->needsVerify && canVerify;
        // A rollback was cut off during this step's undo: whether the step is still applied is unknown.
        if (it->state == OpState::Succeeded && it->undoInterrupted) {
            if (canVerify) {
                it->state = OpState::Pending;
                it->needsVerify = true;
            } else {
                Log::get("plan")->warn("resume: the undo of {} was interrupted and it has no verify action; "
                                       "assuming it is still applied",
                                       it.key());
            }
        }
    }
    Log::get("plan")->info("resuming journal {} ({} step(s) already applied)", journalPath, m_applied.size());
    m_state = State::Running;
    QMetaObject::invokeMethod(this, &PlanRunner::schedule, Qt::QueuedConnection);
    return {};
}

Status PlanRunner::rollback(const QString& journalPath)
{
    JournalContents contents;
    if (Status s = openJournal(journalPath, QStringLiteral("rollback"), &contents); !s)
        return s;
    m_verifyQueue = contents.idsIn(JournalStepState::Interrupted);
    // Steps whose undo was cut off are checked too: if the undo took effect, it must not run twice.
    for (const QString& id : contents.appliedOrder)
        if (m_slots.value(id).undoInterrupted && !operation(id).verify.isNone())
            m_verifyQueue << id;
    Log::get("plan")->info("rolling back journal {} ({} step(s) applied, {} interrupted)", journalPath,
                           m_applied.size(), m_verifyQueue.size());
    m_state = State::RollingBack;
    QMetaObject::invokeMethod(
        this, [this] { beginRollback(tr("rollback of the journal requested")); }, Qt::QueuedConnection);
    return {};
}

void PlanRunner::journal(const QString& event, const QJsonObject& fields)
{
    if (!m_journal)
        return;
    if (Status s = m_journal->write(event, fields); !s)
        Log::get("plan")->error("journal write failed: {}", s.error().toString());
}

void PlanRunner::emitProgress()
{
    emit progress(int(idsIn(OpState::Succeeded).size()), int(m_order.size()));
}

void PlanRunner::schedule()
{
    if (m_state != State::Running)
        return;
    for (const QString& id : m_order) {
        if (m_cancelRequested || m_failed || m_running >= std::max(1, m_options.maxParallel))
            break;
        Slot& slot = m_slots[id];
        if (slot.state != OpState::Pending)
            continue;
        const Operation& op = operation(id);
        if (m_hostRunning.value(op.host) >= hostLimit(op.host))
            continue;
        bool ready = true;
        for (const QString& dep : op.dependsOn)
            ready = ready && m_slots.value(dep).state == OpState::Succeeded;
        if (!ready)
            continue;
        if (slot.needsVerify)
            launch(id, StepPhase::Verify, op.verify);
        else
            launch(id, StepPhase::Apply, op.action);
    }
    if (m_running > 0)
        return;
    if (m_cancelRequested) {
        finish(Outcome::Cancelled);
        return;
    }
    if (m_failed) {
        const QStringList f = failed();
        m_state = State::WaitingForDecision;
        journal(
            QStringLiteral("decision-needed"),
            QJsonObject{{QStringLiteral("failed"), ids(f)}, {QStringLiteral("succeeded"), ids(m_applied)}});
        emit decisionNeeded(f.value(0), m_lastError);
        return;
    }
    if (idsIn(OpState::Succeeded).size() == m_order.size()) {
        finish(Outcome::Completed);
        return;
    }
    // Unreachable for a validated DAG: something pending whose dependencies can never succeed.
    m_lastError = tr("No step can run, but the plan is not complete.");
    finish(Outcome::Stopped);
}

bool PlanRunner::launch(const QString& id, StepPhase phase, const Action& action)
{
    Slot& slot = m_slots[id];
    if (phase == StepPhase::Apply)
        ++slot.attempts;
    // The journal line comes first: a step that runs is a step the journal knows about.
    const Status s =
        m_journal ? m_journal->started(id, phase, std::max(1, slot.attempts))
                  : Status(Error::make(QStringLiteral("journal.closed"), tr("The journal is closed.")));
    if (!s) {
        slot.state = OpState::Failed;
        slot.error = s.error().toString();
        m_lastError = slot.error;
        m_failed = true;
        emit operationFailed(id, phase, slot.error);
        return false;
    }
    const Operation& op = operation(id);
    if (phase != StepPhase::Undo)
        slot.state = OpState::Running;
    ++m_running;
    ++m_hostRunning[op.host];
    emit operationStarted(id, phase);
    QPointer<PlanRunner> self(this);
    m_executor->execute(op, action, [self, id, phase](Result<QJsonObject> result) {
        if (!self)
            return; // the runner is gone (closed window, crash test): the journal already says "started"
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, phase, result] {
                if (self)
                    self->onDone(id, phase, result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void PlanRunner::onDone(const QString& id, StepPhase phase, const Result<QJsonObject>& result)
{
    const Operation& op = operation(id);
    --m_running;
    --m_hostRunning[op.host];
    if (m_state == State::RollingBack) {
        Slot& slot = m_slots[id];
        if (!result) {
            m_lastError = tr("%1: %2").arg(id, result.error().toString());
            (void)m_journal->failed(id, phase, result.error());
            emit operationFailed(id, phase, result.error().toString());
            journal(QStringLiteral("rollback-end"),
                    QJsonObject{{QStringLiteral("ok"), false},
                                {QStringLiteral("remaining"), ids(m_rollbackQueue)}});
            finish(Outcome::RollbackFailed);
            return;
        }
        (void)m_journal->succeeded(id, phase, *result);
        if (phase == StepPhase::Verify && slot.undoInterrupted) {
            slot.undoInterrupted = false;
            slot.state = OpState::Succeeded; // still applied: its undo runs again in turn
            if (!result->value(QStringLiteral("applied")).toBool()) {
                slot.state = OpState::Undone;
                m_applied.removeAll(id);
                m_rollbackQueue.removeAll(id);
                journal(QStringLiteral("skipped"),
                        QJsonObject{{QStringLiteral("op"), id},
                                    {QStringLiteral("phase"), toString(StepPhase::Undo)},
                                    {QStringLiteral("reason"),
                                     tr("its interrupted undo had taken effect (verified)")}});
            }
            emit operationSucceeded(id, phase, tr("checked"));
        } else if (phase == StepPhase::Verify) {
            if (result->value(QStringLiteral("applied")).toBool()) {
                slot.facts = *result;
                slot.state = OpState::Succeeded;
                m_applied << id;
                m_rollbackQueue.prepend(id); // it ran last, so it is undone first
                journal(QStringLiteral("adopted"),
                        QJsonObject{{QStringLiteral("op"), id}, {QStringLiteral("facts"), *result}});
            } else {
                slot.state = OpState::Undone;
                journal(QStringLiteral("skipped"),
                        QJsonObject{{QStringLiteral("op"), id},
                                    {QStringLiteral("phase"), toString(StepPhase::Undo)},
                                    {QStringLiteral("reason"),
                                     tr("interrupted before it changed anything (verified)")}});
            }
            emit operationSucceeded(id, phase, tr("checked"));
        } else {
            slot.state = OpState::Undone;
            m_applied.removeAll(id);
            m_rollbackQueue.removeAll(id);
            emit operationSucceeded(id, phase, tr("undone"));
        }
        nextRollbackStep();
        return;
    }
    onApplyDone(id, phase, result);
    schedule();
}

void PlanRunner::onApplyDone(const QString& id, StepPhase phase, const Result<QJsonObject>& result)
{
    const Operation& op = operation(id);
    Slot& slot = m_slots[id];
    if (!result) {
        slot.state = OpState::Failed;
        slot.error = result.error().toString();
        m_lastError = tr("%1: %2").arg(op.description, slot.error);
        m_failed = true;
        // A dropped connection or a timeout loses the answer, not necessarily the change: a step that can be
        // verified is checked before a retry or a rollback trusts either way. (A failed verify leaves the
        // outcome as unknown as it was.)
        if (phase == StepPhase::Apply)
            slot.needsVerify = outcomeUnknown(result.error()) && !op.verify.isNone();
        (void)m_journal->failed(id, phase, result.error(), slot.needsVerify);
        Log::get("plan")->warn("step {} failed: {}", id, slot.error);
        emit operationFailed(id, phase, slot.error);
        return;
    }
    if (phase == StepPhase::Verify) {
        (void)m_journal->succeeded(id, phase, *result);
        slot.needsVerify = false;
        if (slot.undoInterrupted) {
            // Resume after a rollback that was cut off during this step's undo.
            slot.undoInterrupted = false;
            if (result->value(QStringLiteral("applied")).toBool()) {
                slot.state = OpState::Succeeded; // still applied; the journal already says so
                emit operationSucceeded(id, phase, tr("still applied (verified), not run again"));
                emitProgress();
            } else {
                slot.state = OpState::Pending; // the undo took effect: apply it again
                m_applied.removeAll(id);
                journal(QStringLiteral("skipped"),
                        QJsonObject{{QStringLiteral("op"), id},
                                    {QStringLiteral("phase"), toString(StepPhase::Undo)},
                                    {QStringLiteral("reason"),
                                     tr("its interrupted undo had taken effect (verified)")}});
            }
            return;
        }
        if (result->value(QStringLiteral("applied")).toBool()) {
            slot.state = OpState::Succeeded;
            slot.facts = *result;
            m_applied << id;
            journal(QStringLiteral("adopted"),
                    QJsonObject{{QStringLiteral("op"), id}, {QStringLiteral("facts"), *result}});
            emit operationSucceeded(id, phase, tr("already applied (verified), not run again"));
            emitProgress();
        } else {
            slot.state = OpState::Pending; // not there: schedule() runs it now
        }
        return;
    }
    slot.state = OpState::Succeeded;
    slot.facts = *result;
    m_applied << id;
    QJsonObject undo;
    if (!op.undo.isNone()) {
        const auto bound = op.undo.bound(*result);
        undo = bound ? bound->toJson() : QJsonObject{{QStringLiteral("unbound"), bound.error().message}};
    } else {
        undo = QJsonObject{{QStringLiteral("none"), op.undoNote}};
    }
    if (Status s = m_journal->succeeded(id, phase, *result, undo); !s) {
        // The step ran but the journal could not say so: stop here, a person has to look.
        m_failed = true;
        m_lastError = s.error().toString();
    }
    emit operationSucceeded(id, phase, op.description);
    emitProgress();
}

void PlanRunner::cancel()
{
    switch (m_state) {
    case State::Running:
    case State::RollingBack:
        if (!m_cancelRequested) {
            m_cancelRequested = true;
            journal(QStringLiteral("cancel-requested"));
        }
        if (m_state == State::Running && m_running == 0)
            QMetaObject::invokeMethod(this, &PlanRunner::schedule, Qt::QueuedConnection);
        break;
    case State::WaitingForDecision:
        m_cancelRequested = true;
        finish(Outcome::Cancelled);
        break;
    case State::Idle:
    case State::Finished:
        break;
    }
}

void PlanRunner::retry()
{
    if (m_state != State::WaitingForDecision)
        return;
    const QStringList f = failed();
    journal(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ops"), ids(f)}});
    for (const QString& id : f)
        m_slots[id].state = OpState::Pending;
    m_failed = false;
    m_lastError.clear();
    m_state = State::Running;
    schedule();
}

void PlanRunner::stop()
{
    if (m_state == State::Running) {
        cancel();
        return;
    }
    if (m_state == State::WaitingForDecision)
        finish(Outcome::Stopped);
}

void PlanRunner::rollback()
{
    if (m_state != State::WaitingForDecision)
        return;
    m_state = State::RollingBack;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        if (it->state == OpState::Failed && it->needsVerify)
            m_verifyQueue << it.key();
    beginRollback(tr("rollback after the failure of %1").arg(failed().join(QStringLiteral(", "))));
}

void PlanRunner::beginRollback(const QString& reason)
{
    m_rollbackQueue.clear();
    for (auto it = m_applied.crbegin(); it != m_applied.crend(); ++it)
        m_rollbackQueue << *it;
    journal(QStringLiteral("rollback-begin"),
            QJsonObject{{QStringLiteral("reason"), reason},
                        {QStringLiteral("steps"), ids(m_rollbackQueue)},
                        {QStringLiteral("verifyFirst"), ids(m_verifyQueue)}});
    nextRollbackStep();
}

void PlanRunner::nextRollbackStep()
{
    // Sequential, newest first: an undo never runs while something that depends on its step is still applied.
    for (int guard = 0; guard <= 2 * m_order.size() + 2; ++guard) {
        if (m_cancelRequested) {
            journal(QStringLiteral("rollback-end"),
                    QJsonObject{{QStringLiteral("ok"), false},
                                {QStringLiteral("remaining"), ids(m_rollbackQueue)}});
            finish(Outcome::Cancelled);
            return;
        }
        if (!m_verifyQueue.isEmpty()) {
            const QString id = m_verifyQueue.takeFirst();
            const Operation& op = operation(id);
            if (op.verify.isNone()) {
                m_slots[id].state = OpState::Unknown;
                journal(
                    QStringLiteral("skipped"),
                    QJsonObject{{QStringLiteral("op"), id},
                                {QStringLiteral("phase"), toString(StepPhase::Undo)},
                                {QStringLiteral("reason"),
                                 tr("interrupted with unknown effect and no verify action: check by hand")},
                                {QStringLiteral("unknown"), true}});
                Log::get("plan")->warn("rollback: {} was interrupted and cannot be checked; check it by hand",
                                       id);
                continue;
            }
            if (!launch(id, StepPhase::Verify, op.verify))
                finish(Outcome::RollbackFailed);
            return;
        }
        if (m_rollbackQueue.isEmpty()) {
            journal(QStringLiteral("rollback-end"), QJsonObject{{QStringLiteral("ok"), true}});
            finish(Outcome::RolledBack);
            return;
        }
        const QString id = m_rollbackQueue.constFirst();
        const Operation& op = operation(id);
        Slot& slot = m_slots[id];
        if (op.undo.isNone()) {
            slot.state = OpState::Undone;
            m_applied.removeAll(id);
            m_rollbackQueue.removeFirst();
            journal(QStringLiteral("skipped"),
                    QJsonObject{{QStringLiteral("op"), id},
                                {QStringLiteral("phase"), toString(StepPhase::Undo)},
                                {QStringLiteral("reason"), op.undoNote}});
            emit operationSucceeded(id, StepPhase::Undo, tr("nothing to undo: %1").arg(op.undoNote));
            continue;
        }
        const auto bound = op.undo.bound(slot.facts);
        if (!bound) {
            (void)m_journal->started(id, StepPhase::Undo, 1);
            (void)m_journal->failed(id, StepPhase::Undo, bound.error());
            m_lastError = bound.error().message;
            emit operationFailed(id, StepPhase::Undo, m_lastError);
            journal(QStringLiteral("rollback-end"),
                    QJsonObject{{QStringLiteral("ok"), false},
                                {QStringLiteral("remaining"), ids(m_rollbackQueue)}});
            finish(Outcome::RollbackFailed);
            return;
        }
        if (!launch(id, StepPhase::Undo, *bound)) {
            journal(QStringLiteral("rollback-end"),
                    QJsonObject{{QStringLiteral("ok"), false},
                                {QStringLiteral("remaining"), ids(m_rollbackQueue)}});
            finish(Outcome::RollbackFailed);
        }
        return;
    }
}

void PlanRunner::finish(Outcome outcome)
{
    m_state = State::Finished;
    m_outcome = outcome;
    if (const QStringList unknown = idsIn(OpState::Unknown); !unknown.isEmpty() && m_lastError.isEmpty())
        m_lastError = tr("Check by hand whether these interrupted steps took effect: %1.")
                          .arg(unknown.join(QStringLiteral(", ")));
    QStringList notRun = idsIn(OpState::Pending);
    journal(QStringLiteral("finished"),
            QJsonObject{{QStringLiteral("outcome"), outcomeText(outcome)},
                        {QStringLiteral("applied"), ids(m_applied)},
                        {QStringLiteral("failed"), ids(idsIn(OpState::Failed))},
                        {QStringLiteral("undone"), ids(idsIn(OpState::Undone))},
                        {QStringLiteral("notRun"), ids(notRun)},
                        {QStringLiteral("checkByHand"), ids(idsIn(OpState::Unknown))},
                        {QStringLiteral("message"), m_lastError}});
    Log::get("plan")->info("run finished: {} ({} applied)", outcomeText(outcome), m_applied.size());
    m_journal.reset(); // closes the file and frees it for `resume` / `rollback`
    emit finished(outcome);
}

} // namespace mpio
