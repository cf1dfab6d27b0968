#include "core/monitor/IopsMonitor.h"

#include <QPointer>

namespace mpio {

IopsMonitor::IopsMonitor(PathStatsSource* source, Options options, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_options(options)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IopsMonitor::tick);
    m_clock.start();
}

void IopsMonitor::start()
{
    if (!m_clock.isValid())
        m_clock.start();
    tick(); // first reading at once; rates begin with the second
    m_timer.start();
}

void IopsMonitor::stop()
{
    m_timer.stop();
}

QStringList IopsMonitor::pathKeys() const
{
    QStringList keys = m_series.keys();
    keys.sort();
    return keys;
}

const RingBuffer<PathSample>* IopsMonitor::series(const QString& pathKey) const
{
    const auto it = m_series.constFind(pathKey);
    return it == m_series.constEnd() ? nullptr : &*it;
}

void IopsMonitor::tick()
{
    const QStringList hosts = m_source->hosts();
    for (const QString& host : hosts) {
        if (m_inFlight.contains(host))
            continue;
        m_inFlight.insert(host);
        QPointer<IopsMonitor> self(this);
        m_source->fetch(host, [self, host](Result<HostPathReading> reading) {
            if (self)
                self->onReading(host, reading);
        });
    }
}

void IopsMonitor::onReading(const QString& host, const Result<HostPathReading>& reading)
{
    m_inFlight.remove(host);
    if (!reading) {
        emit hostFailed(host, reading.error());
        return;
    }
    ++m_answered;
    const HostPathReading& r = *reading;
    const qint64 at = r.atMs > 0 ? r.atMs : nowMs();
    QHash<QString, QList<PathShare>> byDevice;
    for (PathCounters c : r.counters) {
        c.host = host;
        c.atMs = at;
        if (c.device.isEmpty())
            c.device = r.deviceByPath.value(c.path);
        const QString key = c.key();
        const QString state = r.stateByPath.value(c.path, QStringLiteral("active"));
        for (const PathEvent& e : m_states.update(at, host, c.path, c.device, state)) {
            m_events.append(e);
            if (m_events.size() > m_options.bufferSamples)
                m_events.removeFirst();
            emit pathChanged(e);
        }
        double iops = 0;
        if (const auto last = m_last.constFind(key); last != m_last.constEnd()) {
            if (const auto rate = CounterDelta::between(*last, c, r.blockSize)) {
                auto it = m_series.find(key);
                if (it == m_series.end())
                    it = m_series.insert(key, RingBuffer<PathSample>(m_options.bufferSamples));
                it->push(PathSample{*rate, state});
                iops = rate->iops;
            }
        }
        m_last.insert(key, c);
        byDevice[c.device].append(PathShare{c.path, state, iops, 0});
    }
    for (auto it = byDevice.constBegin(); it != byDevice.constEnd(); ++it) {
        DeviceShareResult share = DeviceShare::compute(it.key(), it.value(), m_options.imbalanceTolerance);
        share.host = host;
        m_latestShares.insert(host + QLatin1Char('/') + it.key(), share);
        emit shareUpdated(share);
    }
    emit hostPolled(host, at);
}

} // namespace mpio
