#include "core/truenas/TrueNasClient.h"

#include "core/log/Log.h"
#include "core/log/Redactor.h"
#include "core/truenas/CertificatePins.h"
#include "core/truenas/TrueNasErrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace mpio {

namespace {

auto logger()
{
    return Log::get("truenas");
}

constexpr int kEndedJobsKept = 256;
constexpr int kPingTimeoutMs = 20000;

bool isTerminalJobState(const QString& state)
{
    return state == QLatin1String("SUCCESS") || state == QLatin1String("FAILED") ||
           state == QLatin1String("ABORTED");
}

QByteArray loginFingerprint(const QString& user, const QString& key)
{
    return QCryptographicHash::hash((user + QChar(0) + key).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

TrueNasClient::TrueNasClient(QObject* parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
    , m_keepAliveTimer(new QTimer(this))
{
    qRegisterMetaType<mpio::TrustRequest>();
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        const char* stage = m_state == State::Probing      ? "GET /api/versions"
                            : m_state == State::Connecting ? "WebSocket handshake"
                                                           : "login";
        finishConnect(
            Error::make(TrueNasErrors::Connection,
                        tr("TrueNAS at %1 did not answer within %2 s (%3). Check the address, the port "
                           "and that the web interface is reachable from this computer.")
                            .arg(m_options.url.authority())
                            .arg(m_options.connectTimeoutMs / 1000)
                            .arg(QLatin1String(stage))));
    });
    connect(m_keepAliveTimer, &QTimer::timeout, this, &TrueNasClient::keepAlive);
}

TrueNasClient::~TrueNasClient()
{
    m_connectTimer->stop();
    m_keepAliveTimer->stop();
    closeSocket();
    m_state = State::Disconnected;
    m_connectDone = nullptr;
    failEverything(TrueNasErrors::cancelled(tr("The call")));
}

Result<QUrl> TrueNasClient::endpointUrl(const QString& hostPort)
{
    const QString text = hostPort.trimmed();
    if (text.isEmpty())
        return Error::make(TrueNasErrors::Connection, tr("No TrueNAS address given."));
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty())
            return Error::make(TrueNasErrors::Connection,
                               tr("“%1” is not a usable TrueNAS address.").arg(text));
        return url;
    }
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    QString host = text;
    int port = 443;
    if (text.startsWith(QLatin1Char('['))) {
        const auto close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error::make(TrueNasErrors::Connection,
                               tr("“%1” is not a usable TrueNAS address.").arg(text));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':')))
            port = rest.mid(1).toInt();
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        port = text.section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok)
            port = 0;
    }
    if (host.isEmpty() || port <= 0 || port > 65535)
        return Error::make(TrueNasErrors::Connection,
                           tr("“%1” is not a usable TrueNAS address (HOST[:PORT]).").arg(text));
    url.setHost(host);
    url.setPort(port);
    return url;
}

void TrueNasClient::setOptions(const Options& options)
{
    if (options.apiUser != m_options.apiUser || options.apiKey != m_options.apiKey)
        m_failedLoginFor.clear();
    m_options = options;
    Redactor::add(m_options.apiKey);
}

Status TrueNasClient::trustCertificate(const TrustRequest& request)
{
    if (request.changed())
        return Error::make(
            TrueNasErrors::TlsChanged,
            tr("A changed certificate is not accepted through a trust prompt; remove the old pin "
               "first if the change is expected."));
    CertificatePins pins(m_options.pinFile);
    return pins.pin(request.host, request.port, request.fingerprint);
}

void TrueNasClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TrueNasClient::connectToServer(std::function<void(Status)> done)
{
    auto failLater = [this, done](Error error) {
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
    };
    if (m_state == State::Ready) {
        QMetaObject::invokeMethod(
            this, [done] { done(Status{}); }, Qt::QueuedConnection);
        return;
    }
    if (m_state != State::Disconnected) {
        failLater(
            Error::make(TrueNasErrors::Connection, tr("A connection to TrueNAS is already being set up.")));
        return;
    }
    const QUrl& url = m_options.url;
    const QString scheme = url.scheme().toLower();
    // TN-API-KEY-TLS: decided before any socket exists, so not a single byte leaves over plain text.
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("http")) {
        logger()->error("refusing {}: an API key over plain text gets revoked (TN-API-KEY-TLS)",
                        url.toString());
        failLater(TrueNasErrors::insecureTransport(url.toString()));
        return;
    }
    if ((scheme != QLatin1String("wss") && scheme != QLatin1String("https")) || url.host().isEmpty()) {
        failLater(Error::make(TrueNasErrors::Connection,
                              tr("“%1” is not a usable TrueNAS address.").arg(url.toString())));
        return;
    }
    if (m_options.apiUser.isEmpty() || m_options.apiKey.isEmpty()) {
        failLater(Error::make(TrueNasErrors::Auth,
                              tr("A TrueNAS API key and its owner's user name are needed to connect.")));
        return;
    }
    // TN-RATE-LIMIT: a refused key is not tried again on this client until the user changes it.
    if (!m_failedLoginFor.isEmpty() &&
        m_failedLoginFor == loginFingerprint(m_options.apiUser, m_options.apiKey)) {
        failLater(
            Error::make(TrueNasErrors::Auth,
                        tr("TrueNAS already refused this API key for “%1”; not trying it again (repeated "
                           "failed logins lock this computer out, TN-RATE-LIMIT). Enter a new key.")
                            .arg(m_options.apiUser)));
        return;
    }
    m_connectDone = std::move(done);
    m_trustRequest = {};
    m_verifiedChain.clear();
    m_peerFingerprint.clear();
    m_version = {};
    m_connectTimer->start(m_options.connectTimeoutMs);
    startProbe();
}

void TrueNasClient::reconnect(std::function<void(Status)> done)
{
    disconnectFromServer();
    connectToServer(std::move(done));
}

void TrueNasClient::disconnectFromServer()
{
    if (m_state == State::Disconnected)
        return;
    const Error error =
        Error::make(TrueNasErrors::Connection, tr("The connection to TrueNAS was closed on request."));
    if (m_state != State::Ready) {
        finishConnect(error);
        return;
    }
    m_keepAliveTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
    closeSocket();
    setState(State::Disconnected);
    failEverything(error);
}

namespace {

QSslConfiguration tlsConfiguration(const QString& caFile, QString* problem)
{
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty())
            *problem = caFile;
        cfg.setCaCertificates(cas);
    } else {
        // Pinning: nothing is trusted by default, so every handshake reports errors and the pin decides.
        cfg.setCaCertificates({});
    }
    return cfg;
}

} // namespace

void TrueNasClient::startProbe()
{
    setState(State::Probing);
    QString caProblem;
    const QSslConfiguration cfg = tlsConfiguration(m_options.caCertificatesFile, &caProblem);
    if (!caProblem.isEmpty()) {
        finishConnect(
            Error::make(TrueNasErrors::Tls, tr("No CA certificate could be read from %1.").arg(caProblem)));
        return;
    }
    // A fresh manager per probe: no kept-alive connection or TLS session from an earlier certificate.
    delete m_nam;
    m_nam = new QNetworkAccessManager(this);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_options.url.host());
    url.setPort(m_options.url.port(443));
    url.setPath(QStringLiteral("/api/versions"));
    QNetworkRequest request(url);
    request.setSslConfiguration(cfg);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    logger()->debug("GET {}", url.toString());
    QNetworkReply* reply = m_nam->get(request);
    m_probe = reply;
    const bool pinning = m_options.caCertificatesFile.isEmpty();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, pinning](const QList<QSslError>& errors) {
        // The probe carries no secret, so with pinning the handshake may complete; the certificate is judged
        // in onProbeFinished, before anything with a secret is sent.
        if (pinning)
            reply->ignoreSslErrors();
        else
            for (const auto& e : errors)
                logger()->warn("TLS: {}", e.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeFinished(reply); });
}

