#pragma once

#include "core/common/Result.h"
#include "core/truenas/TrueNasOperation.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace mpio {

class CredentialStore;
class TrueNasClient;

// Runs TrueNasOperations on a connected TrueNasClient: binds placeholders, resolves keychain references, and
// executes the operation's flow. Facts reported per operation: {"after": <result>} (+ "existed": true when a
// ZvolCreate found the zvol already there — a retry after a lost answer, never a second create). They are
// kept by operation id so later steps ({"$step": id, …}) and undos ({"$fact": …}) can use them; a plan runner
// may also persist and restore them (setFacts) for rollback after a crash.
//
// Flows (TrueNasOperation::Flow):
//   InterfaceChange  refuses the API's own interface (interface.websocket_interface, TN-NET-CHECKIN), then
//                    interface.update → interface.commit {rollback: true, checkin_timeout} → interface.query
//                    matches the requested MTU/aliases and the optional reachability check passes →
//                    interface.checkin. A failed verification calls interface.rollback. If the connection
//                    drops after the commit, TrueNAS itself rolls back when the timer fires (the error says
//                    so).
//   ZvolCreate       pool.dataset.query first; create; after a create error query again (25.10.4 reported
//                    "error but created", §4.1); then poll iscsi.extent.disk_choices until zvol/<name>
//                    appears.
class TrueNasOperationRunner : public QObject
{
    Q_OBJECT

public:
    using FactsCallback = std::function<void(Result<QJsonObject>)>;
    // E.g. a vmkping from each ESXi host to the new address. Called after commit, before checkin.
    using ReachabilityCheck = std::function<void(const TrueNasOperation&, std::function<void(Status)>)>;

    TrueNasOperationRunner(TrueNasClient* client, CredentialStore* credentials, QObject* parent = nullptr);

    void apply(const TrueNasOperation& operation, FactsCallback done);
    // `facts`: what apply reported for this operation (from the journal after a crash).
    void undo(const TrueNasOperation& operation, const QJsonObject& facts, FactsCallback done);
    // {"applied": true|false, "after": <the matching object>}: used before any retry.
    void verify(const TrueNasOperation& operation, FactsCallback done);

    void setReachabilityCheck(ReachabilityCheck check) { m_reachability = std::move(check); }
    void setZvolWait(int timeoutMs, int pollMs)
    {
        m_zvolWaitMs = timeoutMs;
        m_zvolPollMs = pollMs;
    }
    QHash<QString, QJsonObject> facts() const { return m_facts; }
    void setFacts(const QHash<QString, QJsonObject>& facts) { m_facts = facts; }

    // Does `actual` contain everything in `expected` (objects: keys recursively; arrays: same length,
    // element-wise)?
    static bool matches(const QJsonValue& actual, const QJsonValue& expected);

private:
    using ValueCallback = std::function<void(Result<QJsonValue>)>;
    void resolveSecrets(const TrueNasOperation& operation, QJsonArray params,
                        std::function<void(Result<QJsonArray>)> done);
    void run(const TrueNasOperation& operation, TrueNasOperation::Flow flow, const QString& method,
             const QJsonArray& params, ValueCallback done);
    void runInterfaceChange(const TrueNasOperation& operation, const QJsonArray& params, ValueCallback done);
    void runZvolCreate(const QString& method, const QJsonArray& params, ValueCallback done);
    void waitForDiskChoice(const QString& zvol, qint64 deadline, ValueCallback done, QJsonValue created);

    QPointer<TrueNasClient> m_client;
    CredentialStore* m_credentials = nullptr;
    ReachabilityCheck m_reachability;
    QHash<QString, QJsonObject> m_facts;
    QHash<QString, bool> m_existed; // zvols found instead of created, by operation id
    int m_zvolWaitMs = 30000;
    int m_zvolPollMs = 500;
};

} // namespace mpio
