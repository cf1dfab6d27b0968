#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

struct ssh_session_struct;

namespace mpio::esxi {

struct ExecResult
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
    QString combined() const { return QString::fromUtf8(out + err); }
};

struct HostKey
{
    QString type;        // "ecdsa-sha2-nistp256", "ssh-rsa", …
    QString fingerprint; // "SHA256:base64" (no padding), as ssh-keygen -l shows it
};

// One libssh client session, BLOCKING: only ever used from one worker thread (SshSession's). libssh sessions
// are not thread-safe; one thread per session keeps that simple and lets hosts run in parallel.
//
// Errors (Error::code): ssh.connect (refused, unreachable, handshake), ssh.auth (credentials refused — never
// retried: 5 failures lock root out for 900 s, reference §8.4), ssh.auth.method (the host offers no method we
// can use), ssh.timeout (a command ran longer than its limit; the channel is closed, the session stays),
// ssh.dropped (the connection went away), cancelled.
class SshConnection
{
    Q_DECLARE_TR_FUNCTIONS(mpio::esxi::SshConnection) // the context lupdate gives tr() in its members
public:
    SshConnection();
    ~SshConnection();
    SshConnection(const SshConnection&) = delete;
    SshConnection& operator=(const SshConnection&) = delete;

    // TCP connect and key exchange; returns the server's host key for the caller to verify BEFORE any
    // credential is sent.
    Result<HostKey> open(const QString& host, int port, const QString& user, int timeoutMs);
    // Keyboard-interactive first (what ESXi's PAM offers; rounds with zero prompts are answered empty,
    // §8.2), password when that is all the server offers. Exactly one attempt.
    Status authenticatePassword(const QString& password);
    Status authenticateKey(const QString& privateKeyFile);
    // Runs one command on an exec channel: stdout, stderr and the exit status. `cancelled` is polled.
    Result<ExecResult> exec(const QByteArray& command, int timeoutMs, const std::function<bool()>& cancelled);
    void close();
    bool isOpen() const;

private:
    Error sessionError(const QString& code, const QString& message) const;
    ssh_session_struct* m_session = nullptr;
    QString m_where; // "user@host:port" for messages
};

} // namespace mpio::esxi
