#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mpio {

// The exact thing a step does on a system, as data (so a plan can be printed, saved, journaled and replayed):
//   kind "esxcli":  payload {"argv": ["network","ip","interface","add","-i","vmk2","-p","iSCSI-A"]}
//   kind "truenas": payload {"method": "iscsi.portal.create", "params": [{…}]}
// Other kinds are free for executors that understand them (tests use "test.*"). An empty kind is "no action"
// (an operation without undo, an undo without verify).
//
// Secrets: `sensitive` lists JSON pointers into the payload ("/params/0/secret", "/argv/7") whose value is a
// secret. Such a value must be a keychain reference ("keychain:<service>/<account>") that the executor
// resolves just before the call; the plan validator refuses an inline value, and everything that writes an
// action to disk or screen goes through sanitized(), which masks any inline value that slipped through.
//
// Facts: an undo often needs what the step produced (the id TrueNAS gave a new portal). Any JSON object
// {"$fact": "/after/id"} inside a payload is replaced by bound() with the value at that pointer in the facts
// the executor reported for the step; the journal keeps those facts, so `rollback JOURNAL` works after a
// crash.
struct Action
{
    QString kind;
    QJsonObject payload;
    QStringList sensitive;

    static Action none() { return {}; }
    static Action esxcli(const QStringList& argv, const QStringList& sensitive = {});
    static Action truenas(const QString& method, const QJsonArray& params, const QStringList& sensitive = {});
    static QJsonObject fact(const QString& pointer); // {"$fact": pointer}
    static QString keychainRef(const QString& service, const QString& account);
    static bool isKeychainRef(const QJsonValue& value);

    bool isNone() const { return kind.isEmpty(); }
    // For people and for logs: "esxcli network ip interface add -i vmk2 -p iSCSI-A" or
    // "iscsi.portal.create [{…}]". Always sanitized.
    QString text() const;
    // A copy whose sensitive values are references or «redacted», never a secret.
    Action sanitized() const;
    // Pointers listed in `sensitive` whose value is not a keychain reference (a planner bug).
    QStringList inlineSecrets() const;
    // A copy with every {"$fact": pointer} replaced from `facts`; an error names a missing fact.
    Result<Action> bound(const QJsonObject& facts) const;

    QJsonObject toJson() const; // sanitized
    bool operator==(const Action&) const = default;
};

// JSON pointer (RFC 6901) helpers used for sensitive markers and facts.
namespace JsonPointer {
QJsonValue get(const QJsonValue& root, const QString& pointer, bool* found = nullptr);
bool set(QJsonValue& root, const QString& pointer, const QJsonValue& value);
} // namespace JsonPointer

} // namespace mpio
