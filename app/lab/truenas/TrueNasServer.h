#pragma once

#include "app/lab/truenas/RpcSession.h"
#include "app/lab/truenas/TrueNasCertificate.h"
#include "app/lab/truenas/TrueNasConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class QSslServer;
class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace mpio::lab {

class StorageSide;
class TrueNasBackend;
class TrueNasStorage;
struct RpcReply;

// The TrueNAS SCALE middleware of the lab (app/lab/truenas/TRUENAS.md): JSON-RPC 2.0 over wss://127.0.0.1
// at /api/current and /api/vXX.YY.Z, GET /api/versions without authentication on the same port, and a
// plain ws:// port where using an API key revokes it (truenas-api.md §1, §2.2).
class TrueNasServer : public QObject
{
    Q_OBJECT
public:
    // `truenas` is the scenario's raw "truenas" section; the certificate and API key live in
    // stateDir/truenas.
    TrueNasServer(const QJsonObject& truenas, const QString& stateDir, QObject* parent = nullptr);
    ~TrueNasServer() override;

    // Validates the section, creates or loads the certificate and key, listens. False + *error on failure.
    bool start(QString* error);
    void stop();

    int wssPort() const;
    int wsPort() const;
    QString certSha256() const { return m_cert.sha256(); }
    QString apiKey() const;
    QString version() const { return m_config.version; }
    QString hostname() const { return m_config.hostname; }
    QString apiUser() const { return m_config.apiUser; }
    const TrueNasConfig& config() const { return m_config; }
    // URL paths served over WebSocket ("/api/current", "/api/v25.04.2", …) and the /api/versions list.
    QStringList apiPaths() const;
    QStringList advertisedVersions() const;
    // The endpoints.json "truenas" block (app/lab/ENDPOINTS.md).
    QJsonObject endpoint() const;

    bool rotateCertificate(QString* error);
    int dropConnections();
    int connectionCount() const { return int(m_conns.size()); }

    QJsonObject dumpState() const;
    // Control actions truenas.fail / truenas.drop / truenas.cert-rotate / truenas.state / truenas.link:
    // the result object, or {"ok": false, "error": "…"}.
    QJsonObject control(const QString& action, const QJsonObject& args);

    StorageSide* storage();
    TrueNasBackend* backend() { return m_backend.get(); }

signals:
    void endpointChanged(); // the certificate changed: rewrite endpoints.json
    void storageChanged();  // NICs or the iSCSI service changed: World::storageChanged()

private:
    struct Conn
    {
        QPointer<QWebSocket> socket;
        RpcSession session;
    };

    void acceptPending(QTcpServer* server, bool secure);
    void route(QTcpSocket* socket, bool secure);
    void serveHttp(QTcpSocket* socket, int status, const QByteArray& body);
    void onWebSocket(QWebSocketServer* server, bool secure);
    void onMessage(QWebSocket* socket, const QString& message);
    void send(QWebSocket* socket, const QJsonObject& message);
    void sendReply(quint64 sessionId, const QJsonValue& id, const RpcReply& reply);
    void onEvent(const QString& collection, const QJsonObject& params);
    QString loadOrCreateApiKey(QString* error);

    QJsonObject m_raw;
    QString m_stateDir;
    TrueNasConfig m_config;
    QString m_configError;
    TrueNasCertificate m_cert;
    std::unique_ptr<TrueNasBackend> m_backend;
    std::unique_ptr<TrueNasStorage> m_storage;
    QSslServer* m_tls = nullptr;
    QTcpServer* m_plain = nullptr;
    QWebSocketServer* m_wss = nullptr;
    QWebSocketServer* m_ws = nullptr;
    QHash<quint64, Conn> m_conns;
    quint64 m_nextSession = 0;
};

} // namespace mpio::lab