void TrueNasClient::onProbeFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_probe != reply || m_state != State::Probing)
        return;
    m_probe = nullptr;
    const QString where = m_options.url.authority();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        finishConnect(Error::make(tls ? TrueNasErrors::Tls : TrueNasErrors::Connection,
                                  tls ? tr("The TLS handshake with TrueNAS at %1 failed.").arg(where)
                                      : tr("Cannot reach TrueNAS at %1.").arg(where),
                                  reply->errorString()));
        return;
    }

    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (m_options.caCertificatesFile.isEmpty()) {
        if (peer.isNull()) {
            finishConnect(
                Error::make(TrueNasErrors::Tls, tr("TrueNAS at %1 presented no certificate.").arg(where)));
            return;
        }
        const QString host = m_options.url.host();
        const int port = m_options.url.port(443);
        CertificatePins pins(m_options.pinFile);
        const QString fp = CertificatePins::fingerprint(peer);
        m_peerFingerprint = fp;
        const QString given = CertificatePins::normalize(m_options.pinnedFingerprint);
        if (!m_options.pinnedFingerprint.isEmpty() && given != CertificatePins::normalize(fp)) {
            finishConnect(Error::make(
                TrueNasErrors::TlsChanged,
                tr("The TLS certificate of TrueNAS at %1 is not the one its lab published (%2); it presented "
                   "%3. Refusing to connect.")
                    .arg(CertificatePins::key(host, port), given, fp),
                QStringLiteral("pinned=%1 presented=%2").arg(given, fp)));
            return;
        }
        // A published fingerprint (even a malformed one, which normalizes to "" and was refused above) keeps
        // the store out: neither read nor written.
        const auto verdict = m_options.pinnedFingerprint.isEmpty()
                                 ? pins.check(host, port, fp)
                                 : Result<CertificatePins::Verdict>(CertificatePins::Verdict::Trusted);
        if (!verdict) {
            finishConnect(verdict.error());
            return;
        }
        if (*verdict == CertificatePins::Verdict::Changed) {
            const TrustRequest request = pins.requestFor(host, port, peer);
            logger()->error("certificate of {} changed: pinned {}, presented {}",
                            CertificatePins::key(host, port), request.previousFingerprint, fp);
            finishConnect(Error::make(
                TrueNasErrors::TlsChanged,
                tr("The TLS certificate of TrueNAS at %1 has CHANGED. Trusted until now: %2. Presented now: "
                   "%3. "
                   "Refusing to connect: this can be an attack. If the certificate was renewed on purpose "
                   "(TrueNAS "
                   "renews its self-signed certificate about once a year), remove the old entry from %4 and "
                   "confirm the new fingerprint after checking it in the TrueNAS web interface.")
                    .arg(CertificatePins::key(host, port), request.previousFingerprint, fp, pins.filePath()),
                QStringLiteral("pinned=%1 presented=%2").arg(request.previousFingerprint, fp)));
            return;
        }
        if (*verdict == CertificatePins::Verdict::Unknown) {
            if (!m_options.trustOnFirstUse) {
                m_trustRequest = pins.requestFor(host, port, peer);
                emit trustRequested(m_trustRequest);
                finishConnect(
                    Error::make(TrueNasErrors::TlsUntrusted,
                                tr("The TLS certificate of TrueNAS at %1 is not known yet (SHA-256 %2). "
                                   "Compare it with the certificate shown in the TrueNAS web interface "
                                   "and confirm it (mpioctl: --trust-on-first-use).")
                                    .arg(CertificatePins::key(host, port), fp),
                                QStringLiteral("sha256=%1").arg(fp)));
                return;
            }
            const Status pinned = pins.pin(host, port, fp, peer.subjectDisplayName());
            if (!pinned.ok()) {
                finishConnect(pinned.error());
                return;
            }
            logger()->info("trusting the certificate of {} on first use: {}",
                           CertificatePins::key(host, port), fp);
        }
        m_verifiedChain = reply->sslConfiguration().peerCertificateChain();
        if (!m_verifiedChain.contains(peer))
            m_verifiedChain.prepend(peer);
    } else {
        m_peerFingerprint = CertificatePins::fingerprint(peer);
    }

    if (status != 200) {
        finishConnect(Error::make(
            TrueNasErrors::Version,
            (status >= 300 && status < 400) || status == 404
                ? tr("TrueNAS at %1 has no JSON-RPC API (GET /api/versions answered %2): it is older than "
                     "25.04. "
                     "mpio-wizard needs TrueNAS SCALE 25.04 or newer.")
                      .arg(where)
                      .arg(status)
                : tr("TrueNAS at %1 answered GET /api/versions with HTTP %2.").arg(where).arg(status)));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    m_apiVersions.clear();
    for (const auto& v : doc.array())
        m_apiVersions.append(v.toString());
    if (!doc.isArray() || m_apiVersions.isEmpty()) {
        finishConnect(
            Error::make(TrueNasErrors::Version,
                        tr("%1 does not look like a TrueNAS 25.04+ server (/api/versions is not a list of "
                           "API versions).")
                            .arg(where)));
        return;
    }
    logger()->info("TrueNAS at {} offers API versions {}", where, m_apiVersions.join(QStringLiteral(", ")));
    openSocket();
}

