#pragma once

#include "core/common/Result.h"
#include "core/common/TrustRequest.h"
#include "core/truenas/ApiVersion.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class QWebSocket;

namespace mpio {

// JSON-RPC 2.0 client for the TrueNAS SCALE middleware (25.04+), over one authenticated WebSocket
// (truenas-api.md §1, §2, Appendix A):
//   1. GET https://host:port/api/versions (no auth, no secret) — establishes the certificate (pinning) and
//   that
//      the server speaks JSON-RPC (24.10 and older redirect to /ui/ → truenas.version);
//   2. wss://host:port/api/current, TLS accepted only for the certificate verified in step 1 (or a custom
//   CA);
//   3. ONE auth.login_ex API_KEY_PLAIN attempt per connectToServer() — never a loop (TN-RATE-LIMIT);
//   4. system.version_short → apiVersion() for callers that branch (service.control, extent product_id, …).
// ws:// and http:// are refused before any socket exists (TN-API-KEY-TLS: the key would be revoked).
//
// Calls: request ids, at most Options::maxInFlight (10) in flight, the rest queued in order; a per-call
// timeout; cancel(); callJob() subscribes to core.get_jobs BEFORE starting the job and waits for
// SUCCESS/FAILED/ABORTED. Every callback runs exactly once on the client's thread, also when the socket drops
// (truenas.connection) or the client is destroyed (cancelled). Error codes: TrueNasErrors. Keep-alive:
// core.ping every ~25 s (nginx closes idle upstreams after 60 s, §1.1); a ping without answer closes the
// connection so pending calls fail instead of hanging. reconnect() logs in again (one attempt).
class TrueNasClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl url;        // wss://host:port or https://host:port (port default 443); see endpointUrl()
        QString apiUser; // the key's owner (required by API_KEY_PLAIN, §2.1)
        QString apiKey;  // "<id>-<secret>"; registered with the Redactor
        QString caCertificatesFile; // PEM: verify against these CAs (and the host name) instead of pinning
        QString pinFile;            // empty: AppPaths::trustDir()/tls_pins.json
        // A fingerprint known from elsewhere (a lab's endpoints.json), as SshOptions::pinnedFingerprint: that
        // certificate and no other is accepted, and the pin store is neither consulted nor changed. Labs draw
        // a fresh certificate on an ephemeral loopback port each run, so a stored pin would go stale.
        QString pinnedFingerprint;
        bool trustOnFirstUse =
            false; // pin an unknown certificate without asking (mpioctl --trust-on-first-use)
        int connectTimeoutMs = 20000;
        int callTimeoutMs = 60000;
        int jobTimeoutMs = 300000;
        int keepAliveMs = 25000;
        int maxInFlight = 10; // the server runs 10 at once and refuses the 21st (§1.2)
    };

    enum class State
    {
        Disconnected,
        Probing,
        Connecting,
        LoggingIn,
        Ready
    };
    Q_ENUM(State)

    using Callback = std::function<void(Result<QJsonValue>)>;
    using Handle = quint64;

    explicit TrueNasClient(QObject* parent = nullptr);
    ~TrueNasClient() override;

    // "host", "host:port", "[v6]:port" → wss://host:port (443 default); full URLs are kept as given (a
    // ws:// URL is accepted here and refused by connectToServer, so the refusal says why).
    static Result<QUrl> endpointUrl(const QString& hostPort);

    void setOptions(const Options& options);
    const Options& options() const { return m_options; }

    // Probe, connect, log in, read the version. `done` runs once.
    void connectToServer(std::function<void(Status)> done);
    void disconnectFromServer();
    // Drops the connection (pending calls fail) and connects again: one login attempt.
    void reconnect(std::function<void(Status)> done);

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    ApiVersion apiVersion() const { return m_version; }
    QStringList advertisedApiVersions() const { return m_apiVersions; } // from /api/versions
    QString peerFingerprint() const { return m_peerFingerprint; }
    TrustRequest pendingTrustRequest() const { return m_trustRequest; }
    // Pins the certificate of a TrustRequest the user accepted (never a changed one), then connect again.
    Status trustCertificate(const TrustRequest& request);

    Handle call(const QString& method, const QJsonArray& params, Callback done, int timeoutMs = -1);
    // A job method: result is the job's result once it ends SUCCESS; FAILED → truenas.validation/truenas.job.
    Handle callJob(const QString& method, const QJsonArray& params, Callback done, int timeoutMs = -1);
    // The callback gets "cancelled". A call that already reached the server may still complete there.
    void cancel(Handle handle);

    int inFlightCount() const { return int(m_inFlight.size()); }
    int queuedCount() const { return int(m_queue.size()); }
    int peakInFlight() const { return m_peakInFlight; }

