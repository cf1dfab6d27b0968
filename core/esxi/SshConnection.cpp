#include "core/esxi/SshConnection.h"

#include "core/log/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <libssh/libssh.h>

namespace mpio::esxi {

namespace {

auto logger()
{
    return Log::get("ssh");
}

} // namespace

SshConnection::SshConnection() = default;

SshConnection::~SshConnection()
{
    close();
}

bool SshConnection::isOpen() const
{
    return m_session && ssh_is_connected(m_session);
}

void SshConnection::close()
{
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

Error SshConnection::sessionError(const QString& code, const QString& message) const
{
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    return Error::make(code, message, detail);
}

Result<HostKey> SshConnection::open(const QString& host, int port, const QString& user, int timeoutMs)
{
    close();
    m_where = user + QLatin1Char('@') + host + QLatin1Char(':') + QString::number(port);
    m_session = ssh_new();
    if (!m_session)
        return Error::make(QStringLiteral("ssh.connect"), tr("Out of memory creating an SSH session."));
    const QByteArray h = host.toUtf8();
    const QByteArray u = user.toUtf8();
    const unsigned int p = static_cast<unsigned int>(port);
    const long seconds = qMax(1, (timeoutMs + 999) / 1000);
    const int verbosity = SSH_LOG_NOLOG;
    const int noConfig = 0;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, h.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &p);
    ssh_options_set(m_session, SSH_OPTIONS_USER, u.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    // Our own trust store, never ~/.ssh: no config files, no agent.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    // Every exchange here is a small request waiting for its answer (channel open, exec, close): with Nagle's
    // algorithm a small write behind an unacknowledged one waits for the peer's delayed ACK (40 ms on
    // Linux). The product's whole time budget is round trips (issue 9), so no coalescing delay.
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    if (ssh_connect(m_session) != SSH_OK) {
        const Error e =
            sessionError(QStringLiteral("ssh.connect"),
                         tr("Cannot reach the SSH service of %1:%2. Check the address, that SSH is "
                            "enabled on the host (TSM-SSH service) and that no firewall blocks port %2.")
                             .arg(host)
                             .arg(port));
        close();
        return e;
    }
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        const Error e = sessionError(QStringLiteral("ssh.connect"), tr("%1 sent no host key.").arg(host));
        close();
        return e;
    }
    unsigned char* hash = nullptr;
    size_t hashLen = 0;
    HostKey hk;
    hk.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == 0) {
        char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        hk.fingerprint = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    if (hk.fingerprint.isEmpty()) {
        close();
        return Error::make(QStringLiteral("ssh.connect"),
                           tr("Cannot compute the host key fingerprint of %1.").arg(host));
    }
    return hk;
}

Status SshConnection::authenticatePassword(const QString& password)
{
    if (!m_session)
        return Error::make(QStringLiteral("ssh.connect"), tr("Not connected."));
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return sessionError(QStringLiteral("ssh.dropped"),
                            tr("The connection to %1 broke during login.").arg(m_where));
    const int methods = ssh_userauth_list(m_session, nullptr);
    const QByteArray pw = password.toUtf8();
    const Error denied = Error::make(
        QStringLiteral("ssh.auth"),
        tr("%1 refused the password. It was tried once and is not retried automatically: five failed logins "
           "lock the account for 15 minutes (Security.AccountLockFailures). Check the password and try "
           "again.")
            .arg(m_where));
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        // Bounded: a server that keeps asking forever is refused after a few rounds.
        for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
            const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
            for (int i = 0; i < prompts; ++i) {
                char echo = 0;
                ssh_userauth_kbdint_getprompt(m_session, static_cast<unsigned int>(i), &echo);
                // Hidden prompts get the password; a visible one (never seen on ESXi) gets nothing.
                ssh_userauth_kbdint_setanswer(m_session, static_cast<unsigned int>(i),
                                              echo ? "" : pw.constData());
            }
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr); // zero prompts: answered empty (§8.2)
        }
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR)
            return sessionError(QStringLiteral("ssh.dropped"),
                                tr("The connection to %1 broke during login.").arg(m_where));
        return denied; // never fall through to the password method: that would be a second attempt
    }
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        rc = ssh_userauth_password(m_session, nullptr, pw.constData());
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR)
            return sessionError(QStringLiteral("ssh.dropped"),
                                tr("The connection to %1 broke during login.").arg(m_where));
        return denied;
    }
    return Error::make(
        QStringLiteral("ssh.auth.method"),
        tr("%1 offers neither keyboard-interactive nor password login; use a key instead.").arg(m_where));
}

