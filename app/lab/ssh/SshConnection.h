#pragma once

#include "app/lab/ssh/WakePipe.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

struct ssh_session_struct;
struct ssh_message_struct;
struct ssh_channel_struct;
struct ssh_server_callbacks_struct;
class QThreadPool;

namespace mpio::lab {

class CommandRunner;
class HostRuntime;
class World;
struct CommandOutput;

// One accepted SSH connection to a simulated ESXi host, served on its own thread with libssh's server API
// (ssh_event polling, woken by WakePipe when a worker finishes; 100 ms slices so stop() is honoured
// promptly). Auth: keyboard-interactive like ESXi's PAM (a "Password: " round, then a round with zero
// prompts: esxi-esxcli.md §8.2) and password. Exec channels run on a worker pool (latency model, then
// CommandRunner under World::mutex()); results are written back on this thread, which alone touches the
// libssh session. "shell" and "subsystem" requests are refused (channel request failure), like a host whose
// interactive shell is disabled: the product only uses exec.
class SshConnection
{
public:
    SshConnection(ssh_session_struct* session, int fd, std::shared_ptr<HostRuntime> runtime, World* world,
                  CommandRunner* runner, QThreadPool* pool);
    ~SshConnection();

    void start();
    // Asks the thread to end and unblocks its socket (ssh-drop, shutdown). Thread-safe.
    void stop();
    void join();
    bool finished() const { return m_finished.load(); }

private:
    struct Completed
    {
        ssh_channel_struct* channel = nullptr;
        QByteArray out;
        QByteArray err;
        int exitCode = 0;
    };
    struct Shared
    {
        QMutex mutex;
        QList<Completed> done;
        std::atomic<bool> stop{false};
        std::atomic<bool> drop{false}; // an injected `drop` fault: the connection thread cuts the socket
        std::atomic<int> pending{0};
        WakePipe wake; // a worker finished (or asks for a drop): the connection thread answers now
    };

    void run();
    static int onPassword(ssh_session_struct* session, const char* user, const char* password, void* self);
    static int onMessage(ssh_session_struct* session, ssh_message_struct* msg, void* self);
    int handleMessage(ssh_message_struct* msg);
    int handleAuth(ssh_message_struct* msg);
    void startExec(ssh_channel_struct* channel, const QString& command);
    void flushCompleted();

    ssh_session_struct* m_session;
    int m_fd;
    std::shared_ptr<HostRuntime> m_runtime;
    World* m_world;
    CommandRunner* m_runner;
    QThreadPool* m_pool;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
    std::atomic<bool> m_finished{false};
    std::mutex m_fdMutex;
    bool m_socketClosed = false;
    bool m_authenticated = false;
    QString m_kbdintUser;
    int m_kbdintStage = 0; // 0: nothing asked, 1: "Password:" sent, 2: zero-prompt round sent
    QList<ssh_channel_struct*> m_channels;
    std::unique_ptr<ssh_server_callbacks_struct> m_serverCallbacks;
};

// Number of esxcli invocations in a command line ("esxcli a && esxcli b" → 2), for latency and esxcli-fail.
int countEsxcliInvocations(const QString& commandLine);

} // namespace mpio::lab