void TrueNasClient::openSocket()
{
    setState(State::Connecting);
    QString caProblem;
    const QSslConfiguration cfg = tlsConfiguration(m_options.caCertificatesFile, &caProblem);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setSslConfiguration(cfg);
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::sslErrors, this, &TrueNasClient::onSocketSslErrors);
    connect(m_socket, &QWebSocket::connected, this, &TrueNasClient::onSocketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &TrueNasClient::onSocketDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &TrueNasClient::onTextMessage);
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(m_options.url.host());
    url.setPort(m_options.url.port(443));
    url.setPath(QStringLiteral("/api/current"));
    logger()->debug("opening {}", url.toString());
    m_socket->open(QNetworkRequest(url));
}

void TrueNasClient::onSocketSslErrors(const QList<QSslError>& errors)
{
    if (!m_socket || m_state != State::Connecting)
        return;
    if (!m_options.caCertificatesFile.isEmpty()) {
        QStringList texts;
        for (const auto& e : errors)
            texts.append(e.errorString());
        finishConnect(Error::make(TrueNasErrors::Tls,
                                  tr("The certificate of TrueNAS at %1 does not verify against the CA in %2.")
                                      .arg(m_options.url.authority(), m_options.caCertificatesFile),
                                  texts.join(QStringLiteral("; "))));
        return;
    }
    // Accept only errors about the certificates verified by the probe a moment ago: a different certificate
    // here (rotated or swapped in between) means the key would go to an unverified peer.
    for (const auto& e : errors) {
        if (e.certificate().isNull() || !m_verifiedChain.contains(e.certificate())) {
            const QString presented = CertificatePins::fingerprint(e.certificate());
            finishConnect(
                Error::make(TrueNasErrors::TlsChanged,
                            tr("The TLS certificate of TrueNAS at %1 changed between the first request "
                               "and the WebSocket connection (trusted %2, presented %3). Refusing to send "
                               "the API key.")
                                .arg(m_options.url.authority(), m_peerFingerprint,
                                     presented.isEmpty() ? tr("none") : presented),
                            e.errorString()));
            return;
        }
    }
    m_socket->ignoreSslErrors();
}

void TrueNasClient::onSocketConnected()
{
    if (m_state != State::Connecting)
        return;
    setState(State::LoggingIn);
    login();
}

