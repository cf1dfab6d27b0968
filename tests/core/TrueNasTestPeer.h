#pragma once

// A TEST PEER, not a product stub: a small TrueNAS middleware stand-in on 127.0.0.1 for the client tests
// until the lab's emulation (mpio::lab::TrueNasServer) is available. It answers like the reference says
// (../shared/reference/truenas-api.md): JSON-RPC 2.0 over wss:// at /api/current with a self-signed
// CN=localhost certificate made by the `openssl` command, GET /api/versions, the error envelopes of §1.2,
// jobs with core.get_jobs events (§1.4), and a tiny in-memory iSCSI/pool/interface state with the validation
// texts the reference quotes. It shares no code with core/ (it must not agree with the client by
// construction).
//
// Header-only and without Q_OBJECT so every test folder can include it.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>
#include <memory>

namespace mpio::test {

class TrueNasTestPeer : public QObject
{
public:
    // How the peer answers one call. Result/Error are sent after `delayMs` (0: at once); Silent never
    // answers.
    struct Answer
    {
        enum Kind
        {
            Result,
            Error,
            Silent
        };
        Kind kind = Result;
        QJsonValue value;
        int delayMs = 0;
        static Answer result(QJsonValue v, int delayMs = 0) { return {Result, std::move(v), delayMs}; }
        static Answer error(QJsonObject e, int delayMs = 0) { return {Error, std::move(e), delayMs}; }
        static Answer silent() { return {Silent, {}, 0}; }
    };
    using Handler = std::function<Answer(const QJsonArray& params)>;

    QString version = QStringLiteral("25.04.2.6");
    QString apiUser = QStringLiteral("wizard-svc");
    QString apiKey = QStringLiteral("7-Xq3RmT9vLk2PzW8sNc4HbJ6yGd1FaE5uKo0iVtYhBgMnQwSe");
    bool old2410 = false;       // GET /api/versions redirects to /ui/ like 24.10
    bool rateLimited = false;   // every login gets [EBUSY] Rate Limit Exceeded
    bool pingSilent = false;    // core.ping never answered
    bool jobEventsFirst = true; // a job's terminal event is sent before the job id answer (the race of §1.4)
    int diskChoicesDelayMs = 300; // a new zvol shows up in iscsi.extent.disk_choices after this long
    int answerDelayMs = 0; // every answer without its own delay waits this long (to measure concurrency)

    // What the peer saw.
    int logins = 0;
    int httpProbes = 0;
    int wsConnections = 0;
    int tcpConnections = 0;
    int maxOutstanding = 0;
    QStringList calls; // method names in arrival order
    QStringList paths; // WebSocket request paths
    bool subscribedBeforeJob = true;

