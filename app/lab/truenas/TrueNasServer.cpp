#include "app/lab/truenas/TrueNasServer.h"

#include "app/lab/truenas/MethodTable.h"
#include "app/lab/truenas/TrueNasBackend.h"
#include "app/lab/truenas/TrueNasStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace mpio::lab {

namespace {

// §1.2 (utils/limits.py): 8 KiB before authentication, 64 KiB after; oversize closes the socket.
constexpr qsizetype kAnonymousMax = 8 * 1024;
constexpr qsizetype kAuthenticatedMax = 64 * 1024;
constexpr int kHandshakeTimeoutMs = 10000;

} // namespace

TrueNasServer::TrueNasServer(const QJsonObject& truenas, const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_raw(truenas)
    , m_stateDir(stateDir)
{
    if (!TrueNasConfig::fromJson(truenas, &m_config, &m_configError))
        m_config = TrueNasConfig();
    m_backend = std::make_unique<TrueNasBackend>(m_config);
    m_storage = std::make_unique<TrueNasStorage>(m_backend.get());
    connect(m_backend.get(), &TrueNasBackend::collectionEvent, this, &TrueNasServer::onEvent);
    connect(m_backend.get(), &TrueNasBackend::deferredReply, this, &TrueNasServer::sendReply);
    connect(m_backend.get(), &TrueNasBackend::storageChanged, this, &TrueNasServer::storageChanged);
}

TrueNasServer::~TrueNasServer()
{
    stop();
}

StorageSide* TrueNasServer::storage()
{
    return m_storage.get();
}

QString TrueNasServer::apiKey() const
{
    return m_backend->apiKey();
}

QString TrueNasServer::loadOrCreateApiKey(QString* error)
{
    if (!m_config.apiKey.isEmpty())
        return m_config.apiKey;
    const QString path = m_stateDir + QStringLiteral("/truenas/api_key");
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QString k = QString::fromLatin1(f.readAll()).trimmed();
        if (k.contains(QLatin1Char('-')) && k.section(QLatin1Char('-'), 1).size() == 64)
            return k;
        f.close();
    }
    // TrueNAS format "<id>-<64 random characters>" (plugins/api_key.py, §2.3).
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString secret;
    for (int i = 0; i < 64; ++i)
        secret.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    const QString key = QStringLiteral("1-") + secret;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return {};
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(key.toLatin1() + '\n');
    return key;
}

bool TrueNasServer::start(QString* error)
{
    if (!m_configError.isEmpty()) {
        *error = m_configError;
        return false;
    }
    if (!QDir().mkpath(m_stateDir + QStringLiteral("/truenas"))) {
        *error = QStringLiteral("cannot create %1/truenas").arg(m_stateDir);
        return false;
    }
    if (!m_cert.loadOrCreate(m_stateDir, false, error))
        return false;
    const QString key = loadOrCreateApiKey(error);
    if (key.isEmpty())
        return false;
    m_backend->setApiKey(key);
    if (!m_backend->applySeed(error))
        return false;

    m_wss = new QWebSocketServer(QStringLiteral("TrueNAS"), QWebSocketServer::SecureMode, this);
    m_ws = new QWebSocketServer(QStringLiteral("TrueNAS"), QWebSocketServer::NonSecureMode, this);
    connect(m_wss, &QWebSocketServer::newConnection, this, [this] { onWebSocket(m_wss, true); });
    connect(m_ws, &QWebSocketServer::newConnection, this, [this] { onWebSocket(m_ws, false); });

    m_tls = new QSslServer(this);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(m_cert.certificate());
    ssl.setPrivateKey(m_cert.key());
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls->setSslConfiguration(ssl);
    m_tls->setHandshakeTimeout(kHandshakeTimeoutMs);
    connect(m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] { acceptPending(m_tls, true); });
    m_plain = new QTcpServer(this);
    connect(m_plain, &QTcpServer::pendingConnectionAvailable, this,
            [this] { acceptPending(m_plain, false); });
    if (!m_tls->listen(QHostAddress::LocalHost, 0) || !m_plain->listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("TrueNAS emulation cannot listen on 127.0.0.1: %1 %2")
                     .arg(m_tls->errorString(), m_plain->errorString());
        return false;
    }
    return true;
}