void TrueNasClient::login()
{
    const QJsonObject credentials{
        {QStringLiteral("mechanism"), QStringLiteral("API_KEY_PLAIN")},
        {QStringLiteral("username"), m_options.apiUser},
        {QStringLiteral("api_key"), m_options.apiKey},
        {QStringLiteral("login_options"), QJsonObject{{QStringLiteral("user_info"), false}}}};
    Pending p;
    p.id = m_nextId++;
    p.handle = m_nextHandle++;
    p.method = QStringLiteral("auth.login_ex");
    p.params = QJsonArray{credentials};
    p.timeoutMs = m_options.callTimeoutMs;
    p.done = [this](Result<QJsonValue> result) {
        if (m_state != State::LoggingIn)
            return;
        if (!result) {
            if (result.error().code == TrueNasErrors::Auth)
                m_failedLoginFor = loginFingerprint(m_options.apiUser, m_options.apiKey);
            finishConnect(result.error());
            return;
        }
        const QJsonObject response = result->toObject();
        if (response.value(QStringLiteral("response_type")).toString() != QLatin1String("SUCCESS")) {
            m_failedLoginFor = loginFingerprint(m_options.apiUser, m_options.apiKey);
            const Error error = TrueNasErrors::fromLoginResponse(response, m_options.apiUser);
            logger()->error("login as {} refused: {}", m_options.apiUser, error.detail);
            finishConnect(error);
            return;
        }
        logger()->info("logged in to {} as {}", m_options.url.authority(), m_options.apiUser);
        readVersion();
    };
    send(std::move(p));
}

void TrueNasClient::readVersion()
{
    Pending p;
    p.id = m_nextId++;
    p.handle = m_nextHandle++;
    p.method = QStringLiteral("system.version_short");
    p.timeoutMs = m_options.callTimeoutMs;
    p.done = [this](Result<QJsonValue> result) {
        if (m_state != State::LoggingIn)
            return;
        if (!result) {
            finishConnect(result.error());
            return;
        }
        const ApiVersion version = ApiVersion::parse(result->toString());
        if (!version.isSupported()) {
            finishConnect(
                Error::make(TrueNasErrors::Version,
                            tr("TrueNAS %1 is not supported; mpio-wizard needs SCALE 25.04 or newer.")
                                .arg(result->toString())));
            return;
        }
        m_version = version;
        logger()->info("TrueNAS version {} (API line {})", version.text(), version.lineName());
        finishConnect(Status{});
    };
    send(std::move(p));
}

void TrueNasClient::finishConnect(Status status)
{
    if (m_state == State::Disconnected && !m_connectDone)
        return;
    m_connectTimer->stop();
    auto done = std::exchange(m_connectDone, nullptr);
    if (status.ok()) {
        setState(State::Ready);
        m_keepAliveTimer->start(m_options.keepAliveMs);
        pump();
    } else {
        logger()->warn("connecting to {} failed: {}", m_options.url.authority(), status.error().toString());
        closeSocket();
        setState(State::Disconnected);
        failEverything(status.error());
    }
    if (done)
        done(status);
}

