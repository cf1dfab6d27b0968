#include "app/lab/ssh/SshHostServer.h"

#include "app/lab/ssh/HostRuntime.h"
#include "app/lab/ssh/SshConnection.h"

#include <QHostAddress>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mpio::lab {

SshHostServer::SshHostServer(std::shared_ptr<HostRuntime> runtime, World* world, QThreadPool* pool,
                             QObject* parent)
    : QTcpServer(parent)
    , m_runtime(std::move(runtime))
    , m_world(world)
    , m_pool(pool)
{}

SshHostServer::~SshHostServer()
{
    stopAll();
    if (m_bind)
        ssh_bind_free(m_bind);
}

bool SshHostServer::makeBind(QString* error)
{
    ssh_bind bind = ssh_bind_new();
    ssh_key copy = nullptr;
    // The bind takes ownership of the imported key: give it its own copy.
    char* b64 = nullptr;
    if (ssh_pki_export_privkey_base64(m_key.key(), nullptr, nullptr, nullptr, &b64) != SSH_OK ||
        ssh_pki_import_privkey_base64(b64, nullptr, nullptr, nullptr, &copy) != SSH_OK) {
        ssh_string_free_char(b64);
        ssh_bind_free(bind);
        *error = QStringLiteral("cannot copy the host key");
        return false;
    }
    ssh_string_free_char(b64);
    if (ssh_bind_options_set(bind, SSH_BIND_OPTIONS_IMPORT_KEY, copy) != SSH_OK) {
        ssh_key_free(copy);
        ssh_bind_free(bind);
        *error = QStringLiteral("cannot use the host key");
        return false;
    }
    if (m_bind)
        ssh_bind_free(m_bind); // sessions already accepted hold their own copy of the old key
    m_bind = bind;
    return true;
}

bool SshHostServer::start(const QString& hostKeyPath, quint16 port, QString* error)
{
    if (!m_key.loadOrCreate(hostKeyPath, error) || !makeBind(error))
        return false;
    if (!listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("%1: cannot listen on 127.0.0.1:%2: %3")
                     .arg(m_runtime->name())
                     .arg(port)
                     .arg(errorString());
        return false;
    }
    return true;
}

bool SshHostServer::rotateHostKey(QString* error)
{
    return m_key.rotate(error) && makeBind(error);
}

void SshHostServer::reap()
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if ((*it)->finished()) {
            (*it)->join();
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
}

int SshHostServer::activeConnections()
{
    reap();
    return int(m_connections.size());
}

void SshHostServer::incomingConnection(qintptr fd)
{
    reap();
    if (int(m_connections.size()) >= kMaxConnections || !m_bind) {
        ::close(int(fd));
        return;
    }
    // A real ESXi sshd (OpenSSH) flushes a finished command's output, exit status, EOF and close from one
    // buffer in one go; libssh's server writes each packet at once, and Nagle would hold all but the first
    // until the client's delayed ACK (40 ms). No delay, so the lab answers as fast as the host it plays.
    const int noDelay = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);
    ssh_session session = ssh_new();
    if (ssh_bind_accept_fd(m_bind, session, socket_t(fd)) != SSH_OK) {
        ssh_free(session);
        ::close(int(fd));
        return;
    }
    auto c = std::make_unique<SshConnection>(session, int(fd), m_runtime, m_world, m_runner, m_pool);
    c->start();
    m_connections.push_back(std::move(c));
}

int SshHostServer::dropAll()
{
    reap();
    const int n = int(m_connections.size());
    for (auto& c : m_connections)
        c->stop();
    for (auto& c : m_connections)
        c->join();
    m_connections.clear();
    return n;
}

void SshHostServer::stopAll()
{
    close();
    dropAll();
}

} // namespace mpio::lab
