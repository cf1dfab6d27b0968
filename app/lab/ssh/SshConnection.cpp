#include "app/lab/ssh/SshConnection.h"

#include "app/lab/shell/CommandRunner.h"
#include "app/lab/shell/EsxiShell.h"
#include "app/lab/ssh/HostRuntime.h"
#include "app/lab/world/World.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThreadPool>
#include <cstring>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <poll.h>
#include <sys/socket.h>

namespace mpio::lab {

namespace {
constexpr int kMaxChannels = 16;
constexpr int kAuthTimeoutMs = 60000;
// An injected `hang` holds its call this long at most (lab time), far beyond any client's command timeout.
constexpr int kHangMs = 600000;
} // namespace

int countEsxcliInvocations(const QString& commandLine)
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|[;&|])\s*(?:\S*/)?esxcli(?=\s|$|[;&|]))"));
    int n = 0;
    auto it = re.globalMatch(commandLine);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

SshConnection::SshConnection(ssh_session_struct* session, int fd, std::shared_ptr<HostRuntime> runtime,
                             World* world, CommandRunner* runner, QThreadPool* pool)
    : m_session(session)
    , m_fd(fd)
    , m_runtime(std::move(runtime))
    , m_world(world)
    , m_runner(runner)
    , m_pool(pool)
    , m_shared(std::make_shared<Shared>())
{}

SshConnection::~SshConnection()
{
    stop();
    join();
}

void SshConnection::start()
{
    m_thread = std::thread([this] { run(); });
}

void SshConnection::stop()
{
    m_shared->stop.store(true);
    m_shared->wake.notify();
    // Under the lock the socket is still ours: run() closes it under the same lock, so a reused fd number
    // is never shut down by mistake.
    std::lock_guard<std::mutex> lock(m_fdMutex);
    if (!m_socketClosed)
        ::shutdown(m_fd, SHUT_RDWR); // unblocks any libssh read/write in progress
}

