#pragma once

#include "core/common/Result.h"
#include "core/plan/JournalContents.h"
#include <QCoreApplication>

namespace mpio {

// Loads a journal and checks it before anything acts on it (rollback, resume, show). A torn last line (a
// crash mid-write) is tolerated and reported; any other damage is refused with an error naming the line: bad
// JSON before the end, a missing or duplicated header, a sequence gap, an unknown operation id, an outcome
// without a start, a step started before its dependencies succeeded, an undo out of reverse order, or a plan
// whose hash differs from the header's.
class JournalReader
{
    Q_DECLARE_TR_FUNCTIONS(mpio::JournalReader) // the context lupdate gives tr() in its members
public:
    static Result<JournalContents> load(const QString& path);
    static Result<JournalContents> parse(const QByteArray& bytes, const QString& path = {});
    // Does the file look like a journal (first line is a header event)? Cheap, for `mpioctl plan --show`.
    static bool looksLikeJournal(const QByteArray& firstBytes);
};

} // namespace mpio