signals:
    void stateChanged(mpio::TrueNasClient::State state);
    // First contact with an unknown certificate and trustOnFirstUse off: ui/cli asks the user, then calls
    // trustCertificate() and connectToServer() again. The connect attempt fails with truenas.tls.untrusted.
    void trustRequested(const mpio::TrustRequest& request);
    // An established connection was lost (every pending call already failed with `error`).
    void connectionLost(const QString& code, const QString& message);
    void jobUpdated(qint64 jobId, const QJsonObject& job);

private:
    struct Pending
    {
        qint64 id = 0;
        Handle handle = 0;
        QString method;
        QJsonArray params;
        Callback done;
        int timeoutMs = 0;
        QTimer* timer = nullptr;
    };
    struct JobWait
    {
        Handle handle = 0;
        QString method;
        Callback done;
        QTimer* timer = nullptr;
    };

    void setState(State state);
    void startProbe();
    void onProbeFinished(QNetworkReply* reply);
    void openSocket();
    void onSocketSslErrors(const QList<QSslError>& errors);
    void onSocketConnected();
    void onSocketDisconnected();
    void onTextMessage(const QString& text);
    void login();
    void readVersion();
    void finishConnect(Status status);
    void failEverything(const Error& error);
    void closeSocket();

    Handle enqueue(const QString& method, const QJsonArray& params, Callback done, int timeoutMs, bool front);
    void pump();
    void send(Pending pending);
    void onCallTimeout(qint64 id);
    void complete(qint64 id, Result<QJsonValue> result);
    void ensureJobSubscription(std::function<void(Status)> done);
    void onJobEvent(const QJsonObject& params);
    void finishJob(qint64 jobId, const QJsonObject& job);
    void keepAlive();

    Options m_options;
    State m_state = State::Disconnected;
    QNetworkAccessManager* m_nam = nullptr;
    QPointer<QNetworkReply> m_probe;
    QWebSocket* m_socket = nullptr;
    QTimer* m_connectTimer = nullptr;
    QTimer* m_keepAliveTimer = nullptr;
    std::function<void(Status)> m_connectDone;

    ApiVersion m_version;
    QStringList m_apiVersions;
    QString m_peerFingerprint;
    QList<QSslCertificate> m_verifiedChain; // from the probe; the WebSocket must present nothing else
    TrustRequest m_trustRequest;
    QByteArray m_failedLoginFor; // hash of user+key whose login was refused: no second attempt with them

    qint64 m_nextId = 1;
    Handle m_nextHandle = 1;
    QList<Pending> m_queue;
    QHash<qint64, Pending> m_inFlight;
    int m_peakInFlight = 0;

    bool m_jobsSubscribed = false;
    bool m_jobsSubscribing = false;
    QList<std::function<void(Status)>> m_subscriptionWaiters;
    QHash<qint64, JobWait> m_jobWaits;      // job id → waiter
    QHash<Handle, Handle> m_jobStartCalls;  // job handle → handle of the call that starts it
    QHash<qint64, QJsonObject> m_endedJobs; // terminal events that arrived before the job id (bounded)
    QList<qint64> m_endedJobsOrder;
};

} // namespace mpio
