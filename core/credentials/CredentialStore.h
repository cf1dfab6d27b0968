#pragma once

#include "core/common/Result.h"

#include <QString>
#include <functional>

namespace mpio {

// Where secrets live (DESIGN.md: "Secrets go to the OS keychain, never to files"). Asynchronous because the
// real stores are (Secret Service over D-Bus, macOS Keychain, Windows Credential Manager may prompt).
// Callbacks run once, on the caller's thread. Every secret read or written is registered with the Redactor.
//
// Error codes: credentials.not-found, credentials.unavailable (no keyring / Secret Service),
// credentials.denied (locked or refused by the user), credentials.error.
class CredentialStore
{
public:
    // Names one secret. The account string is "mpio-wizard/<kind>/<host>/<user>", e.g.
    // "mpio-wizard/truenas-api-key/nas01.lan/wizard-svc", "mpio-wizard/esxi-password/esx01/root",
    // "mpio-wizard/chap/nas01.lan/esx-chap".
    struct Key
    {
        QString kind;
        QString host;
        QString user;
        QString account() const;
        // "mpio-wizard/<kind>/<host>/<user>" (also after a "keychain:" prefix) → Key; invalid Key if
        // malformed.
        static Key fromAccount(const QString& account);
        bool isValid() const { return !kind.isEmpty() && !host.isEmpty() && !user.isEmpty(); }
        bool operator==(const Key&) const = default;
    };
    static constexpr const char* kService = "mpio-wizard";

    using ReadCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    virtual ~CredentialStore() = default;
    virtual void read(const Key& key, ReadCallback done) = 0;
    virtual void write(const Key& key, const QString& secret, StatusCallback done) = 0;
    virtual void remove(const Key& key, StatusCallback done) = 0;
};

} // namespace mpio
