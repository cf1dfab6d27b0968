#include "app/lab/world/PathMonitor.h"

#include "app/lab/world/World.h"

#include <QMutexLocker>
#include <QTimer>
#include <algorithm>

namespace mpio::lab {

PathMonitor::PathMonitor(World* world, QObject* parent)
    : QObject(parent)
    , m_world(world)
{
    connect(world, &World::linksChanged, this, &PathMonitor::onLinksChanged);
}

void PathMonitor::onLinksChanged(const QStringList& hosts)
{
    const int delay = int(m_world->model().linkDownDetectMs * m_world->model().timeScale);
    QTimer::singleShot(std::max(0, delay), this, [this, hosts] { refresh(hosts); });
}

int PathMonitor::refresh(const QStringList& hosts)
{
    int changed = 0;
    QStringList touched;
    {
        QMutexLocker lock(&m_world->mutex());
        for (const QString& name : hosts) {
            EsxiHostState* h = m_world->host(name);
            if (!h)
                continue;
            int hostChanges = 0;
            for (IscsiSession& s : h->sessions) {
                const bool up = m_world->reachable(name, s.vmk, s.portalIp);
                if (up != s.loggedIn) {
                    s.loggedIn = up;
                    s.failureReason = up ? QString() : QStringLiteral("connection lost");
                    ++hostChanges;
                }
            }
            for (Path& p : h->paths) {
                if (p.state == QLatin1String("disabled"))
                    continue;
                const bool up = m_world->reachable(name, p.vmk, p.portalIp);
                const bool dead = p.state == QLatin1String("dead");
                if (up == dead) {
                    p.state = up ? QStringLiteral("active") : QStringLiteral("dead");
                    ++changed;
                    ++hostChanges;
                }
            }
            for (Device& d : h->devices) {
                QStringList working;
                bool currentWorks = false;
                for (const Path& p : std::as_const(h->paths))
                    if (p.device == d.naa && p.state == QLatin1String("active")) {
                        working.append(p.runtimeName);
                        currentWorks = currentWorks || p.runtimeName == d.currentPath;
                    }
                d.apd = working.isEmpty();
                if (!currentWorks && !working.isEmpty())
                    d.currentPath = working.first();
            }
            if (hostChanges)
                touched.append(name);
        }
    }
    if (!touched.isEmpty())
        emit pathsChanged(touched);
    return changed;
}

} // namespace mpio::lab