Status SshConnection::authenticateKey(const QString& privateKeyFile)
{
    if (!m_session)
        return Error::make(QStringLiteral("ssh.connect"), tr("Not connected."));
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(privateKeyFile.toLocal8Bit().constData(), nullptr, nullptr, nullptr,
                                    &key) != SSH_OK)
        return Error::make(QStringLiteral("ssh.auth"),
                           tr("Cannot read the private key %1.").arg(privateKeyFile));
    const int rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    return Error::make(QStringLiteral("ssh.auth"),
                       tr("%1 refused the key %2. On ESXi the public key belongs in "
                          "/etc/ssh/keys-root/authorized_keys.")
                           .arg(m_where, privateKeyFile));
}

namespace {
// How long one wait for output blocks at most before the loop checks cancel and the deadline again. The wait
// itself ends as soon as output or the end of the command arrives, so this bounds only
// how late a cancel is noticed. History (issue 9): a fixed 50 ms read wait cost ~48 poll() calls per
// command — 2.8 % of a core for the 16-host monitor, mostly in the kernel; waiting on the channel instead
// leaves a poll per arriving packet
// (ssh_channel_poll_timeout; ssh_channel_select is deprecated in libssh 0.10).
constexpr int kCancelCheckMs = 200;
} // namespace

Result<ExecResult> SshConnection::exec(const QByteArray& command, int timeoutMs,
                                       const std::function<bool()>& cancelled)
{
    if (!isOpen())
        return Error::make(QStringLiteral("ssh.dropped"),
                           tr("The SSH connection to %1 is closed.").arg(m_where));
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, command.constData()) != SSH_OK) {
        const Error e =
            sessionError(QStringLiteral("ssh.dropped"),
                         tr("The SSH connection to %1 broke before the command ran.").arg(m_where));
        if (channel)
            ssh_channel_free(channel);
        return e;
    }
    ExecResult r;
    const QDeadlineTimer deadline(timeoutMs);
    char buffer[16384];
    Error failure;
    bool failed = false;
    while (true) {
        if (cancelled && cancelled()) {
            failure = Error::make(QStringLiteral("cancelled"), tr("Cancelled."));
            failed = true;
            break;
        }
        if (deadline.hasExpired()) {
            failure = Error::make(QStringLiteral("ssh.timeout"),
                                  tr("%1 did not finish the command within %2 s; it was abandoned.")
                                      .arg(m_where)
                                      .arg(timeoutMs / 1000.0, 0, 'f', 1));
            failed = true;
            break;
        }
        // Take what has arrived on both streams, without blocking.
        bool progressed = false;
        for (int stream = 0; stream < 2 && !failed; ++stream) {
            int n = 0;
            while ((n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, stream)) > 0) {
                (stream == 0 ? r.out : r.err).append(buffer, n);
                progressed = true;
            }
            if (n == SSH_ERROR)
                failed = true;
        }
        if (!failed && !progressed && ssh_channel_is_eof(channel))
            break;
        if (!failed && !progressed) {
            // Nothing yet: sleep until the channel has output, its end, or the next cancel check.
            const qint64 left = deadline.remainingTime();
            const qint64 waitMs = left < 0 ? kCancelCheckMs : qMin<qint64>(left, kCancelCheckMs);
            // Waits for stdout or the end of the command; stderr-only output is followed by that end (or read
            // at the next check), so nothing waits longer than kCancelCheckMs for it.
            if (ssh_channel_poll_timeout(channel, int(waitMs), 0) == SSH_ERROR)
                failed = true;
        }
        if (failed) {
            failure = sessionError(QStringLiteral("ssh.dropped"),
                                   tr("The connection to %1 dropped while a command ran. Whether it took "
                                      "effect is unknown; the journal marks it for checking.")
                                       .arg(m_where));
            break;
        }
    }
    if (failed) {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        if (failure.code == QLatin1String("ssh.dropped"))
            close();
        return failure;
    }
    ssh_channel_send_eof(channel);
    r.exitCode = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    logger()->debug("{}: exit {} ({} bytes out, {} bytes err)", m_where, r.exitCode, r.out.size(),
                    r.err.size());
    return r;
}

} // namespace mpio::esxi
