#pragma once

#include "core/common/Error.h"
#include "core/monitor/CounterDelta.h"
#include "core/monitor/DeviceShare.h"
#include "core/monitor/PathStateTracker.h"
#include "core/monitor/PathStatsSource.h"
#include "core/monitor/RingBuffer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace mpio {

struct PathSample
{
    PathRate rate;
    QString state;
};

// Polls every host concurrently at an interval, computes per-path IOPS and MB/s from counter deltas, keeps a
// bounded ring buffer per path, and derives device shares, the imbalance flag, path-state events and APD.
// A host whose previous poll has not answered is skipped this tick (never two polls in flight per host), so a
// slow host cannot pile up requests; its next answer simply covers a longer interval.
class IopsMonitor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 1000;
        qsizetype bufferSamples = 8 * 3600; // 8 h at 1 s
        double imbalanceTolerance = 0.10;
    };

    IopsMonitor(PathStatsSource* source, Options options, QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    qint64 nowMs() const { return m_clock.elapsed(); }

    QStringList pathKeys() const; // "host/runtime name"
    const RingBuffer<PathSample>* series(const QString& pathKey) const;
    QList<DeviceShareResult> latestShares() const { return m_latestShares.values(); }
    QList<PathEvent> events() const { return m_events; }
    int pollsAnswered() const { return m_answered; }

signals:
    void hostPolled(const QString& host, qint64 atMs);
    void pathChanged(const mpio::PathEvent& event);
    void shareUpdated(const mpio::DeviceShareResult& share);
    void hostFailed(const QString& host, const mpio::Error& error);

private:
    void tick();
    void onReading(const QString& host, const Result<HostPathReading>& reading);

    PathStatsSource* m_source;
    Options m_options;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QSet<QString> m_inFlight;
    QHash<QString, PathCounters> m_last;
    QHash<QString, RingBuffer<PathSample>> m_series;
    QHash<QString, DeviceShareResult> m_latestShares; // key: host/device
    PathStateTracker m_states;
    QList<PathEvent> m_events; // bounded like the series
    int m_answered = 0;
};

} // namespace mpio