void TrueNasServer::stop()
{
    dropConnections();
    if (m_tls)
        m_tls->close();
    if (m_plain)
        m_plain->close();
}

int TrueNasServer::wssPort() const
{
    return m_tls ? m_tls->serverPort() : 0;
}

int TrueNasServer::wsPort() const
{
    return m_plain ? m_plain->serverPort() : 0;
}

QStringList TrueNasServer::advertisedVersions() const
{
    // The api/ packages of the release (§ "Version → API directory map"); /api/versions omits v24.10.
    const int patch = m_config.version.section(QLatin1Char('.'), 2, 2).toInt();
    QStringList v;
    const int p2504 = m_config.atLeast(25, 10) ? 2 : patch;
    for (int i = 0; i <= p2504; ++i)
        v.append(QStringLiteral("v25.04.%1").arg(i));
    if (m_config.atLeast(25, 10)) {
        const int p2510 = m_config.atLeast(26, 0) ? 4 : patch;
        for (int i = 0; i <= p2510; ++i)
            v.append(QStringLiteral("v25.10.%1").arg(i));
    }
    if (m_config.atLeast(26, 0))
        v.append(QStringLiteral("v26.0.0"));
    return v;
}

QStringList TrueNasServer::apiPaths() const
{
    // Every pinned version is served by the current API here (the lab has no LegacyAPIMethod adapters).
    QStringList p{QStringLiteral("/api/current"), QStringLiteral("/api/v24.10")};
    for (const QString& v : advertisedVersions())
        p.append(QStringLiteral("/api/") + v);
    return p;
}

QJsonObject TrueNasServer::endpoint() const
{
    return QJsonObject{
        {QStringLiteral("name"), m_config.hostname},   {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), wssPort()},           {QStringLiteral("wsPort"), wsPort()},
        {QStringLiteral("apiUser"), m_config.apiUser}, {QStringLiteral("apiKey"), apiKey()},
        {QStringLiteral("certSha256"), certSha256()},  {QStringLiteral("version"), m_config.version}};
}

void TrueNasServer::acceptPending(QTcpServer* server, bool secure)
{
    for (int i = 0; i < 64 && server->hasPendingConnections(); ++i) {
        QTcpSocket* s = server->nextPendingConnection();
        if (!s)
            break;
        connect(s, &QTcpSocket::readyRead, this, [this, s, secure] { route(s, secure); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QTimer::singleShot(kHandshakeTimeoutMs, s, [s] {
            if (s->property("mpio_routed").toBool())
                return;
            s->abort();
        });
        if (s->bytesAvailable() > 0)
            route(s, secure);
    }
}

// Peeks at the HTTP request: WebSocket upgrades to a known /api path go to QWebSocketServer, plain GETs of
// /api/versions (and /api/boot_id on 25.10+) are answered here, anything else is 404.
void TrueNasServer::route(QTcpSocket* s, bool secure)
{
    if (s->property("mpio_routed").toBool())
        return;
    const QByteArray head = s->peek(8192);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= 8192)
            serveHttp(s, 431, QByteArray());
        return;
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    const QString method = QString::fromLatin1(request.value(0));
    const QString path = QString::fromLatin1(request.value(1)).section(QLatin1Char('?'), 0, 0);
    bool upgrade = false;
    for (const QByteArray& l : lines) {
        const QByteArray t = l.trimmed().toLower();
        if (t.startsWith("upgrade:") && t.contains("websocket"))
            upgrade = true;
    }
    s->setProperty("mpio_routed", true);
    if (upgrade) {
        if (!apiPaths().contains(path)) {
            serveHttp(s, 404, QByteArrayLiteral("404: Not Found"));
            return;
        }
        disconnect(s, &QTcpSocket::readyRead, this, nullptr);
        (secure ? m_wss : m_ws)->handleConnection(s);
        return;
    }
    if (method == QLatin1String("GET") && path == QLatin1String("/api/versions")) {
        serveHttp(
            s, 200,
            QJsonDocument(QJsonArray::fromStringList(advertisedVersions())).toJson(QJsonDocument::Compact));
        return;
    }
    if (method == QLatin1String("GET") && path == QLatin1String("/api/boot_id") && m_config.atLeast(25, 10)) {
        static const QString bootId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        serveHttp(s, 200, QJsonDocument(QJsonArray{bootId}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        return;
    }
    serveHttp(s, 404, QByteArrayLiteral("404: Not Found"));
}

void TrueNasServer::serveHttp(QTcpSocket* s, int status, const QByteArray& body)
{
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                                              : "Request Header Fields Too Large";
    s->readAll();
    s->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
             "\r\n"
             "Server: nginx\r\n"
             "Content-Type: " +
             (status == 200 ? QByteArray("application/json") : QByteArray("text/plain")) +
             "\r\n"
             "Content-Length: " +
             QByteArray::number(body.size()) +
             "\r\n"
             "Connection: close\r\n\r\n" +
             body);
    s->disconnectFromHost();
}

void TrueNasServer::onWebSocket(QWebSocketServer* server, bool secure)
{
    while (QWebSocket* ws = server->nextPendingConnection()) {
        const quint64 id = ++m_nextSession;
        Conn c;
        c.socket = ws;
        c.session.id = id;
        c.session.secureTransport = secure;
        c.session.peerIp = ws->peerAddress().toString();
        m_conns.insert(id, c);
        ws->setProperty("mpio_session", id);
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, ws](const QString& m) { onMessage(ws, m); });
        connect(ws, &QWebSocket::binaryMessageReceived, this,
                [this, ws](const QByteArray& m) { onMessage(ws, QString::fromUtf8(m)); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws, id] {
            m_conns.remove(id);
            ws->deleteLater();
        });
    }
}