void TrueNasClient::closeSocket()
{
    m_keepAliveTimer->stop();
    m_jobsSubscribed = false;
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_socket) {
        QWebSocket* socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TrueNasClient::onSocketDisconnected()
{
    if (m_state == State::Disconnected || !m_socket)
        return;
    const int closeCode = int(m_socket->closeCode());
    const QString closeReason = m_socket->closeReason();
    const QString socketError = m_socket->errorString();
    QString detail = QStringLiteral("close code %1").arg(closeCode);
    if (!closeReason.isEmpty())
        detail += QStringLiteral(": ") + closeReason;
    if (!socketError.isEmpty())
        detail += QStringLiteral("; ") + socketError;
    const QString where = m_options.url.authority();
    if (m_state != State::Ready) {
        finishConnect(
            Error::make(closeCode == 1008 ? TrueNasErrors::Auth : TrueNasErrors::Connection,
                        closeCode == 1008
                            ? tr("TrueNAS at %1 closed the connection: this computer's address is not in "
                                 "the allowed IP addresses (System → Advanced).")
                                  .arg(where)
                            : tr("TrueNAS at %1 closed the connection while it was being set up.").arg(where),
                        detail));
        return;
    }
    logger()->warn("connection to {} lost ({}); {} call(s) pending", where, detail,
                   m_inFlight.size() + m_queue.size());
    closeSocket();
    setState(State::Disconnected);
    const Error error = Error::make(TrueNasErrors::Connection,
                                    tr("The connection to TrueNAS at %1 was lost.").arg(where), detail);
    failEverything(error);
    emit connectionLost(error.code, error.message);
}

void TrueNasClient::failEverything(const Error& error)
{
    m_jobsSubscribing = false;
    QList<Pending> all = std::exchange(m_queue, {});
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
        all.append(it.value());
    m_inFlight.clear();
    std::sort(all.begin(), all.end(), [](const Pending& a, const Pending& b) { return a.id < b.id; });
    for (auto& p : all) {
        if (p.timer) {
            p.timer->stop();
            p.timer->deleteLater();
        }
        Error e = error;
        if (e.code == TrueNasErrors::Connection && m_state == State::Disconnected && p.timer)
            e.message += QLatin1Char(' ') +
                         tr("%1 was running; TrueNAS may or may not have done it: query before trying again.")
                             .arg(p.method);
        if (p.done)
            p.done(e);
    }
    auto waiters = std::exchange(m_subscriptionWaiters, {});
    for (auto& w : waiters)
        w(error);
    auto jobs = std::exchange(m_jobWaits, {});
    m_jobStartCalls.clear();
    for (auto& j : jobs) {
        if (j.timer) {
            j.timer->stop();
            j.timer->deleteLater();
        }
        Error e = error;
        e.message += QLatin1Char(' ') + tr("The job %1 may still finish on TrueNAS.").arg(j.method);
        if (j.done)
            j.done(e);
    }
}

TrueNasClient::Handle TrueNasClient::call(const QString& method, const QJsonArray& params, Callback done,
                                          int timeoutMs)
{
    return enqueue(method, params, std::move(done), timeoutMs < 0 ? m_options.callTimeoutMs : timeoutMs,
                   false);
}

TrueNasClient::Handle TrueNasClient::enqueue(const QString& method, const QJsonArray& params, Callback done,
                                             int timeoutMs, bool front)
{
    Pending p;
    p.id = m_nextId++;
    p.handle = m_nextHandle++;
    p.method = method;
    p.params = params;
    p.done = std::move(done);
    p.timeoutMs = timeoutMs;
    const Handle handle = p.handle;
    if (m_state == State::Disconnected) {
        const Error error = Error::make(TrueNasErrors::Connection,
                                        tr("Not connected to TrueNAS; %1 was not sent.").arg(method));
        QMetaObject::invokeMethod(
            this, [done = std::move(p.done), error] { done(error); }, Qt::QueuedConnection);
        return handle;
    }
    if (front)
        m_queue.prepend(std::move(p));
    else
        m_queue.append(std::move(p));
    pump();
    return handle;
}

void TrueNasClient::pump()
{
    while (m_state == State::Ready && m_socket && m_inFlight.size() < m_options.maxInFlight &&
           !m_queue.isEmpty())
        send(m_queue.takeFirst());
}

void TrueNasClient::send(Pending pending)
{
    const QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), pending.id},
                              {QStringLiteral("method"), pending.method},
                              {QStringLiteral("params"), pending.params}};
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    const qint64 id = pending.id;
    connect(pending.timer, &QTimer::timeout, this, [this, id] { onCallTimeout(id); });
    pending.timer->start(pending.timeoutMs);
    logger()->debug("→ #{} {}", id, pending.method);
    m_inFlight.insert(id, std::move(pending));
    m_peakInFlight = std::max(m_peakInFlight, int(m_inFlight.size()));
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void TrueNasClient::onCallTimeout(qint64 id)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.constEnd())
        return;
    const QString method = it->method;
    const int seconds = std::max(1, it->timeoutMs / 1000);
    complete(id,
             Error::make(TrueNasErrors::Timeout,
                         tr("TrueNAS did not answer %1 within %2 s. It may still do it: query before trying "
                            "again.")
                             .arg(method)
                             .arg(seconds)));
}

void TrueNasClient::complete(qint64 id, Result<QJsonValue> result)
{
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end()) {
        logger()->debug("answer to #{} nobody waits for (cancelled or timed out)", id);
        return;
    }
    Pending p = std::move(it.value());
    m_inFlight.erase(it);
    if (p.timer) {
        p.timer->stop();
        p.timer->deleteLater();
    }
    pump();
    if (p.done)
        p.done(std::move(result));
}

