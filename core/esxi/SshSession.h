#pragma once

#include "core/common/Result.h"
#include "core/common/TrustRequest.h"
#include "core/esxi/SshConnection.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace mpio::esxi {

// What an SSH login to one ESXi host needs. The password lives only in memory (from the keychain or a
// file) and is registered with the Redactor by whoever fills it in.
struct SshOptions
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    QString password;
    QString privateKeyFile; // instead of a password
    int connectTimeoutMs = 10000;
    int commandTimeoutMs = 60000;
    bool trustOnFirstUse = false; // trust an UNKNOWN host key without asking (never a changed one)
    QString knownHostsFile;       // empty: the app's default store
    // A fingerprint known from elsewhere (a lab's endpoints.json): that key and no other is accepted, and the
    // store is neither consulted nor changed.
    QString pinnedFingerprint;
};

// An SSH connection on its own worker thread (libssh is blocking; the GUI thread never waits on it).
// Callbacks arrive on the thread that owns this object; none arrives after it is destroyed.
//
// open(): connect, check the host key against KnownHosts BEFORE sending credentials — unknown: fail with
// "ssh.hostkey.unknown" and the question in trustRequest() (ui/cli ask the user, trust, open again), or
// trust it when options.trustOnFirstUse; changed: fail with "ssh.hostkey.changed" naming both
// fingerprints, never accepted here — then log in once.
// exec(): commands queue and run one at a time on this connection; cancel() stops the running and the
// queued ones ("cancelled").
class SshSession : public QObject
{
    Q_OBJECT

public:
    explicit SshSession(QObject* parent = nullptr);
    ~SshSession() override;

    void open(const SshOptions& options, std::function<void(Status)> done);
    void exec(const QByteArray& command, std::function<void(Result<ExecResult>)> done, int timeoutMs = -1);
    void cancel();
    TrustRequest trustRequest() const { return m_trust; }
    bool isOpen() const { return m_open; }
    QString where() const;

private:
    void post(std::function<void()> work);

    QThread m_thread;
    QObject* m_worker = nullptr; // lives in m_thread
    std::shared_ptr<SshConnection> m_connection;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    SshOptions m_options;
    TrustRequest m_trust;
    bool m_open = false;
};

} // namespace mpio::esxi
