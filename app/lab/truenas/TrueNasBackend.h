#pragma once

#include "app/lab/control/FaultMode.h"
#include "app/lab/truenas/MethodTable.h"
#include "app/lab/truenas/TrueNasConfig.h"
#include "app/lab/truenas/TrueNasState.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRecursiveMutex>
#include <QTimer>
#include <functional>

namespace mpio::lab {

// The middleware without its transport: the method table, the state, the timers (interface rollback, zvol
// device nodes, jobs), the unauthenticated rate limit and injected faults. Thread-safe through mutex():
// the ESXi side (TrueNasStorage) reads and writes sessions from SSH worker threads.
class TrueNasBackend : public QObject
{
    Q_OBJECT
public:
    explicit TrueNasBackend(const TrueNasConfig& config, QObject* parent = nullptr);
    ~TrueNasBackend() override;

    const TrueNasConfig& config() const { return m_config; }
    QRecursiveMutex& mutex() const { return m_mutex; }
    TrueNasState& state() { return m_state; } // hold mutex()

    // One JSON-RPC call on a session: method lookup, authentication, rate limit, faults, then the handler.
    RpcReply call(RpcSession& session, const QString& method, const QJsonArray& params,
                  const QJsonValue& requestId);

    // Runs config().seed as root; false + *error naming the failing entry.
    bool applySeed(QString* error);

    void setApiKey(const QString& key); // "<id>-<64 chars>", owned by config().apiUser
    QString apiKey() const;

    // truenas.fail: the k-th call (1-based, from now) of `method` fails with CallError [errname] error, or
    // (FaultMode) its WebSocket is dropped, or it is never answered; in every mode the call has no effect.
    void failCall(const QString& method, int k, const QString& errname, const QString& error,
                  FaultMode mode = FaultMode::Error);

    // Lab time: milliseconds scaled by config().timeScale.
    int scaled(double ms) const;

    // Jobs (§1.4): registers a job, returns the reply for the call (job id, or deferred for new-style
    // jobs). `work` runs after config().jobMs under the mutex and returns the job's result or error.
    RpcReply startJob(CallContext& ctx, const QJsonArray& args, std::function<RpcReply()> work);
    QJsonArray jobs() const;

    // collection_update notification to every session subscribed to `collection`.
    void publish(const QString& collection, const QString& msg, const QJsonValue& id,
                 const QJsonObject& fields);

    // interface.commit's automatic rollback timer (§5.3).
    void scheduleRollback(int ms);
    void cancelRollback();
    int rollbackRemainingMs() const;

    // The /dev/zvol node of a new volume appears after config().zvolDeviceDelayMs (§4.1).
    void zvolCreated(const QString& name);
    // Queues storageChanged() (emitted outside the mutex, so the world may lock its own).
    void markStorageChanged();

    QJsonObject dumpState() const;

signals:
    void collectionEvent(const QString& collection, const QJsonObject& params); // not event(): QObject::event
    void deferredReply(quint64 sessionId, const QJsonValue& requestId, const RpcReply& reply);
    void storageChanged();

private:
    std::optional<RpcError> rateLimit(const RpcSession& session, const QString& method, int* delayMs);

    struct Fault
    {
        int remaining = 0;
        QString errname;
        QString error;
        FaultMode mode = FaultMode::Error;
    };
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    TrueNasConfig m_config;
    mutable QRecursiveMutex m_mutex;
    TrueNasState m_state;
    MethodTable m_table;
    QHash<QString, QList<Fault>> m_faults;
    QHash<QString, Window> m_rate;
    QElapsedTimer m_clock;
    qint64 m_rateFlushedMs = 0;
    QTimer m_rollbackTimer;
    QMap<int, QJsonObject> m_jobs;
    int m_lastJobId = 0;
    bool m_storageChangeQueued = false;
};

} // namespace mpio::lab
