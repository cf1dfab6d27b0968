#include "app/lab/ssh/SshServerPool.h"

#include "app/lab/ssh/HostRuntime.h"
#include "app/lab/ssh/SshHostServer.h"
#include "app/lab/world/World.h"

#include <QMutexLocker>

namespace mpio::lab {

SshServerPool::SshServerPool(World* world, QObject* parent)
    : QObject(parent)
    , m_world(world)
{
    m_pool.setMaxThreadCount(160);
    m_pool.setExpiryTimeout(5000);
}

SshServerPool::~SshServerPool()
{
    stop();
}

bool SshServerPool::start(const QString& stateDir, QString* error)
{
    QList<QPair<QString, QString>> hosts;
    {
        QMutexLocker lock(&m_world->mutex());
        for (const QString& name : m_world->hostNames())
            hosts.append({name, m_world->host(name)->rootPassword});
    }
    for (const auto& [name, password] : hosts) {
        auto runtime = std::make_shared<HostRuntime>(name, password, m_world->model());
        auto* server = new SshHostServer(runtime, m_world, &m_pool, this);
        if (!server->start(stateDir + QStringLiteral("/hostkeys/") + name + QStringLiteral("_ed25519"), 0,
                           error)) {
            delete server;
            stop();
            return false;
        }
        m_runtimes.insert(name, runtime);
        m_servers.insert(name, server);
    }
    return true;
}

void SshServerPool::stop()
{
    for (SshHostServer* s : std::as_const(m_servers))
        s->stopAll();
    m_pool.waitForDone(5000);
    qDeleteAll(m_servers);
    m_servers.clear();
    m_runtimes.clear();
}

void SshServerPool::setRunner(CommandRunner* runner)
{
    for (SshHostServer* s : std::as_const(m_servers))
        s->setRunner(runner);
}

quint16 SshServerPool::port(const QString& host) const
{
    const SshHostServer* s = m_servers.value(host);
    return s ? s->serverPort() : 0;
}

QString SshServerPool::fingerprint(const QString& host) const
{
    const SshHostServer* s = m_servers.value(host);
    return s ? s->fingerprint() : QString();
}

HostRuntime* SshServerPool::runtime(const QString& host) const
{
    return m_runtimes.value(host).get();
}

bool SshServerPool::dropSessions(const QString& host, int* dropped, QString* error)
{
    SshHostServer* s = m_servers.value(host);
    if (!s) {
        *error = QStringLiteral("unknown host \"%1\"").arg(host);
        return false;
    }
    *dropped = s->dropAll();
    return true;
}

bool SshServerPool::rotateHostKey(const QString& host, QString* error)
{
    SshHostServer* s = m_servers.value(host);
    if (!s) {
        *error = QStringLiteral("unknown host \"%1\"").arg(host);
        return false;
    }
    if (!s->rotateHostKey(error))
        return false;
    emit hostKeyRotated(host);
    return true;
}

bool SshServerPool::injectEsxcliFailure(const QString& host, int k, const QString& text, int exitCode,
                                        QString* error, FaultMode mode)
{
    HostRuntime* r = runtime(host);
    if (!r) {
        *error = QStringLiteral("unknown host \"%1\"").arg(host);
        return false;
    }
    if (k < 1) {
        *error = QStringLiteral("call must be >= 1");
        return false;
    }
    r->injectFailure(k, text, exitCode, mode);
    return true;
}

bool SshServerPool::setLatency(const QString& host, int esxcliMs, int rttMs, int vmkpingTiming,
                               QString* error)
{
    if (!host.isEmpty() && !m_runtimes.contains(host)) {
        *error = QStringLiteral("unknown host \"%1\"").arg(host);
        return false;
    }
    for (auto it = m_runtimes.cbegin(); it != m_runtimes.cend(); ++it)
        if (host.isEmpty() || it.key() == host)
            it.value()->setLatency(esxcliMs, rttMs, vmkpingTiming);
    return true;
}

void SshServerPool::reset()
{
    QMutexLocker lock(&m_world->mutex());
    for (auto it = m_runtimes.cbegin(); it != m_runtimes.cend(); ++it) {
        const EsxiHostState* h = m_world->host(it.key());
        it.value()->reset(h ? h->rootPassword : QString(), m_world->model());
    }
}

} // namespace mpio::lab
