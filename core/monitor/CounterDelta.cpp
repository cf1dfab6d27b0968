#include "core/monitor/CounterDelta.h"

namespace mpio {

quint64 CounterDelta::distance(quint64 a, quint64 b, bool* reset)
{
    if (b >= a)
        return b - a;
    // A 64-bit wrap only happens from the very top of the range; anything else that goes backwards is a reset
    // (path reclaimed, host rebooted) and counting restarted at zero.
    constexpr quint64 kWrapZone = quint64(1) << 63;
    if (a >= kWrapZone && b < kWrapZone)
        return (~quint64(0) - a) + b + 1;
    if (reset)
        *reset = true;
    return b;
}

std::optional<PathRate> CounterDelta::between(const PathCounters& before, const PathCounters& after,
                                              int blockSize)
{
    const qint64 dtMs = after.atMs - before.atMs;
    if (dtMs <= 0)
        return std::nullopt;
    PathRate r;
    r.atMs = after.atMs;
    r.intervalS = double(dtMs) / 1000.0;
    bool reset = false;
    const quint64 reads = distance(before.readOps, after.readOps, &reset);
    const quint64 writes = distance(before.writeOps, after.writeOps, &reset);
    const quint64 blocks = distance(before.blocksRead, after.blocksRead, &reset) +
                           distance(before.blocksWritten, after.blocksWritten, &reset);
    r.failedDelta = distance(before.failedCommands, after.failedCommands, &reset);
    r.reset = reset;
    r.readIops = double(reads) / r.intervalS;
    r.writeIops = double(writes) / r.intervalS;
    r.iops = r.readIops + r.writeIops;
    r.mbps = double(blocks) * double(blockSize) / 1e6 / r.intervalS;
    return r;
}

} // namespace mpio
