#pragma once

#include "core/monitor/PathStatsSource.h"

#include <QElapsedTimer>
#include <QHash>

namespace mpio::esxi {

class EsxiHostClient;

// The monitor's readings from ESXi hosts (issue 6): per poll and host, `esxcli storage core path stats get`
// (every path's cumulative counters, one call for all paths — reference §6.4) and `storage core path list`
// (states and devices), both XML, sent at the same time over the host's two sessions so a poll costs one
// esxcli latency. Times are on one monotonic clock (QElapsedTimer), stamped when the answer arrives.
class EsxiPathStatsSource final : public PathStatsSource
{
public:
    EsxiPathStatsSource();
    void addHost(const QString& name, EsxiHostClient* client) { m_clients.insert(name, client); }
    QStringList hosts() const override { return m_clients.keys(); }
    void fetch(const QString& host, std::function<void(Result<HostPathReading>)> done) override;

private:
    QHash<QString, EsxiHostClient*> m_clients;
    QElapsedTimer m_clock;
};

} // namespace mpio::esxi