void TrueNasClient::cancel(Handle handle)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).handle == handle) {
            Pending p = m_queue.takeAt(i);
            if (p.done)
                p.done(TrueNasErrors::cancelled(p.method));
            return;
        }
    }
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->handle == handle) {
            complete(it.key(), TrueNasErrors::cancelled(it->method));
            return;
        }
    }
    if (const auto start = m_jobStartCalls.find(handle); start != m_jobStartCalls.end()) {
        const Handle inner = start.value();
        m_jobStartCalls.erase(start);
        cancel(inner); // its callback sees the job handle gone and reports "cancelled" below
    }
    for (auto it = m_jobWaits.begin(); it != m_jobWaits.end(); ++it) {
        if (it->handle == handle) {
            JobWait w = std::move(it.value());
            m_jobWaits.erase(it);
            if (w.timer) {
                w.timer->stop();
                w.timer->deleteLater();
            }
            if (w.done)
                w.done(TrueNasErrors::cancelled(w.method));
            return;
        }
    }
}

void TrueNasClient::onTextMessage(const QString& text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject()) {
        logger()->warn("ignoring a message that is not a JSON object: {}", parseError.errorString());
        return;
    }
    const QJsonObject message = doc.object();
    const QJsonValue id = message.value(QStringLiteral("id"));
    if (id.isDouble() &&
        (message.contains(QStringLiteral("result")) || message.contains(QStringLiteral("error")))) {
        const qint64 requestId = id.toInteger();
        const QJsonValue error = message.value(QStringLiteral("error"));
        if (!error.isUndefined() && !error.isNull()) {
            const QString method = m_inFlight.value(requestId).method;
            complete(requestId, TrueNasErrors::fromRpcError(error, method));
        } else {
            complete(requestId, message.value(QStringLiteral("result")));
        }
        return;
    }
    const QString method = message.value(QStringLiteral("method")).toString();
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    if (method == QLatin1String("collection_update")) {
        if (params.value(QStringLiteral("collection")).toString() == QLatin1String("core.get_jobs"))
            onJobEvent(params);
        return;
    }
    if (method == QLatin1String("notify_unsubscribed")) {
        if (params.value(QStringLiteral("collection")).toString() == QLatin1String("core.get_jobs"))
            m_jobsSubscribed = false;
        logger()->warn("TrueNAS ended the subscription {}",
                       params.value(QStringLiteral("collection")).toString());
        return;
    }
    logger()->debug("ignoring message with method '{}'", method);
}

