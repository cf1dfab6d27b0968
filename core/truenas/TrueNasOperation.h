#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mpio {

// One change on TrueNAS for the plan (issue 5), with its undo as data, so a plan can be printed, journaled,
// replayed and rolled back. Built by TrueNasOperations, run by TrueNasOperationRunner.
//
// Placeholders inside params / undoParams / verifyParams (replaced by bind() just before the call):
//   {"$fact": "/after/id"}                        a value from THIS operation's facts — what the runner
//   reported
//                                                  when it ran: {"after": <method result>, "before": …}. Used
//                                                  by undos to name the object the step created
//                                                  ("iscsi.portal.delete
//                                                  [{"$fact":"/after/id"}]"). Same convention as core/plan
//                                                  Action.
//   {"$step": "truenas/portal", "pointer": "/after/id"}
//                                                  a value from an EARLIER operation's facts (the target
//                                                  needs the id the portal got).
// Secrets: a params value that is a secret is a keychain reference
// "keychain:mpio-wizard/<kind>/<host>/<user>" and its JSON pointer into {"method": …, "params": […]} is
// listed in `sensitive` ("/params/0/secret"). The runner resolves it from the CredentialStore right before
// the call; the operation itself never holds a secret.
struct TrueNasOperation
{
    Q_DECLARE_TR_FUNCTIONS(mpio::TrueNasOperation) // the context lupdate gives tr() in its members

public:
    // How the runner executes method/params (and undoMethod/undoParams with undoFlow).
    enum class Flow
    {
        Call,            // one JSON-RPC call
        Job,             // a job method: wait for SUCCESS via core.get_jobs (service.control, 25.10+)
        InterfaceChange, // interface.update → interface.commit(rollback, checkin_timeout) → verify → checkin
        ZvolCreate // query first; pool.dataset.create; query again after an error; wait for disk_choices
    };

    QString id;          // stable: "truenas/portal", "truenas/nic/enp4s0f0"
    QString description; // one line for people
    QString method;
    QJsonArray params;
    Flow flow = Flow::Call;
    QString undoMethod; // empty: nothing to undo (undoNote says why)
    QJsonArray undoParams;
    Flow undoFlow = Flow::Call;
    QString undoNote;
    // Read-only "is it already there?" check used before any retry (never create twice): the call's first
    // result element (or the result object) must exist and contain every key/value of verifyExpect.
    QString verifyMethod;
    QJsonArray verifyParams;
    QJsonObject verifyExpect;
    QStringList sensitive;
    QString ruleId;                 // reference/guidance.md id
    int checkinTimeoutSeconds = 60; // InterfaceChange only (TN-NET-CHECKIN)

    QJsonObject toJson() const;
    static Result<TrueNasOperation> fromJson(const QJsonObject& json);
    static QString flowName(Flow flow);

    // Replaces the placeholders described above in `value`. An error names the missing fact or step.
    static Result<QJsonValue> bind(const QJsonValue& value, const QJsonObject& ownFacts,
                                   const QHash<QString, QJsonObject>& stepFacts);
    static QJsonValue pointerGet(const QJsonValue& root, const QString& pointer, bool* found = nullptr);
    static bool pointerSet(QJsonValue& root, const QString& pointer, const QJsonValue& value);
    static QJsonObject fact(const QString& pointer);                            // {"$fact": pointer}
    static QJsonObject stepFact(const QString& stepId, const QString& pointer); // {"$step": id, "pointer": …}

    bool operator==(const TrueNasOperation&) const = default;
};

} // namespace mpio
