#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace mpio {

// One reading of a path's cumulative SCSI counters (`esxcli storage core path stats get`, esxi-esxcli.md
// §6.2). Counters are cumulative 64-bit values since the path was claimed; they can exceed 2^31.
struct PathCounters
{
    QString host;
    QString path;   // runtime name, vmhba64:C0:T0:L0
    QString device; // naa.…
    quint64 readOps = 0;
    quint64 writeOps = 0;
    quint64 blocksRead = 0;
    quint64 blocksWritten = 0;
    quint64 failedCommands = 0;
    qint64 atMs = 0; // when the poll answered, monotonic milliseconds (QElapsedTimer-based clock)

    QString key() const { return host + QLatin1Char('/') + path; }
};

} // namespace mpio
