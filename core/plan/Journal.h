#pragma once

#include "core/common/Result.h"
#include "core/plan/Plan.h"
#include "core/plan/StepPhase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QString>
#include <memory>

namespace mpio {

// The apply journal: one JSON object per line, each line written in one call and fsync'd before the step it
// announces runs (so after a crash the journal never claims less than what happened, at most that a step
// started without an outcome). Lives in AppPaths::journalDir() as "<site>-<UTC time>.jsonl".
//
// Every line has "seq" (1, 2, …), "time" (UTC, ISO 8601 with ms) and "event":
//   header      schema "mpio-journal/1", site, profileHash, planHash, toolVersion, plan (the whole plan)
//   planned     op                                   — one per operation, right after the header
//   started     op, phase (apply|undo|verify), attempt
//   succeeded   op, phase, before, after, facts, undo (the bound undo action, for phase apply)
//   failed      op, phase, error {code, message, detail}
//   adopted     op, facts     — resume found an interrupted step's effect present (verify), counted as done
//   skipped     op, phase undo, reason               — rollback of a step that has nothing to undo
//   resume      purpose (resume|rollback), discardedBytes — a later run continues this journal
//   retry, decision-needed, rollback-begin, rollback-end, cancel-requested, cancelled, stopped, finished
//                markers with the lists of succeeded / failed / not-run operation ids
// Secrets: actions are written sanitized (Action::sanitized) and every line passes Redactor::redact.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(mpio::Journal) // the context lupdate gives tr() in its members
public:
    static constexpr const char* kSchema = "mpio-journal/1";

    // Creates a new journal in `dir` (default AppPaths::journalDir()) with the header and the planned lines.
    static Result<std::unique_ptr<Journal>> create(const Plan& plan, const QString& dir = {});
    // Reopens a journal JournalReader accepted, to continue it: a torn last line is cut off first
    // (`validBytes` from the reader) and the sequence goes on after `lastSeq`. Error "journal.busy" while
    // another runner (this process or another) holds it.
    static Result<std::unique_ptr<Journal>> reopen(const QString& path, qint64 validBytes, int lastSeq);

    QString path() const { return m_file.fileName(); }
    int lastSeq() const { return m_seq; }

    // Writes one event line and fsyncs it. `fields` must not contain seq/time/event.
    Status write(const QString& event, QJsonObject fields = {});
    Status started(const QString& op, StepPhase phase, int attempt);
    Status succeeded(const QString& op, StepPhase phase, const QJsonObject& facts,
                     const QJsonObject& undo = {});
    // outcomeUnknown: the call may have taken effect (its answer was lost with the connection, or timed out);
    // a reader treats such a step like an interrupted one, to be verified before anything trusts either way.
    Status failed(const QString& op, StepPhase phase, const Error& error, bool outcomeUnknown = false);

    // "seed-two-paths-20261124T153745Z.jsonl" for the site and a time (file-name safe).
    static QString fileNameFor(const QString& site, const QDateTime& utc);

private:
    Journal() = default;
    Status lock();
    QFile m_file;
    // One writer per journal: `mpioctl resume` must not append while the wizard still runs the same apply.
    // QLockFile removes the lock of a process that died, so a crash leaves nothing to clean up.
    std::unique_ptr<QLockFile> m_lock;
    int m_seq = 0;
};

} // namespace mpio