    explicit TrueNasTestPeer(QString dir)
        : m_dir(std::move(dir))
        , m_ws(QStringLiteral("truenas-test-peer"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* ws = m_ws.nextPendingConnection())
                accept(ws);
        });
        QObject::connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_tcp.nextPendingConnection())
                onTcp(qobject_cast<QSslSocket*>(s));
        });
        seedState();
    }
    ~TrueNasTestPeer() override
    {
        for (auto* ws : std::as_const(m_clients))
            ws->abort();
    }

    // Generates the certificate (openssl) and listens on 127.0.0.1 (port 0: any free one).
    bool start(quint16 port = 0)
    {
        if (!makeCertificate())
            return false;
        m_tcp.peer = this;
        return m_tcp.listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return m_tcp.serverPort(); }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    QSslCertificate certificate() const { return m_cert; }
    QString certificatePath() const { return m_certPath; }
    // New key and certificate for the next connections (TrueNAS's yearly renewal, §7).
    bool rotateCertificate() { return makeCertificate(); }
    // Drops every WebSocket without a close handshake (a cable pulled, nginx restarted).
    void dropAll()
    {
        const auto clients = m_clients;
        for (auto* ws : clients)
            ws->abort();
    }
    int connectedClients() const { return int(m_clients.size()); }

    void setHandler(const QString& method, Handler handler) { m_handlers.insert(method, std::move(handler)); }

    // The iSCSI/pool/interface state, by collection ("iscsi.portal", …): lists of objects with "id".
    QHash<QString, QJsonArray> state;
    QHash<QString, int> nextId;
    QJsonObject pendingInterfaces; // interface.update staged, keyed by name
    bool committedPending = false;
    QSet<QString> devNodes; // zvol names whose /dev/zvol node exists

    // -32602 with data.extra like the reference sample (§1.2).
    static QJsonObject validationError(const QString& attribute, const QString& message)
    {
        return QJsonObject{
            {QStringLiteral("code"), -32602},
            {QStringLiteral("message"), QStringLiteral("Invalid params")},
            {QStringLiteral("data"),
             QJsonObject{
                 {QStringLiteral("error"), 22},
                 {QStringLiteral("errname"), QStringLiteral("EINVAL")},
                 {QStringLiteral("reason"), QStringLiteral("[EINVAL] %1: %2\n").arg(attribute, message)},
                 {QStringLiteral("trace"),
                  QJsonObject{{QStringLiteral("class"), QStringLiteral("ValidationErrors")}}},
                 {QStringLiteral("extra"), QJsonArray{QJsonValue(QJsonArray{attribute, message, 22})}}}}};
    }
    // -32001 CallError (§1.2).
    static QJsonObject callError(int errnum, const QString& errname, const QString& message)
    {
        return QJsonObject{
            {QStringLiteral("code"), -32001},
            {QStringLiteral("message"), QStringLiteral("Method call error")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("error"), errnum},
                         {QStringLiteral("errname"), errname},
                         {QStringLiteral("reason"), QStringLiteral("[%1] %2").arg(errname, message)},
                         {QStringLiteral("trace"), QJsonValue()},
                         {QStringLiteral("extra"), QJsonValue()}}}};
    }

