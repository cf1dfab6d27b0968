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
