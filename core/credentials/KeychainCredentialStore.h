#pragma once

#include "core/credentials/CredentialStore.h"

#include <QObject>

namespace mpio {

// The OS keychain through QtKeychain: Secret Service (gnome-keyring, KWallet ≥ 5.97) on Linux, Keychain on
// macOS, Credential Manager on Windows. Service "mpio-wizard", key = Key::account().
//
// No insecure fallback: QtKeychain can fall back to a plain-text file when no keyring exists; that is
// switched off, and the error then says what is missing and what to do instead (credentials.unavailable).
class KeychainCredentialStore : public QObject, public CredentialStore
{
public:
    explicit KeychainCredentialStore(QObject* parent = nullptr)
        : QObject(parent)
    {}

    void read(const Key& key, ReadCallback done) override;
    void write(const Key& key, const QString& secret, StatusCallback done) override;
    void remove(const Key& key, StatusCallback done) override;
};

} // namespace mpio
