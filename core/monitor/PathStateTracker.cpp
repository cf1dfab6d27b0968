#include "core/monitor/PathStateTracker.h"

namespace mpio {

QList<PathEvent> PathStateTracker::update(qint64 atMs, const QString& host, const QString& path,
                                          const QString& device, const QString& state)
{
    const QString key = host + QLatin1Char('/') + path;
    const auto it = m_states.constFind(key);
    if (it == m_states.constEnd()) {
        m_states.insert(key, state);
        return {};
    }
    if (*it == state)
        return {};
    PathEvent e{atMs, host, path, device, *it, state};
    m_states.insert(key, state);
    return {e};
}

QString PathStateTracker::stateOf(const QString& host, const QString& path) const
{
    return m_states.value(host + QLatin1Char('/') + path);
}

} // namespace mpio
