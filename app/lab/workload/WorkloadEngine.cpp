#include "app/lab/workload/WorkloadEngine.h"

#include "app/lab/workload/NmpSelector.h"

#include <cmath>

namespace mpio::lab {

WorkloadEngine::WorkloadEngine(PathTiming timing, LinkProbe probe)
    : m_timing(timing)
    , m_probe(std::move(probe))
{}

void WorkloadEngine::setWorkload(const Workload& workload)
{
    for (qsizetype i = 0; i < m_workloads.size(); ++i) {
        if (m_workloads[i].host == workload.host && m_workloads[i].device == workload.device) {
            if (workload.iops <= 0)
                m_workloads.removeAt(i);
            else
                m_workloads[i] = workload;
            return;
        }
    }
    if (workload.iops > 0)
        m_workloads.append(workload);
}

void WorkloadEngine::clear()
{
    m_workloads.clear();
    m_paths.clear();
    m_devices.clear();
    m_lastMs = -1;
}

void WorkloadEngine::updateHealth(qint64 nowMs, EsxiHostState& host, Path& path)
{
    PathRuntime& rt = m_paths[host.name + QLatin1Char('/') + path.runtimeName];
    const PathLink link = m_probe ? m_probe(host, path) : PathLink::Up;
    if (path.state == QLatin1String("dead")) {
        rt.brokenSinceMs = -1;
        if (link != PathLink::Up) {
            rt.restoredSinceMs = -1;
        } else if (rt.restoredSinceMs < 0) {
            rt.restoredSinceMs = nowMs;
        } else if (nowMs - rt.restoredSinceMs >= m_timing.loginMs) {
            path.state = QStringLiteral("active");
            rt.restoredSinceMs = -1;
        }
        return;
    }
    if (path.state != QLatin1String("active"))
        return;
    rt.restoredSinceMs = -1;
    if (link == PathLink::Up) {
        rt.brokenSinceMs = -1;
        return;
    }
    if (rt.brokenSinceMs < 0 || rt.brokenAs != link) {
        rt.brokenSinceMs = nowMs;
        rt.brokenAs = link;
    }
    // A local link-down is seen at once by the vmk; a far-side break only when NOP-Outs go unanswered
    // (NoopOutInterval + NoopOutTimeout, esxi-esxcli.md §7.2; guidance.md §6).
    const int detectMs = link == PathLink::LocalDown ? m_timing.linkDownDetectMs
                                                     : m_timing.noopOutIntervalMs + m_timing.noopOutTimeoutMs;
    if (nowMs - rt.brokenSinceMs >= detectMs) {
        path.state = QStringLiteral("dead");
        rt.brokenSinceMs = -1;
    }
}

void WorkloadEngine::runWorkload(double seconds, EsxiHostState& host, Device& device, const Workload& w)
{
    DeviceRuntime& rt = m_devices[host.name + QLatin1Char('/') + device.naa];
    QStringList usable;
    QList<Path*> devicePaths;
    for (Path& p : host.paths) {
        if (p.device != device.naa)
            continue;
        devicePaths.append(&p);
        if (p.state == QLatin1String("active"))
            usable.append(p.runtimeName);
    }
    device.apd = !devicePaths.isEmpty() && usable.isEmpty();
    if (usable.isEmpty()) {
        // APD: nothing completes. After Misc.APDTimeout ESXi fails new I/O fast instead of queueing it: the
        // device's failed-command counters grow (esxcli storage core device stats get).
        if (rt.apdSinceMs < 0)
            rt.apdSinceMs = m_nowMs;
        if (m_nowMs - rt.apdSinceMs >= m_timing.apdTimeoutMs) {
            rt.carry += w.iops * seconds;
            const quint64 failed = quint64(std::floor(rt.carry));
            rt.carry -= double(failed);
            const quint64 reads = failed * quint64(qBound(0, w.readPercent, 100)) / 100;
            device.failedReads += reads;
            device.failedWrites += failed - reads;
        }
        return;
    }
    rt.apdSinceMs = -1;
    rt.carry += w.iops * seconds;
    const quint64 ios = quint64(std::floor(rt.carry));
    rt.carry -= double(ios);
    const QHash<QString, quint64> split =
        NmpSelector::distribute(device, usable, ios, w.blockSize, &rt.cursor, &rt.leftInChunk);
    // I/O sent to a path that is broken but not yet declared dead does not complete; with a bounded queue
    // the device stalls until ESXi gives up on that path (this is the gap the failover test measures).
    for (Path* p : std::as_const(devicePaths)) {
        const PathRuntime& prt = m_paths.value(host.name + QLatin1Char('/') + p->runtimeName);
        if (prt.brokenSinceMs >= 0 && split.value(p->runtimeName) > 0)
            return;
    }
    const quint64 blocksPerIo = quint64(qMax(1, w.blockSize / qMax(1, device.blockSize)));
    for (Path* p : std::as_const(devicePaths)) {
        const quint64 n = split.value(p->runtimeName);
        if (n == 0)
            continue;
        const quint64 reads = n * quint64(qBound(0, w.readPercent, 100)) / 100;
        const quint64 writes = n - reads;
        p->readOps += reads;
        p->writeOps += writes;
        p->blocksRead += reads * blocksPerIo;
        p->blocksWritten += writes * blocksPerIo;
        device.readOps += reads;
        device.writeOps += writes;
        device.blocksRead += reads * blocksPerIo;
        device.blocksWritten += writes * blocksPerIo;
    }
}

void WorkloadEngine::advanceTo(qint64 nowMs, const QList<EsxiHostState*>& hosts)
{
    const double seconds = m_lastMs < 0 ? 0.0 : double(qMax<qint64>(0, nowMs - m_lastMs)) / 1000.0;
    m_lastMs = nowMs;
    m_nowMs = nowMs;
    for (EsxiHostState* host : hosts) {
        for (Path& p : host->paths)
            updateHealth(nowMs, *host, p);
        for (Device& d : host->devices) {
            if (!d.claimed)
                continue;
            bool loaded = false;
            for (const Workload& w : std::as_const(m_workloads)) {
                if (w.host != host->name || (w.device != QLatin1String("*") && w.device != d.naa))
                    continue;
                loaded = true;
                if (seconds > 0)
                    runWorkload(seconds, *host, d, w);
            }
            if (!loaded) {
                bool anyActive = false, anyPath = false;
                for (const Path& p : std::as_const(host->paths))
                    if (p.device == d.naa) {
                        anyPath = true;
                        anyActive = anyActive || p.state == QLatin1String("active");
                    }
                d.apd = anyPath && !anyActive;
            }
        }
    }
}

} // namespace mpio::lab