void TrueNasServer::send(QWebSocket* socket, const QJsonObject& message)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void TrueNasServer::sendReply(quint64 sessionId, const QJsonValue& id, const RpcReply& reply)
{
    auto it = m_conns.find(sessionId);
    if (it == m_conns.end())
        return;
    QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
    if (reply.error)
        msg.insert(QStringLiteral("error"), reply.error->toJson());
    else
        msg.insert(QStringLiteral("result"), reply.result);
    send(it->socket, msg);
}

void TrueNasServer::onMessage(QWebSocket* socket, const QString& message)
{
    const quint64 sid = socket->property("mpio_session").toULongLong();
    auto it = m_conns.find(sid);
    if (it == m_conns.end())
        return;
    const qsizetype size = message.toUtf8().size();
    if (!it->session.authenticated && size > kAnonymousMax) {
        socket->close(QWebSocketProtocol::CloseCodeWrongDatatype,
                      QStringLiteral("Anonymous connection max message length is 8 kB"));
        return;
    }
    if (size > kAuthenticatedMax) {
        socket->close(QWebSocketProtocol::CloseCodeTooMuchData,
                      QStringLiteral("Max message length is 64 kB"));
        return;
    }
    auto error = [&](const QJsonValue& id, const RpcError& e) {
        send(socket, QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("error"), e.toJson()}});
    };
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError) {
        error(QJsonValue::Null, RpcError::parseError(perr.errorString()));
        return;
    }
    if (doc.isArray()) {
        error(QJsonValue::Null,
              RpcError::invalidRequest(QStringLiteral("Batch messages are not supported at this time")));
        return;
    }
    const QJsonObject req = doc.object();
    const bool hasId = req.contains(QStringLiteral("id"));
    const QJsonValue id = req.value(QStringLiteral("id"));
    if (req.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0") ||
        !req.value(QStringLiteral("method")).isString() ||
        (hasId && !id.isDouble() && !id.isString() && !id.isNull())) {
        error(hasId ? id : QJsonValue(QJsonValue::Null),
              RpcError::invalidRequest(QStringLiteral("Invalid Request")));
        return;
    }
    const QJsonValue params = req.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isArray()) {
        error(hasId ? id : QJsonValue(QJsonValue::Null),
              RpcError::invalidRequest(QStringLiteral("Invalid Request: params must be an array")));
        return;
    }
    const RpcReply reply =
        m_backend->call(it->session, req.value(QStringLiteral("method")).toString(), params.toArray(), id);
    if (reply.drop) { // injected (truenas.fail mode=drop): the connection dies before the answer
        socket->abort();
        return;
    }
    // A notification (no id) is executed but never answered, not even with an error (§1.2).
    if (!hasId || reply.deferred)
        return;
    if (reply.delayMs <= 0) {
        sendReply(sid, id, reply);
        return;
    }
    QTimer::singleShot(reply.delayMs, this, [this, sid, id, reply] { sendReply(sid, id, reply); });
}

