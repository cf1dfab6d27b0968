#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mpio {

struct PathEvent
{
    qint64 atMs = 0;
    QString host;
    QString path;
    QString device;
    QString from; // empty on first sight
    QString to;
    bool operator==(const PathEvent&) const = default;
};

// Turns successive path-state readings into timestamped change events. The first reading of a path records
// its state without an event; only changes after that are events.
class PathStateTracker
{
public:
    // Returns the events caused by this reading (none, or one).
    QList<PathEvent> update(qint64 atMs, const QString& host, const QString& path, const QString& device,
                            const QString& state);
    QString stateOf(const QString& host, const QString& path) const;
    void clear() { m_states.clear(); }

private:
    QHash<QString, QString> m_states;
};

} // namespace mpio
