#pragma once

#include "core/monitor/PathCounters.h"

#include <optional>

namespace mpio {

// The rate between two readings of the same path.
struct PathRate
{
    qint64 atMs = 0;      // time of the later reading
    double intervalS = 0; // Δt actually elapsed (missed ticks make it longer, never shorter)
    double iops = 0;      // Δ(read ops + write ops) / Δt  (guidance.md §6; "Successful Commands" includes
                          // non-I/O commands, so it is not used)
    double readIops = 0;
    double writeIops = 0;
    double mbps = 0; // Δ(blocks read + written) × block size / Δt, in MB/s (10^6)
    quint64 failedDelta = 0;
    bool reset = false; // a counter went backwards: path reclaimed or host rebooted
};

// Computes rates from cumulative counters. Handles: a counter that decreases (reset: the interval's rate is
// computed from the new value, as if counting restarted at zero during the interval, and flagged), a 64-bit
// wrap (a counter near 2^64 that comes back small: the wrapped distance), and Δt ≤ 0 (no rate).
class CounterDelta
{
public:
    static std::optional<PathRate> between(const PathCounters& before, const PathCounters& after,
                                           int blockSize = 512);
    // Distance from a to b of a cumulative unsigned counter; `reset` set when b < a and it is not a wrap.
    static quint64 distance(quint64 a, quint64 b, bool* reset);
};

} // namespace mpio