TrueNasClient::Handle TrueNasClient::callJob(const QString& method, const QJsonArray& params, Callback done,
                                             int timeoutMs)
{
    const Handle outer = m_nextHandle++;
    const int jobTimeout = timeoutMs < 0 ? m_options.jobTimeoutMs : timeoutMs;
    if (m_state == State::Disconnected) {
        const Error error = Error::make(TrueNasErrors::Connection,
                                        tr("Not connected to TrueNAS; %1 was not sent.").arg(method));
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return outer;
    }
    // The job handle lives in m_jobStartCalls until the job id is known, then in m_jobWaits; a handle found
    // in neither was cancelled.
    m_jobStartCalls.insert(outer, 0);
    // Subscribe first: a quick job can end before its id reaches us, and a missed terminal event would leave
    // the caller waiting (truenas-api.md §1.4; the official client does the same).
    ensureJobSubscription([this, outer, method, params, done, jobTimeout](Status subscribed) {
        if (!m_jobStartCalls.contains(outer))
            return done(TrueNasErrors::cancelled(method));
        if (!subscribed.ok()) {
            m_jobStartCalls.remove(outer);
            return done(subscribed.error());
        }
        const Handle inner =
            call(method, params, [this, outer, method, done, jobTimeout](Result<QJsonValue> r) {
                if (!m_jobStartCalls.contains(outer))
                    return done(r.ok() || !r.error().isCancelled()
                                    ? Result<QJsonValue>(TrueNasErrors::cancelled(method))
                                    : r);
                m_jobStartCalls.remove(outer);
                if (!r)
                    return done(r);
                if (!r->isDouble()) // not a job after all (or new-style jobs): the answer is the result
                    return done(r);
                const qint64 jobId = r->toInteger();
                JobWait w;
                w.handle = outer;
                w.method = method;
                w.done = done;
                w.timer = new QTimer(this);
                w.timer->setSingleShot(true);
                connect(w.timer, &QTimer::timeout, this, [this, jobId, method, jobTimeout] {
                    auto it = m_jobWaits.find(jobId);
                    if (it == m_jobWaits.end())
                        return;
                    JobWait expired = std::move(it.value());
                    m_jobWaits.erase(it);
                    expired.timer->deleteLater();
                    expired.done(
                        Error::make(TrueNasErrors::Timeout,
                                    tr("The TrueNAS job %1 (id %2) did not finish within %3 s; it may still "
                                       "finish.")
                                        .arg(method)
                                        .arg(jobId)
                                        .arg(jobTimeout / 1000)));
                });
                w.timer->start(jobTimeout);
                m_jobWaits.insert(jobId, std::move(w));
                if (m_endedJobs.contains(jobId))
                    finishJob(jobId, m_endedJobs.take(jobId));
            });
        if (m_jobStartCalls.contains(outer))
            m_jobStartCalls[outer] = inner;
    });
    return outer;
}

void TrueNasClient::ensureJobSubscription(std::function<void(Status)> done)
{
    if (m_jobsSubscribed) {
        done(Status{});
        return;
    }
    m_subscriptionWaiters.append(std::move(done));
    if (m_jobsSubscribing)
        return;
    m_jobsSubscribing = true;
    call(QStringLiteral("core.subscribe"), QJsonArray{QStringLiteral("core.get_jobs")},
         [this](Result<QJsonValue> r) {
             m_jobsSubscribing = false;
             m_jobsSubscribed = r.ok();
             const Status status = r.ok() ? Status{} : Status(r.error());
             auto waiters = std::exchange(m_subscriptionWaiters, {});
             for (auto& w : waiters)
                 w(status);
         });
}

void TrueNasClient::onJobEvent(const QJsonObject& params)
{
    const qint64 jobId = params.value(QStringLiteral("id")).toInteger();
    const QJsonObject job = params.value(QStringLiteral("fields")).toObject();
    if (job.isEmpty())
        return;
    emit jobUpdated(jobId, job);
    if (!isTerminalJobState(job.value(QStringLiteral("state")).toString()))
        return;
    if (m_jobWaits.contains(jobId)) {
        finishJob(jobId, job);
        return;
    }
    m_endedJobs.insert(jobId, job);
    m_endedJobsOrder.append(jobId);
    while (m_endedJobsOrder.size() > kEndedJobsKept)
        m_endedJobs.remove(m_endedJobsOrder.takeFirst());
}

void TrueNasClient::finishJob(qint64 jobId, const QJsonObject& job)
{
    auto it = m_jobWaits.find(jobId);
    if (it == m_jobWaits.end())
        return;
    JobWait w = std::move(it.value());
    m_jobWaits.erase(it);
    if (w.timer) {
        w.timer->stop();
        w.timer->deleteLater();
    }
    if (job.value(QStringLiteral("state")).toString() == QLatin1String("SUCCESS"))
        w.done(job.value(QStringLiteral("result")));
    else
        w.done(TrueNasErrors::fromFailedJob(job, w.method));
}

void TrueNasClient::keepAlive()
{
    if (m_state != State::Ready)
        return;
    enqueue(
        QStringLiteral("core.ping"), {},
        [this](Result<QJsonValue> r) {
            if (!r && r.error().code == TrueNasErrors::Timeout && m_socket) {
                logger()->warn("core.ping unanswered: closing the connection so no call waits forever");
                m_socket->abort();
            }
        },
        std::min(kPingTimeoutMs, m_options.callTimeoutMs), true);
}

} // namespace mpio