void SshConnection::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void SshConnection::run()
{
    long timeoutSec = 10;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    // Callbacks before the key exchange: a client's first auth request can arrive with the last kex packets,
    // and a message handled before the callbacks exist would sit unanswered in libssh's queue.
    ssh_set_auth_methods(m_session, SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD);
    ssh_set_message_callback(m_session, &SshConnection::onMessage, this);
    // Password auth goes through the server callback (ssh_message_auth_password is deprecated).
    m_serverCallbacks = std::make_unique<ssh_server_callbacks_struct>();
    std::memset(m_serverCallbacks.get(), 0, sizeof(ssh_server_callbacks_struct));
    m_serverCallbacks->userdata = this;
    m_serverCallbacks->auth_password_function = &SshConnection::onPassword;
    ssh_callbacks_init(m_serverCallbacks.get());
    ssh_set_server_callbacks(m_session, m_serverCallbacks.get());
    if (ssh_handle_key_exchange(m_session) == SSH_OK && !m_shared->stop.load()) {
        ssh_event event = ssh_event_new();
        ssh_event_add_session(event, m_session);
        WakePipe* wake = &m_shared->wake;
        if (wake->isValid())
            ssh_event_add_fd(
                event, wake->readFd(), POLLIN,
                [](socket_t, int, void* pipe) {
                    static_cast<WakePipe*>(pipe)->drain();
                    return 0;
                },
                wake);
        const QDeadlineTimer authDeadline(kAuthTimeoutMs);
        while (!m_shared->stop.load()) {
            if (m_shared->drop.load()) {
                stop(); // as ssh-drop does: the socket shut down under the client, no exit status sent
                break;
            }
            if (ssh_event_dopoll(event, 100) == SSH_ERROR)
                break;
            const int status = ssh_get_status(m_session);
            if (status & (SSH_CLOSED | SSH_CLOSED_ERROR))
                break;
            if (!m_authenticated && authDeadline.hasExpired())
                break;
            flushCompleted();
            // Forget channels the client has closed (no job pending on them).
            for (qsizetype i = m_channels.size() - 1; i >= 0; --i)
                if (ssh_channel_is_closed(m_channels[i])) {
                    bool busy = false;
                    {
                        QMutexLocker lock(&m_shared->mutex);
                        busy = m_shared->pending.load() > 0 || !m_shared->done.isEmpty();
                    }
                    if (!busy) {
                        ssh_channel_free(m_channels[i]);
                        m_channels.removeAt(i);
                    }
                }
        }
        m_shared->stop.store(true);
        if (wake->isValid())
            ssh_event_remove_fd(event, wake->readFd());
        ssh_event_remove_session(event, m_session);
        ssh_event_free(event);
    }
    // Jobs never touch the session; wait only so their channels are not freed under a late write.
    for (int i = 0; i < 200 && m_shared->pending.load() > 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    for (ssh_channel_struct* c : std::as_const(m_channels))
        ssh_channel_free(c);
    m_channels.clear();
    {
        std::lock_guard<std::mutex> lock(m_fdMutex);
        ssh_disconnect(m_session);
        ssh_free(m_session); // closes the socket
        m_socketClosed = true;
    }
    m_finished.store(true);
}

int SshConnection::onPassword(ssh_session_struct*, const char* user, const char* password, void* self)
{
    auto* c = static_cast<SshConnection*>(self);
    c->m_runtime->simulateRoundTrip(c->m_shared->stop);
    if (c->m_runtime->checkPassword(QString::fromUtf8(user), QString::fromUtf8(password))) {
        c->m_authenticated = true;
        return SSH_AUTH_SUCCESS;
    }
    return SSH_AUTH_DENIED;
}

int SshConnection::onMessage(ssh_session_struct*, ssh_message_struct* msg, void* self)
{
    return static_cast<SshConnection*>(self)->handleMessage(msg);
}

// Returns 0 when handled (libssh frees the message), 1 for libssh's default reply (a refusal).
int SshConnection::handleMessage(ssh_message_struct* msg)
{
    const int type = ssh_message_type(msg);
    const int subtype = ssh_message_subtype(msg);
    if (type == SSH_REQUEST_AUTH)
        return handleAuth(msg);
    if (!m_authenticated)
        return 1;
    if (type == SSH_REQUEST_CHANNEL_OPEN && subtype == SSH_CHANNEL_SESSION) {
        if (m_channels.size() >= kMaxChannels)
            return 1;
        ssh_channel ch = ssh_message_channel_request_open_reply_accept(msg);
        if (ch)
            m_channels.append(ch);
        return 0;
    }
    if (type == SSH_REQUEST_CHANNEL) {
        ssh_channel ch = ssh_message_channel_request_channel(msg);
        switch (subtype) {
        case SSH_CHANNEL_REQUEST_EXEC: {
            const QString command = QString::fromUtf8(ssh_message_channel_request_command(msg));
            ssh_message_channel_request_reply_success(msg);
            startExec(ch, command);
            return 0;
        }
        case SSH_CHANNEL_REQUEST_PTY:
        case SSH_CHANNEL_REQUEST_ENV:
            ssh_message_channel_request_reply_success(msg);
            return 0;
        default:
            return 1; // shell, subsystem, x11, forwarding: refused
        }
    }
    return 1;
}

int SshConnection::handleAuth(ssh_message_struct* msg)
{
    // An info response carries no user name (libssh forges the message): use the one of the request.
    const char* rawUser = ssh_message_auth_user(msg);
    const QString user = rawUser ? QString::fromUtf8(rawUser) : m_kbdintUser;
    ssh_message_auth_set_methods(msg, SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD);
    switch (ssh_message_subtype(msg)) {
    case SSH_AUTH_METHOD_INTERACTIVE: {
        m_runtime->simulateRoundTrip(m_shared->stop);
        if (!ssh_message_auth_kbdint_is_response(msg)) {
            // PAM on ESXi asks for the password in one prompt, echo off.
            const char* prompts[] = {"Password: "};
            char echo[] = {0};
            ssh_message_auth_interactive_request(msg, "", "", 1, prompts, echo);
            m_kbdintStage = 1;
            m_kbdintUser = user;
            return 0;
        }
        if (m_kbdintStage == 1) {
            if (ssh_userauth_kbdint_getnanswers(m_session) != 1) {
                m_kbdintStage = 0;
                return 1;
            }
            const QString password = QString::fromUtf8(ssh_userauth_kbdint_getanswer(m_session, 0));
            if (!m_runtime->checkPassword(user, password)) {
                m_kbdintStage = 0;
                return 1;
            }
            // ESXi then sends an info request with zero prompts (esxi-esxcli.md §8.2); clients must answer
            // it.
            ssh_message_auth_interactive_request(msg, "", "", 0, nullptr, nullptr);
            m_kbdintStage = 2;
            return 0;
        }
        if (m_kbdintStage == 2) {
            m_kbdintStage = 0;
            m_authenticated = true;
            ssh_message_auth_reply_success(msg, 0);
            return 0;
        }
        return 1;
    }
    default:
        return 1; // none, publickey, …: the failure reply lists keyboard-interactive and password
    }
}

void SshConnection::startExec(ssh_channel_struct* channel, const QString& command)
{
    std::shared_ptr<Shared> shared = m_shared;
    std::shared_ptr<HostRuntime> runtime = m_runtime;
    World* world = m_world;
    CommandRunner* runner = m_runner;
    shared->pending.fetch_add(1);
    m_pool->start([shared, runtime, world, runner, channel, command] {
        Completed c;
        c.channel = channel;
        const int esxcli = countEsxcliInvocations(command);
        HostRuntime::Failure failure;
        const bool fail = esxcli > 0 && runtime->takeCalls(esxcli, &failure);
        if (fail && failure.mode == FaultMode::Hang) {
            // Never answers: the client's command timeout decides. Bounded (kHangMs, or until the
            // connection ends) so a forgotten fault cannot hold a worker forever.
            runtime->simulateExtra(kHangMs, shared->stop);
            shared->pending.fetch_sub(1);
            return;
        }
        runtime->simulateExec(esxcli, shared->stop);
        if (fail && failure.mode == FaultMode::Drop) {
            // The session dies mid-command: the connection thread cuts the socket; no answer is written.
            shared->drop.store(true);
            shared->pending.fetch_sub(1);
            shared->wake.notify();
            return;
        }
        if (fail) {
            // The injected failure replaces the whole exec (control action `esxcli-fail`).
            c.err = failure.error.toUtf8();
            if (!c.err.endsWith('\n'))
                c.err.append('\n');
            c.exitCode = failure.exitCode;
        } else if (!shared->stop.load()) {
            CommandOutput o;
            if (runner) {
                int extraMs = 0;
                {
                    QMutexLocker lock(&world->mutex());
                    o = runner->run(runtime->name(), command);
                    // Time the real host would have spent beyond the per-call cost (a rescan waiting for
                    // LoginTimeout on unreachable portals), slept outside the world lock.
                    // Thread-local in the shell; only meaningful when the runner is the ESXi shell.
                    if (dynamic_cast<const EsxiShell*>(runner))
                        extraMs = EsxiShell::lastExtraLatencyMs() +
                                  (runtime->vmkpingTiming() ? EsxiShell::lastPingMs() : 0);
                }
                runtime->simulateExtra(extraMs, shared->stop);
            } else {
                o.err = QByteArrayLiteral("sh: no command runner\n");
                o.exitCode = 127;
            }
            c.out = o.out;
            c.err = o.err;
            c.exitCode = o.exitCode;
        }
        {
            QMutexLocker lock(&shared->mutex);
            shared->done.append(c);
        }
        shared->pending.fetch_sub(1);
        shared->wake.notify();
    });
}

void SshConnection::flushCompleted()
{
    QList<Completed> done;
    {
        QMutexLocker lock(&m_shared->mutex);
        done.swap(m_shared->done);
    }
    for (const Completed& c : std::as_const(done)) {
        if (!m_channels.contains(c.channel))
            continue;
        if (!ssh_channel_is_closed(c.channel)) {
            if (!c.out.isEmpty())
                ssh_channel_write(c.channel, c.out.constData(), uint32_t(c.out.size()));
            if (!c.err.isEmpty())
                ssh_channel_write_stderr(c.channel, c.err.constData(), uint32_t(c.err.size()));
            ssh_channel_request_send_exit_status(c.channel, c.exitCode);
            ssh_channel_send_eof(c.channel);
            ssh_channel_close(c.channel);
        }
        ssh_channel_free(c.channel);
        m_channels.removeAll(c.channel);
    }
}

} // namespace mpio::lab