private:
    // QTcpServer that speaks TLS itself, so one port can serve GET /api/versions and the WebSocket upgrade.
    class TlsServer : public QTcpServer
    {
    public:
        TrueNasTestPeer* peer = nullptr;

    protected:
        void incomingConnection(qintptr fd) override
        {
            auto* socket = new QSslSocket(this);
            if (!socket->setSocketDescriptor(fd)) {
                delete socket;
                return;
            }
            socket->setSslConfiguration(peer->m_tls);
            socket->startServerEncryption();
            addPendingConnection(socket);
        }
    };

    bool makeCertificate()
    {
        const QString key = m_dir + QStringLiteral("/key%1.pem").arg(m_certGeneration);
        const QString cert = m_dir + QStringLiteral("/cert%1.pem").arg(m_certGeneration);
        ++m_certGeneration;
        // Like TrueNAS's truenas_default (§7): RSA 2048, CN=localhost, SAN DNS:localhost, 397 days.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("397"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/C=US/ST=Tennessee/L=Maryville/O=iXsystems/CN=localhost"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost")});
        if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
            return false;
        QFile kf(key), cf(cert);
        if (!kf.open(QIODevice::ReadOnly) || !cf.open(QIODevice::ReadOnly))
            return false;
        m_cert = QSslCertificate(cf.readAll(), QSsl::Pem);
        const QSslKey privateKey(kf.readAll(), QSsl::Rsa, QSsl::Pem);
        if (m_cert.isNull() || privateKey.isNull())
            return false;
        m_certPath = cert;
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(m_cert);
        m_tls.setPrivateKey(privateKey);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return true;
    }

    void onTcp(QSslSocket* socket)
    {
        if (!socket)
            return;
        ++tcpConnections;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket, connection] {
            const QByteArray head = socket->peek(16384);
            if (!head.contains("\r\n\r\n"))
                return;
            if (head.startsWith("GET /api/versions")) {
                socket->readAll();
                ++httpProbes;
                QByteArray response;
                if (old2410) {
                    response = "HTTP/1.1 302 Found\r\nLocation: /ui/\r\nContent-Length: 0\r\nConnection: "
                               "close\r\n\r\n";
                } else {
                    const QByteArray body = R"(["v25.04.0","v25.04.1","v25.04.2"])";
                    response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                }
                socket->write(response);
                socket->disconnectFromHost();
                return;
            }
            QObject::disconnect(*connection);
            socket->setParent(nullptr);
            m_ws.handleConnection(socket);
        });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }

    void accept(QWebSocket* ws)
    {
        ++wsConnections;
        paths.append(ws->requestUrl().path());
        m_clients.append(ws);
        m_authed.insert(ws, false);
        QObject::connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            m_clients.removeAll(ws);
            m_authed.remove(ws);
            m_subscribed.remove(ws);
            ws->deleteLater();
        });
        QObject::connect(ws, &QWebSocket::textMessageReceived, this,
                         [this, ws](const QString& text) { onMessage(ws, text); });
    }

    void sendJson(QWebSocket* ws, const QJsonObject& o)
    {
        if (m_clients.contains(ws))
            ws->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }

    void onMessage(QWebSocket* ws, const QString& text)
    {
        const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonValue id = msg.value(QStringLiteral("id"));
        const QString method = msg.value(QStringLiteral("method")).toString();
        const QJsonArray params = msg.value(QStringLiteral("params")).toArray();
        calls.append(method);
        Answer answer = dispatch(ws, method, params);
        if (answer.kind == Answer::Silent)
            return;
        if (answer.delayMs == 0)
            answer.delayMs = answerDelayMs;
        QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
        reply.insert(answer.kind == Answer::Error ? QStringLiteral("error") : QStringLiteral("result"),
                     answer.value);
        ++m_outstanding;
        maxOutstanding = std::max(maxOutstanding, m_outstanding);
        QPointer<QWebSocket> target(ws);
        auto deliver = [this, target, reply] {
            --m_outstanding;
            if (target)
                sendJson(target, reply);
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, this, deliver);
        else
            deliver();
    }

    Answer dispatch(QWebSocket* ws, const QString& method, const QJsonArray& params)
    {
        if (method == QLatin1String("auth.login_ex")) {
            ++logins;
            if (rateLimited)
                return Answer::error(
                    callError(16, QStringLiteral("EBUSY"), QStringLiteral("Rate Limit Exceeded")));
            const QJsonObject data = params.at(0).toObject();
            const bool ok =
                data.value(QStringLiteral("mechanism")).toString() == QLatin1String("API_KEY_PLAIN") &&
                data.value(QStringLiteral("username")).toString() == apiUser &&
                data.value(QStringLiteral("api_key")).toString() == apiKey;
            m_authed[ws] = ok;
            return Answer::result(
                ok ? QJsonObject{{QStringLiteral("response_type"), QStringLiteral("SUCCESS")},
                                 {QStringLiteral("user_info"), QJsonValue()},
                                 {QStringLiteral("authenticator"), QStringLiteral("LEVEL_1")}}
                   : QJsonObject{{QStringLiteral("response_type"), QStringLiteral("AUTH_ERR")}});
        }
        if (method == QLatin1String("core.set_options"))
            return Answer::result(QJsonValue());
        if (!m_authed.value(ws))
            return Answer::error(
                callError(207, QStringLiteral("ENOTAUTHENTICATED"), QStringLiteral("Not authenticated")));
        if (const auto h = m_handlers.constFind(method); h != m_handlers.constEnd())
            return h.value()(params);
        if (method == QLatin1String("core.ping"))
            return pingSilent ? Answer::silent() : Answer::result(QStringLiteral("pong"));
        if (method == QLatin1String("system.version_short"))
            return Answer::result(version);
        if (method == QLatin1String("system.version"))
            return Answer::result(QString(QStringLiteral("TrueNAS-") + version));
        if (method == QLatin1String("core.subscribe")) {
            m_subscribed.insert(ws);
            return Answer::result(QStringLiteral("5b1b7ad0-3c5e-4c39-9d7e-2f8c1f0e4a11"));
        }
        if (method == QLatin1String("service.control"))
            return startJob(ws, method, params, true);
        if (method == QLatin1String("test.job.fail"))
            return startJob(ws, method, params, false);
        return stateful(method, params);
    }

    Answer startJob(QWebSocket* ws, const QString& method, const QJsonArray& params, bool succeed)
    {
        if (!version.startsWith(QLatin1String("25.1")) && !version.startsWith(QLatin1String("26")) &&
            method == QLatin1String("service.control"))
            return Answer::error(
                QJsonObject{{QStringLiteral("code"), -32601},
                            {QStringLiteral("message"), QStringLiteral("Method does not exist")}});
        if (!m_subscribed.contains(ws))
            subscribedBeforeJob = false;
        const int jobId = ++m_jobIds;
        QJsonObject job{{QStringLiteral("id"), jobId},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("arguments"), params},
                        {QStringLiteral("state"), QStringLiteral("RUNNING")},
                        {QStringLiteral("progress"), QJsonObject{{QStringLiteral("percent"), 0}}},
                        {QStringLiteral("result"), QJsonValue()},
                        {QStringLiteral("error"), QJsonValue()},
                        {QStringLiteral("exc_info"), QJsonValue()}};
        auto event = [this, ws, jobId](const QString& msg, const QJsonObject& fields) {
            if (!m_subscribed.contains(ws))
                return;
            sendJson(ws,
                     QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("method"), QStringLiteral("collection_update")},
                                 {QStringLiteral("params"),
                                  QJsonObject{{QStringLiteral("msg"), msg},
                                              {QStringLiteral("collection"), QStringLiteral("core.get_jobs")},
                                              {QStringLiteral("id"), jobId},
                                              {QStringLiteral("fields"), fields}}}});
        };
        event(QStringLiteral("added"), job);
        QJsonObject end = job;
        if (succeed) {
            end.insert(QStringLiteral("state"), QStringLiteral("SUCCESS"));
            end.insert(QStringLiteral("result"), true);
            if (params.size() >= 2 && params.at(0).toString() == QLatin1String("START"))
                setService(QStringLiteral("RUNNING"), std::nullopt);
            if (params.size() >= 2 && params.at(0).toString() == QLatin1String("STOP"))
                setService(QStringLiteral("STOPPED"), std::nullopt);
        } else {
            end.insert(QStringLiteral("state"), QStringLiteral("FAILED"));
            end.insert(QStringLiteral("error"), QStringLiteral("[EINVAL] options.timeout: must be positive"));
            end.insert(QStringLiteral("exc_info"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("VALIDATION")},
                                   {QStringLiteral("errno"), 22},
                                   {QStringLiteral("extra"),
                                    // QJsonValue(…): clang reads QJsonArray{QJsonArray{…}} as a copy.
                                    QJsonArray{QJsonValue(QJsonArray{QStringLiteral("options.timeout"),
                                                                     QStringLiteral("must be positive"), 22})}}});
        }
        if (jobEventsFirst) {
            event(QStringLiteral("changed"), end);
            return Answer::result(jobId);
        }
        QTimer::singleShot(100, this, [event, end] { event(QStringLiteral("changed"), end); });
        return Answer::result(jobId);
    }

    void setService(const QString& runState, std::optional<bool> enable)
    {
        QJsonArray services = state.value(QStringLiteral("service"));
        QJsonObject s = services.at(0).toObject();
        s.insert(QStringLiteral("state"), runState);
        if (enable)
            s.insert(QStringLiteral("enable"), *enable);
        services[0] = s;
        state.insert(QStringLiteral("service"), services);
    }

    static QJsonObject parse(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

    // Fixtures shaped like the reference samples (§3.1, §3.2, §4.3, §5.1).
    void seedState()
    {
        state.insert(
            QStringLiteral("interface"),
            QJsonArray{
                parse(
                    R"({"id":"eno1","name":"eno1","type":"PHYSICAL","ipv4_dhcp":true,"ipv6_auto":false,"aliases":[],"mtu":null,"description":"mgmt",
                      "state":{"name":"eno1","mtu":1500,"link_state":"LINK_STATE_UP","active_media_subtype":"1000Mb/s Twisted Pair",
                               "aliases":[{"type":"LINK","address":"3c:ec:ef:10:20:30"},{"type":"INET","address":"192.168.1.50","netmask":24,"broadcast":"192.168.1.255"}]}})"),
                parse(
                    R"({"id":"enp4s0f0","name":"enp4s0f0","type":"PHYSICAL","ipv4_dhcp":false,"ipv6_auto":false,
                      "aliases":[{"type":"INET","address":"10.20.10.10","netmask":29}],"mtu":9000,"description":"iSCSI-A",
                      "state":{"name":"enp4s0f0","mtu":9000,"link_state":"LINK_STATE_UP","active_media_subtype":"10000Mb/s Twisted Pair",
                               "aliases":[{"type":"INET","address":"10.20.10.10","netmask":29,"broadcast":"10.20.10.15"}]}})"),
                parse(
                    R"({"id":"enp4s0f1","name":"enp4s0f1","type":"PHYSICAL","ipv4_dhcp":false,"ipv6_auto":false,
                      "aliases":[{"type":"INET","address":"10.20.20.10","netmask":29}],"mtu":null,"description":"iSCSI-B",
                      "state":{"name":"enp4s0f1","mtu":1500,"link_state":"LINK_STATE_DOWN","active_media_subtype":"Unknown",
                               "aliases":[{"type":"INET","address":"10.20.20.10","netmask":29,"broadcast":"10.20.20.15"}]}})")});
        state.insert(
            QStringLiteral("pool"),
            QJsonArray{
                parse(
                    R"({"id":1,"name":"tank","status":"ONLINE","healthy":true,"size":3985729650688,"allocated":1099511627776,"free":2886218022912,
                      "topology":{"data":[{"name":"mirror-0","type":"MIRROR","status":"ONLINE","children":[]}],
                                  "log":[{"name":"mirror-2","type":"MIRROR","path":null,"status":"ONLINE","children":[]}],
                                  "cache":[],"spare":[],"special":[],"dedup":[]}})"),
                parse(
                    R"({"id":2,"name":"scratch","status":"ONLINE","healthy":true,"size":1000000000000,"allocated":0,"free":1000000000000,
                      "topology":{"data":[{"name":"sdc","type":"DISK","status":"ONLINE","children":[]}],"log":[],"cache":[],"spare":[],"special":[],"dedup":[]}})")});
        state.insert(QStringLiteral("pool.dataset"),
                     QJsonArray{parse(
                         R"({"id":"tank/vmware/old","name":"tank/vmware/old","type":"VOLUME","pool":"tank",
                      "volsize":{"parsed":107374182400,"rawvalue":"107374182400","value":"100G","source":"LOCAL","source_info":null},
                      "volblocksize":{"parsed":16384,"rawvalue":"16384","value":"16K","source":"DEFAULT","source_info":null},
                      "sync":{"value":"ALWAYS"},"compression":{"value":"LZ4"}})")});
        devNodes.insert(QStringLiteral("tank/vmware/old"));
        state.insert(
            QStringLiteral("iscsi.global"),
            QJsonArray{parse(
                R"({"id":1,"basename":"iqn.2005-10.org.freenas.ctl","isns_servers":[],"listen_port":3260,"pool_avail_threshold":null,"alua":false,"iser":false})")});
        state.insert(QStringLiteral("service"),
                     QJsonArray{parse(
                         R"({"id":9,"service":"iscsitarget","enable":false,"state":"STOPPED","pids":[]})")});
        for (const char* c : {"iscsi.portal", "iscsi.initiator", "iscsi.auth", "iscsi.target", "iscsi.extent",
                              "iscsi.targetextent", "sessions"})
            state.insert(QString::fromLatin1(c), QJsonArray{});
    }

    static bool matches(const QJsonObject& o, const QJsonArray& filters)
    {
        for (const auto& fv : filters) {
            const QJsonArray f = fv.toArray();
            const QString field = f.at(0).toString();
            const QString op = f.at(1).toString();
            const QJsonValue want = f.at(2);
            QList<QJsonValue> values;
            if (field.contains(QLatin1String(".*."))) {
                const QString list = field.section(QStringLiteral(".*."), 0, 0);
                const QString key = field.section(QStringLiteral(".*."), 1);
                for (const auto& e : o.value(list).toArray())
                    values.append(e.toObject().value(key));
            } else {
                values.append(o.value(field));
            }
            bool any = false;
            for (const auto& v : values)
                any = any ||
                      (op == QLatin1String("=") ? v == want
                                                : op == QLatin1String("in") && want.toArray().contains(v));
            if (!any)
                return false;
        }
        return true;
    }

    Answer query(const QString& collection, const QJsonArray& params)
    {
        // Strict like the server (§1.6): params[0] is a LIST of [field, op, value] filters.
        if (!params.isEmpty() && !params.at(0).isArray())
            return Answer::error(
                validationError(QStringLiteral("filters"), QStringLiteral("Input should be a valid list")));
        for (const auto& f : params.at(0).toArray())
            if (!f.isArray() || f.toArray().size() != 3 || !f.toArray().at(0).isString())
                return Answer::error(
                    validationError(QStringLiteral("filters"),
                                    QStringLiteral("Invalid filter %1")
                                        .arg(QString::fromUtf8(
                                            QJsonDocument(QJsonArray{f}).toJson(QJsonDocument::Compact)))));
        QJsonArray out;
        for (const auto& v : state.value(collection))
            if (matches(v.toObject(), params.at(0).toArray()))
                out.append(v);
        if (params.at(1).toObject().value(QStringLiteral("get")).toBool()) {
            if (out.isEmpty())
                return Answer::error(
                    callError(22, QStringLiteral("EINVAL"), QStringLiteral("MatchNotFound()")));
            return Answer::result(out.at(0));
        }
        return Answer::result(out);
    }

    QJsonObject create(const QString& collection, QJsonObject entry)
    {
        const int id = ++nextId[collection];
        entry.insert(QStringLiteral("id"), id);
        QJsonArray list = state.value(collection);
        list.append(entry);
        state.insert(collection, list);
        return entry;
    }

    Answer remove(const QString& collection, const QJsonValue& id)
    {
        QJsonArray list = state.value(collection);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).toObject().value(QStringLiteral("id")) == id) {
                list.removeAt(i);
                state.insert(collection, list);
                return Answer::result(true);
            }
        }
        return Answer::error(
            callError(2, QStringLiteral("ENOENT"),
                      QStringLiteral("%1 %2 does not exist").arg(collection).arg(id.toVariant().toString())));
    }

    Answer update(const QString& collection, const QJsonValue& id, const QJsonObject& changes)
    {
        QJsonArray list = state.value(collection);
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject o = list.at(i).toObject();
            if (o.value(QStringLiteral("id")) == id) {
                for (auto it = changes.begin(); it != changes.end(); ++it)
                    o.insert(it.key(), it.value());
                list[i] = o;
                state.insert(collection, list);
                return Answer::result(o);
            }
        }
        return Answer::error(callError(2, QStringLiteral("ENOENT"), QStringLiteral("does not exist")));
    }

    QStringList staticIps() const
    {
        QStringList ips;
        for (const auto& i : state.value(QStringLiteral("interface")))
            for (const auto& a : i.toObject().value(QStringLiteral("aliases")).toArray())
                ips.append(a.toObject().value(QStringLiteral("address")).toString());
        return ips;
    }

    static Answer extraInputs(const QString& prefix, const QJsonObject& data, const QStringList& allowed)
    {
        for (auto it = data.begin(); it != data.end(); ++it)
            if (!allowed.contains(it.key()))
                return Answer::error(
                    validationError(prefix + it.key(), QStringLiteral("Extra inputs are not permitted")));
        return Answer::result(QJsonValue());
    }

    Answer stateful(const QString& method, const QJsonArray& params)
    {
        const QString ns = method.section(QLatin1Char('.'), 0, -2);
        const QString verb = method.section(QLatin1Char('.'), -1);
        const QJsonObject data = params.at(0).toObject();
        if (method == QLatin1String("system.info"))
            return Answer::result(parse(
                R"({"version":"25.04.2.6","hostname":"truenas01","physmem":68719476736,"model":"AMD EPYC","cores":16})"));
        if (method == QLatin1String("interface.websocket_interface"))
            return Answer::result(state.value(QStringLiteral("interface")).at(0));
        if (method == QLatin1String("iscsi.global.config"))
            return Answer::result(state.value(QStringLiteral("iscsi.global")).at(0));
        if (method == QLatin1String("iscsi.global.sessions"))
            return query(QStringLiteral("sessions"), params);
        if (method == QLatin1String("iscsi.portal.listen_ip_choices")) {
            QJsonObject choices{{QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0")}};
            for (const auto& ip : staticIps())
                choices.insert(ip, ip);
            return Answer::result(choices);
        }
        if (method == QLatin1String("iscsi.extent.disk_choices")) {
            QJsonObject choices;
            QSet<QString> used;
            for (const auto& e : state.value(QStringLiteral("iscsi.extent")))
                used.insert(e.toObject().value(QStringLiteral("disk")).toString());
            for (const auto& d : state.value(QStringLiteral("pool.dataset"))) {
                const QString name = d.toObject().value(QStringLiteral("name")).toString();
                if (devNodes.contains(name) && !used.contains(QStringLiteral("zvol/") + name))
                    choices.insert(QStringLiteral("zvol/") + name, name);
            }
            return Answer::result(choices);
        }
        if (method == QLatin1String("service.query"))
            return query(QStringLiteral("service"), params);
        if (method == QLatin1String("service.update")) {
            setService(state.value(QStringLiteral("service"))
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("state"))
                           .toString(),
                       params.at(1).toObject().value(QStringLiteral("enable")).toBool());
            return Answer::result(9);
        }
        if (method == QLatin1String("service.start")) {
            setService(QStringLiteral("RUNNING"), std::nullopt);
            return Answer::result(true);
        }
        if (method == QLatin1String("service.stop")) {
            setService(QStringLiteral("STOPPED"), std::nullopt);
            return Answer::result(true);
        }
        if (method == QLatin1String("interface.update")) {
            pendingInterfaces.insert(params.at(0).toString(), params.at(1));
            return Answer::result(QJsonObject{{QStringLiteral("id"), params.at(0)}});
        }
        if (method == QLatin1String("interface.commit")) {
            QJsonArray list = state.value(QStringLiteral("interface"));
            m_savedInterfaces = list;
            for (qsizetype i = 0; i < list.size(); ++i) {
                QJsonObject o = list.at(i).toObject();
                const QJsonObject change =
                    pendingInterfaces.value(o.value(QStringLiteral("name")).toString()).toObject();
                for (auto it = change.begin(); it != change.end(); ++it)
                    o.insert(it.key(), it.value());
                list[i] = o;
            }
            state.insert(QStringLiteral("interface"), list);
            pendingInterfaces = {};
            committedPending = true;
            return Answer::result(QJsonValue());
        }
        if (method == QLatin1String("interface.checkin")) {
            committedPending = false;
            return Answer::result(QJsonValue());
        }
        if (method == QLatin1String("interface.rollback")) {
            if (committedPending)
                state.insert(QStringLiteral("interface"), m_savedInterfaces);
            committedPending = false;
            pendingInterfaces = {};
            return Answer::result(QJsonValue());
        }
        if (method == QLatin1String("interface.has_pending_changes"))
            return Answer::result(committedPending || !pendingInterfaces.isEmpty());
        if (method == QLatin1String("pool.dataset.create")) {
            const QString name = data.value(QStringLiteral("name")).toString();
            const qint64 volsize = data.value(QStringLiteral("volsize")).toInteger();
            if (volsize % 16384 != 0)
                return Answer::error(
                    validationError(QStringLiteral("pool_dataset_create.volsize"),
                                    QStringLiteral("Volume size should be a multiple of volume block size")));
            const QJsonObject entry{
                {QStringLiteral("id"), name},
                {QStringLiteral("name"), name},
                {QStringLiteral("type"), data.value(QStringLiteral("type"))},
                {QStringLiteral("pool"), name.section(QLatin1Char('/'), 0, 0)},
                {QStringLiteral("volsize"), QJsonObject{{QStringLiteral("parsed"), volsize}}},
                {QStringLiteral("volblocksize"),
                 QJsonObject{{QStringLiteral("value"), data.value(QStringLiteral("volblocksize"))}}},
                {QStringLiteral("sync"),
                 QJsonObject{{QStringLiteral("value"), data.value(QStringLiteral("sync"))}}},
                {QStringLiteral("compression"),
                 QJsonObject{{QStringLiteral("value"), data.value(QStringLiteral("compression"))}}}};
            QJsonArray list = state.value(QStringLiteral("pool.dataset"));
            list.append(entry);
            state.insert(QStringLiteral("pool.dataset"), list);
            // The /dev/zvol node appears a moment later (udev), §4.1.
            QTimer::singleShot(diskChoicesDelayMs, this, [this, name] { devNodes.insert(name); });
            return Answer::result(entry);
        }
        if (method == QLatin1String("pool.dataset.delete")) {
            QJsonArray list = state.value(QStringLiteral("pool.dataset"));
            for (qsizetype i = 0; i < list.size(); ++i)
                if (list.at(i).toObject().value(QStringLiteral("id")) == params.at(0)) {
                    list.removeAt(i);
                    state.insert(QStringLiteral("pool.dataset"), list);
                    devNodes.remove(params.at(0).toString());
                    return Answer::result(true);
                }
            return Answer::error(
                callError(2, QStringLiteral("ENOENT"), QStringLiteral("Dataset does not exist")));
        }
        if (verb == QLatin1String("query"))
            return query(ns, params);
        if (method == QLatin1String("iscsi.portal.create")) {
            if (const Answer a = extraInputs(QStringLiteral("iscsi_portal_create."), data,
                                             {QStringLiteral("listen"), QStringLiteral("comment")});
                a.kind == Answer::Error)
                return a;
            QJsonArray listen;
            for (const auto& l : data.value(QStringLiteral("listen")).toArray()) {
                const QString ip = l.toObject().value(QStringLiteral("ip")).toString();
                if (ip != QLatin1String("0.0.0.0") && !staticIps().contains(ip))
                    return Answer::error(
                        validationError(QStringLiteral("iscsiportal_create.listen"),
                                        QStringLiteral("IP %1 not configured on this system.").arg(ip)));
                listen.append(QJsonObject{{QStringLiteral("ip"), ip}, {QStringLiteral("port"), 3260}});
            }
            QJsonObject entry = data;
            entry.insert(QStringLiteral("listen"), listen);
            entry.insert(QStringLiteral("tag"), state.value(ns).size() + 1);
            return Answer::result(create(ns, entry));
        }
        if (method == QLatin1String("iscsi.auth.create")) {
            const QString secret = data.value(QStringLiteral("secret")).toString();
            if (secret.size() < 12 || secret.size() > 16)
                return Answer::error(
                    validationError(QStringLiteral("iscsi_auth_create.secret"),
                                    QStringLiteral("Secret must be between 12 and 16 characters.")));
            return Answer::result(create(ns, data));
        }
        if (method == QLatin1String("iscsi.extent.create")) {
            if (const Answer a =
                    extraInputs(QStringLiteral("iscsi_extent_create."), data,
                                {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("disk"),
                                 QStringLiteral("blocksize"), QStringLiteral("pblocksize"),
                                 QStringLiteral("insecure_tpc"), QStringLiteral("xen"), QStringLiteral("rpm"),
                                 QStringLiteral("ro"), QStringLiteral("enabled"), QStringLiteral("comment"),
                                 QStringLiteral("serial"),
                                 version.startsWith(QLatin1String("25.04")) ? QStringLiteral("serial")
                                                                            : QStringLiteral("product_id")});
                a.kind == Answer::Error)
                return a;
            const QString disk = data.value(QStringLiteral("disk")).toString();
            if (!devNodes.contains(disk.mid(5)))
                return Answer::error(
                    validationError(QStringLiteral("iscsi_extent_create.disk"),
                                    QStringLiteral("Device '/dev/%1' for volume '%2' does not exist")
                                        .arg(disk, disk.mid(5))));
            QJsonObject entry = data;
            entry.insert(QStringLiteral("naa"), QStringLiteral("0x6589cfc000000a1b2c3d4e5f60718293"));
            entry.insert(QStringLiteral("vendor"), QStringLiteral("TrueNAS"));
            return Answer::result(create(ns, entry));
        }
        if (verb == QLatin1String("create"))
            return Answer::result(create(ns, data));
        if (verb == QLatin1String("update"))
            return update(ns, params.at(0), params.at(1).toObject());
        if (verb == QLatin1String("delete"))
            return remove(ns, params.at(0));
        return Answer::error(
            QJsonObject{{QStringLiteral("code"), -32601},
                        {QStringLiteral("message"), QStringLiteral("Method does not exist")}});
    }

    QString m_dir;
    TlsServer m_tcp;
    QWebSocketServer m_ws;
    QSslConfiguration m_tls;
    QSslCertificate m_cert;
    QString m_certPath;
    int m_certGeneration = 0;
    QList<QWebSocket*> m_clients;
    QHash<QWebSocket*, bool> m_authed;
    QSet<QWebSocket*> m_subscribed;
    QHash<QString, Handler> m_handlers;
    QJsonArray m_savedInterfaces;
    int m_outstanding = 0;
    int m_jobIds = 40;
};

} // namespace mpio::test
