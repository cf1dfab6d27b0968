#pragma once

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/workload/Workload.h"

#include <QHash>
#include <QList>
#include <functional>

namespace mpio::lab {

// Runs the lab's workloads and ESXi's path-health timers against the hosts' state: advances each path's
// cumulative counters by the I/O NMP sends it, marks a broken path dead after the detection delay that fits
// the break (PathTiming), brings a restored path back after a login delay, and flags APD when a device has
// no path left. Time is the lab's own clock in milliseconds (already scaled by the scenario's timeScale).
class WorkloadEngine
{
public:
    using LinkProbe = std::function<PathLink(const EsxiHostState& host, const Path& path)>;

    WorkloadEngine(PathTiming timing, LinkProbe probe);

    void setTiming(const PathTiming& timing) { m_timing = timing; }
    const PathTiming& timing() const { return m_timing; }
    // Replaces the workload of the same host and device; iops 0 stops it.
    void setWorkload(const Workload& workload);
    QList<Workload> workloads() const { return m_workloads; }
    void clear();

    void advanceTo(qint64 nowMs, const QList<EsxiHostState*>& hosts);

private:
    struct PathRuntime
    {
        qint64 brokenSinceMs = -1;
        PathLink brokenAs = PathLink::Up;
        qint64 restoredSinceMs = -1;
    };
    struct DeviceRuntime
    {
        double carry = 0;
        int cursor = -1;
        quint64 leftInChunk = 0;
        qint64 apdSinceMs = -1; // all paths down since (lab ms)
    };

    void updateHealth(qint64 nowMs, EsxiHostState& host, Path& path);
    void runWorkload(double seconds, EsxiHostState& host, Device& device, const Workload& w);

    PathTiming m_timing;
    LinkProbe m_probe;
    QList<Workload> m_workloads;
    QHash<QString, PathRuntime> m_paths;     // host/runtime name
    QHash<QString, DeviceRuntime> m_devices; // host/naa
    qint64 m_lastMs = -1;
    qint64 m_nowMs = 0;
};

} // namespace mpio::lab
