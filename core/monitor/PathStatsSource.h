#pragma once

#include "core/common/Result.h"
#include "core/monitor/PathCounters.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace mpio {

// One host's answer to one poll: every path's counters and state, read with one SSH round trip
// (esxi-esxcli.md §6.4: one `storage core path stats get` for all paths, never one call per path).
struct HostPathReading
{
    QString host;
    qint64 atMs = 0;
    QList<PathCounters> counters;
    QHash<QString, QString> stateByPath;  // runtime name → active | dead | standby …
    QHash<QString, QString> deviceByPath; // runtime name → naa
    int blockSize = 512;
};

// Where the monitor's readings come from: the ESXi client on real hosts and in the lab, a synthetic source
// in unit tests. fetch() answers asynchronously, exactly once per call, on the caller's thread.
class PathStatsSource
{
public:
    virtual ~PathStatsSource() = default;
    virtual QStringList hosts() const = 0;
    virtual void fetch(const QString& host, std::function<void(Result<HostPathReading>)> done) = 0;
};

} // namespace mpio
