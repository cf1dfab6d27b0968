#pragma once

#include "app/lab/control/FaultMode.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <memory>

namespace mpio::lab {

class CommandRunner;
class HostRuntime;
class SshHostServer;
class World;

// Every simulated ESXi host's SSH server, plus the worker pool that runs exec channels (sized for 32 hosts ×
// their esxcli concurrency, the jobs mostly sleep in the latency model).
class SshServerPool : public QObject
{
    Q_OBJECT
public:
    explicit SshServerPool(World* world, QObject* parent = nullptr);
    ~SshServerPool() override;

    // Host keys live in stateDir/hostkeys/<host>_ed25519.
    bool start(const QString& stateDir, QString* error);
    void stop();
    void setRunner(CommandRunner* runner);

    QStringList hosts() const { return m_servers.keys(); }
    quint16 port(const QString& host) const;
    QString fingerprint(const QString& host) const;
    HostRuntime* runtime(const QString& host) const;

    bool dropSessions(const QString& host, int* dropped, QString* error);
    bool rotateHostKey(const QString& host, QString* error);
    bool injectEsxcliFailure(const QString& host, int k, const QString& text, int exitCode, QString* error,
                             FaultMode mode = FaultMode::Error);
    // host empty: every host; negative values leave a parameter unchanged.
    bool setLatency(const QString& host, int esxcliMs, int rttMs, int vmkpingTiming, QString* error);
    // Lockouts, injected failures and latency back to the scenario's values.
    void reset();

signals:
    void hostKeyRotated(const QString& host);

private:
    World* m_world;
    QThreadPool m_pool;
    QMap<QString, SshHostServer*> m_servers;
    QMap<QString, std::shared_ptr<HostRuntime>> m_runtimes;
};

} // namespace mpio::lab
