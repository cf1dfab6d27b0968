#include "core/esxi/SshSession.h"

#include "core/esxi/KnownHosts.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"

#include <QCoreApplication>
#include <QPointer>

namespace mpio::esxi {

SshSession::SshSession(QObject* parent)
    : QObject(parent)
    , m_connection(std::make_shared<SshConnection>())
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("ssh"));
    m_thread.start();
}

SshSession::~SshSession()
{
    cancel();
    // The worker closes the connection on its own thread (libssh state belongs to it), then the thread ends.
    auto connection = m_connection;
    QMetaObject::invokeMethod(
        m_worker, [connection] { connection->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SshSession::where() const
{
    return m_options.user + QLatin1Char('@') + m_options.host + QLatin1Char(':') +
           QString::number(m_options.port);
}

void SshSession::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void SshSession::cancel()
{
    ++*m_generation;
}

void SshSession::open(const SshOptions& options, std::function<void(Status)> done)
{
    m_options = options;
    m_trust = {};
    m_open = false;
    if (!options.password.isEmpty())
        Redactor::add(options.password);
    auto connection = m_connection;
    auto generation = m_generation;
    const quint64 mine = *generation;
    QPointer<SshSession> self(this);
    post([=, this] {
        Status result;
        TrustRequest trust;
        auto deliver = [&] {
            // Context `this`, not self.data(): a QPointer must not be read on the worker thread. Safe because
            // ~SshSession waits for the worker, and ~QObject drops events still queued for it.
            QMetaObject::invokeMethod(
                this,
                [self, done, result, trust] {
                    if (!self)
                        return;
                    self->m_trust = trust;
                    self->m_open = result.ok();
                    done(result);
                },
                Qt::QueuedConnection);
        };
        if (*generation != mine) {
            result = Error::make(QStringLiteral("cancelled"), tr("Cancelled."));
            return deliver();
        }
        const auto key = connection->open(options.host, options.port, options.user, options.connectTimeoutMs);
        if (!key) {
            result = key.error();
            return deliver();
        }
        KnownHosts store(options.knownHostsFile);
        const auto verdict = options.pinnedFingerprint.isEmpty()
                                 ? store.check(options.host, options.port, key->fingerprint)
                                 : Result<KnownHosts::Verdict>(options.pinnedFingerprint == key->fingerprint
                                                                   ? KnownHosts::Verdict::Trusted
                                                                   : KnownHosts::Verdict::Changed);
        if (!verdict) {
            connection->close();
            result = verdict.error();
            return deliver();
        }
        trust.kind = TrustRequest::Kind::SshHostKey;
        trust.host = options.host;
        trust.port = options.port;
        trust.keyType = key->type;
        trust.fingerprint = key->fingerprint;
        if (*verdict == KnownHosts::Verdict::Changed) {
            trust.previousFingerprint = options.pinnedFingerprint.isEmpty()
                                            ? store.fingerprint(options.host, options.port).valueOr(QString())
                                            : options.pinnedFingerprint;
            connection->close();
            result = Error::make(QStringLiteral("ssh.hostkey.changed"),
                                 tr("The SSH host key of %1:%2 has CHANGED. Trusted until now: %3. Presented "
                                    "now: %4. Refusing to "
                                    "log in: this can be an attack. If the host was reinstalled, check the "
                                    "new fingerprint on its "
                                    "console (DCUI) and remove the old entry from %5 before trusting it.")
                                     .arg(options.host)
                                     .arg(options.port)
                                     .arg(trust.previousFingerprint, key->fingerprint, store.filePath()));
            return deliver();
        }
        if (*verdict == KnownHosts::Verdict::Unknown) {
            if (!options.trustOnFirstUse) {
                connection->close();
                result =
                    Error::make(QStringLiteral("ssh.hostkey.unknown"),
                                tr("The SSH host key of %1:%2 is not known yet (%3 %4). Compare it with the "
                                   "fingerprint on the host's console and confirm it "
                                   "(mpioctl: --trust-on-first-use).")
                                    .arg(options.host)
                                    .arg(options.port)
                                    .arg(key->type, key->fingerprint));
                return deliver();
            }
            const Status saved = store.trust(options.host, options.port, key->type, key->fingerprint);
            if (!saved.ok()) {
                connection->close();
                result = saved;
                return deliver();
            }
            Log::get("ssh")->info("trusting the host key of {}:{} on first use: {} {}", options.host,
                                  options.port, key->type, key->fingerprint);
        }
        result = options.privateKeyFile.isEmpty() ? connection->authenticatePassword(options.password)
                                                  : connection->authenticateKey(options.privateKeyFile);
        if (!result.ok())
            connection->close();
        deliver();
    });
}

void SshSession::exec(const QByteArray& command, std::function<void(Result<ExecResult>)> done, int timeoutMs)
{
    auto connection = m_connection;
    auto generation = m_generation;
    const quint64 mine = *generation;
    const int timeout = timeoutMs < 0 ? m_options.commandTimeoutMs : timeoutMs;
    QPointer<SshSession> self(this);
    post([=, this] {
        Result<ExecResult> r =
            *generation != mine
                ? Result<ExecResult>(Error::make(QStringLiteral("cancelled"), tr("Cancelled.")))
                : connection->exec(command, timeout, [&] { return *generation != mine; });
        const bool stillOpen = connection->isOpen();
        QMetaObject::invokeMethod(
            this,
            [self, done, r, stillOpen] {
                if (!self)
                    return;
                self->m_open = stillOpen;
                done(r);
            },
            Qt::QueuedConnection);
    });
}

} // namespace mpio::esxi
