#pragma once

#include "app/lab/ssh/HostKey.h"

#include <QTcpServer>
#include <memory>
#include <vector>

struct ssh_bind_struct;
class QThreadPool;

namespace mpio::lab {

class CommandRunner;
class HostRuntime;
class SshConnection;
class World;

// The SSH server of one simulated ESXi host on its own 127.0.0.1 port. Qt accepts the TCP connection; libssh
// takes over the socket (ssh_bind_accept_fd) and an SshConnection thread serves it. At most kMaxConnections
// at once; more are closed right away.
class SshHostServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kMaxConnections = 24;

    SshHostServer(std::shared_ptr<HostRuntime> runtime, World* world, QThreadPool* pool,
                  QObject* parent = nullptr);
    ~SshHostServer() override;

    bool start(const QString& hostKeyPath, quint16 port, QString* error);
    void setRunner(CommandRunner* runner) { m_runner = runner; }
    QString fingerprint() const { return m_key.fingerprintSha256(); }
    bool rotateHostKey(QString* error);
    // Closes every session of this host (control action `ssh-drop`); returns how many were open.
    int dropAll();
    int activeConnections();
    void stopAll();

protected:
    void incomingConnection(qintptr fd) override;

private:
    bool makeBind(QString* error);
    void reap();

    std::shared_ptr<HostRuntime> m_runtime;
    World* m_world;
    QThreadPool* m_pool;
    CommandRunner* m_runner = nullptr;
    HostKey m_key;
    ssh_bind_struct* m_bind = nullptr;
    std::vector<std::unique_ptr<SshConnection>> m_connections;
};

} // namespace mpio::lab
