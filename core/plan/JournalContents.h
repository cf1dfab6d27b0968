#pragma once

#include "core/plan/Plan.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpio {

// Where each operation stands after replaying a journal.
enum class JournalStepState
{
    Pending,     // planned, never started (or undone and so back to not applied)
    Running,     // apply started, no outcome yet (only at the very end of a journal)
    Interrupted, // apply started, no outcome, and a later run began (crash or dropped connection)
    Succeeded,   // applied (or adopted after a verify); rollback undoes it
    Failed,      // the last apply attempt failed
    Undone,      // rolled back (or had nothing to undo)
};
QString toString(JournalStepState state);

struct JournalStep
{
    JournalStepState state = JournalStepState::Pending;
    int attempts = 0;
    QJsonObject facts; // from the succeeded (or adopted) line
    QString error;     // the last failure's message
    bool undoFailed = false;
    bool undoInterrupted = false; // an undo started and has no outcome: its effect is unknown
};

// A journal as JournalReader accepted it.
struct JournalContents
{
    QString path;
    QJsonObject header;
    Plan plan;
    QList<QJsonObject> events; // every complete line, in order
    int lastSeq = 0;
    qint64 validBytes = 0;      // bytes up to the end of the last complete line
    bool truncatedTail = false; // the last line was torn by a crash mid-write and is ignored
    QString truncationNote;
    QHash<QString, JournalStep> steps;
    QStringList appliedOrder; // operations in the order they succeeded and are still applied
    QString lastEvent;

    // "succeeded", "failed", "interrupted", … per operation (for PlanRenderer).
    QHash<QString, QString> statusText() const;
    QStringList idsIn(JournalStepState state) const;
};

} // namespace mpio
