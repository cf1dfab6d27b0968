#include "app/lab/shell/WorldShellBinding.h"

#include "app/lab/shell/EsxiShell.h"
#include "app/lab/world/World.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTimer>

namespace mpio::lab {

WorldShellBinding::WorldShellBinding(World* world, EsxiShell* shell, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_shell(shell)
    , m_probe(world)
{
    m_shell->setNetworkProbe(&m_probe);
    m_shell->setHostResolver([world](const QString& name) { return world->host(name); });
    m_shell->setStorageResolver([world] { return world->storage(); });
    // The scenario's logged-in sessions log in again at the attached storage, at once (no detection delay:
    // this is the lab starting, not a link coming back).
    connect(world, &World::storageAttached, this, [this] {
        QMutexLocker lock(&m_world->mutex());
        const QStringList hosts = m_world->hostNames();
        for (const QString& name : hosts)
            if (EsxiHostState* h = m_world->host(name))
                for (auto& session : h->sessions)
                    session.loggedIn = false;
        m_shell->linksChanged(hosts);
    });
    connect(world, &World::linksChanged, this, [this](const QStringList& hosts) {
        const ModelParams& m = m_world->model();
        const int delay = int(m.linkDownDetectMs * m.timeScale);
        QTimer::singleShot(delay, this, [this, hosts] {
            QMutexLocker lock(&m_world->mutex());
            m_shell->linksChanged(hosts);
        });
    });
}

} // namespace mpio::lab
