#include "core/esxi/EsxiPathStatsSource.h"

#include "core/esxi/EsxiHostClient.h"

#include <memory>
#include <optional>

namespace mpio::esxi {

EsxiPathStatsSource::EsxiPathStatsSource()
{
    m_clock.start();
}

void EsxiPathStatsSource::fetch(const QString& host, std::function<void(Result<HostPathReading>)> done)
{
    EsxiHostClient* client = m_clients.value(host);
    if (!client)
        return done(Error::make(QStringLiteral("monitor.unknown-host"),
                                QStringLiteral("no connection to %1").arg(host)));
    struct Pending
    {
        std::optional<Result<EsxcliValue>> stats, paths;
        qint64 statsAtMs = 0; // the counters' time: when THEIR answer came, not the path list's
    };
    auto pending = std::make_shared<Pending>();
    const QElapsedTimer* clock = &m_clock;
    auto finish = [pending, host, done, clock] {
        if (!pending->stats || !pending->paths)
            return;
        if (!pending->stats->ok())
            return done(pending->stats->error());
        if (!pending->paths->ok())
            return done(pending->paths->error());
        HostPathReading reading;
        reading.host = host;
        reading.atMs = pending->statsAtMs;
        for (const EsxcliValue& p : pending->paths->value().records()) {
            const QString name = p.string(QStringLiteral("RuntimeName"));
            reading.stateByPath.insert(name, p.string(QStringLiteral("State")));
            reading.deviceByPath.insert(name, p.string(QStringLiteral("Device")));
        }
        for (const EsxcliValue& s : pending->stats->value().records()) {
            PathCounters c;
            c.host = host;
            c.path = s.string(QStringLiteral("Path"));
            c.device = reading.deviceByPath.value(c.path);
            c.readOps = quint64(s.integer64(QStringLiteral("ReadOperations")));
            c.writeOps = quint64(s.integer64(QStringLiteral("WriteOperations")));
            c.blocksRead = quint64(s.integer64(QStringLiteral("BlocksRead")));
            c.blocksWritten = quint64(s.integer64(QStringLiteral("BlocksWritten")));
            c.failedCommands = quint64(s.integer64(QStringLiteral("FailedCommands")));
            c.atMs = reading.atMs;
            reading.counters.append(c);
        }
        done(reading);
    };
    client->esxcli({QStringLiteral("storage"), QStringLiteral("core"), QStringLiteral("path"),
                    QStringLiteral("stats"), QStringLiteral("get")},
                   [pending, finish, clock](Result<EsxcliValue> r) {
                       pending->statsAtMs = clock->elapsed();
                       pending->stats = std::move(r);
                       finish();
                   });
    client->esxcli(
        {QStringLiteral("storage"), QStringLiteral("core"), QStringLiteral("path"), QStringLiteral("list")},
        [pending, finish](Result<EsxcliValue> r) {
            pending->paths = std::move(r);
            finish();
        });
}

} // namespace mpio::esxi
