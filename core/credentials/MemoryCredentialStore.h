#pragma once

#include "core/credentials/CredentialStore.h"

#include <QHash>
#include <QObject>

namespace mpio {

// In-memory store for tests and for `--api-key-file` runs that must not touch the keychain. Answers
// asynchronously (queued on the store's thread) like the real stores, so callers cannot rely on synchronous
// callbacks. `setUnavailable(true)` makes every call fail like a machine without a keyring.
class MemoryCredentialStore : public QObject, public CredentialStore
{
public:
    explicit MemoryCredentialStore(QObject* parent = nullptr)
        : QObject(parent)
    {}

    void read(const Key& key, ReadCallback done) override;
    void write(const Key& key, const QString& secret, StatusCallback done) override;
    void remove(const Key& key, StatusCallback done) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace mpio
