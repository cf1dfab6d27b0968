#pragma once

#include "app/lab/esxi/EsxiHostState.h"

#include <QHash>
#include <QList>

namespace mpio::lab {

// ESXi NMP's choice of path for each I/O of a device, reduced to counts: given n I/Os in a tick, how many go
// to each path. FIXED → the preferred path (or, while it is down, the first working one; back on the
// preferred when it returns); MRU → the current path until it dies, no failback; RR with iops=N (or bytes=B,
// i.e. N = ceil(B / block size)) → N I/Os on one active path, then the next, in path order. Dead or failing
// paths receive nothing.
class NmpSelector
{
public:
    // `usable`: runtime names of the device's paths that are active, in ESXi's path order.
    // Returns I/O count per runtime name. Keeps the RR cursor between ticks in `cursor` / `leftInChunk`.
    static QHash<QString, quint64> distribute(Device& device, const QStringList& usable, quint64 ios,
                                              int blockSize, int* cursor, quint64* leftInChunk);
};

} // namespace mpio::lab