void TrueNasServer::onEvent(const QString& collection, const QJsonObject& params)
{
    const QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("method"), QStringLiteral("collection_update")},
                          {QStringLiteral("params"), params}};
    for (const Conn& c : std::as_const(m_conns)) {
        bool subscribed = false;
        for (const QString& name : c.session.subscriptions)
            subscribed = subscribed || name == collection;
        if (subscribed && c.session.authenticated)
            send(c.socket, msg);
    }
}

bool TrueNasServer::rotateCertificate(QString* error)
{
    if (!m_cert.loadOrCreate(m_stateDir, true, error))
        return false;
    if (m_tls) {
        QSslConfiguration ssl = m_tls->sslConfiguration();
        ssl.setLocalCertificate(m_cert.certificate());
        ssl.setPrivateKey(m_cert.key());
        m_tls->setSslConfiguration(ssl);
    }
    emit endpointChanged();
    return true;
}

int TrueNasServer::dropConnections()
{
    // Collect first: abort() emits disconnected(), which edits m_conns.
    QList<QPointer<QWebSocket>> sockets;
    for (const Conn& c : std::as_const(m_conns))
        sockets.append(c.socket);
    for (const QPointer<QWebSocket>& s : sockets)
        if (s)
            s->abort();
    m_conns.clear();
    return int(sockets.size());
}

QJsonObject TrueNasServer::dumpState() const
{
    QJsonObject o = m_backend->dumpState();
    o.insert(QStringLiteral("connections"), int(m_conns.size()));
    return o;
}

QJsonObject TrueNasServer::control(const QString& action, const QJsonObject& args)
{
    auto fail = [](const QString& e) {
        return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), e}};
    };
    if (action == QLatin1String("truenas.state"))
        return dumpState();
    if (action == QLatin1String("truenas.drop"))
        return QJsonObject{{QStringLiteral("dropped"), dropConnections()}};
    if (action == QLatin1String("truenas.cert-rotate")) {
        QString error;
        if (!rotateCertificate(&error))
            return fail(error);
        return QJsonObject{{QStringLiteral("certSha256"), certSha256()}};
    }
    if (action == QLatin1String("truenas.fail")) {
        const QString method = args.value(QStringLiteral("method")).toString();
        const int call = args.value(QStringLiteral("call")).toInt(1);
        if (method.isEmpty() || call < 1)
            return fail(QStringLiteral("truenas.fail needs method=<name> and call=<k ≥ 1>"));
        FaultMode mode = FaultMode::Error;
        if (!parseFaultMode(args.value(QStringLiteral("mode")).toString(), &mode))
            return fail(QStringLiteral("mode must be error, drop or hang"));
        const QString text =
            args.value(QStringLiteral("error")).toString(QStringLiteral("Injected failure (mpio-lab)"));
        m_backend->failCall(method, call, args.value(QStringLiteral("errname")).toString(), text, mode);
        return QJsonObject{{QStringLiteral("method"), method},
                           {QStringLiteral("call"), call},
                           {QStringLiteral("error"), text}};
    }
    if (action == QLatin1String("truenas.link")) {
        const QString nic = args.value(QStringLiteral("nic")).toString();
        {
            QMutexLocker lock(&m_backend->mutex());
            auto it = m_backend->state().nicHw.find(nic);
            if (it == m_backend->state().nicHw.end())
                return fail(QStringLiteral("unknown TrueNAS NIC \"%1\"").arg(nic));
            it->link = args.value(QStringLiteral("up")).toBool(true);
            m_backend->markStorageChanged();
        }
        return QJsonObject{{QStringLiteral("nic"), nic},
                           {QStringLiteral("up"), args.value(QStringLiteral("up")).toBool(true)}};
    }
    return fail(QStringLiteral("unknown action \"%1\"").arg(action));
}

} // namespace mpio::lab
