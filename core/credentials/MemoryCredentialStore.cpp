#include "core/credentials/MemoryCredentialStore.h"

#include "core/log/Redactor.h"

#include <QCoreApplication>

namespace mpio {

namespace {

Error unavailable()
{
    return Error::make(
        QStringLiteral("credentials.unavailable"),
        QCoreApplication::translate("MemoryCredentialStore", "The credential store is not available."));
}

template<typename F> void later(QObject* context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

} // namespace

void MemoryCredentialStore::read(const Key& key, ReadCallback done)
{
    Result<QString> result =
        m_unavailable ? Result<QString>(unavailable())
        : m_secrets.contains(key.account())
            ? Result<QString>(m_secrets.value(key.account()))
            : Result<QString>(
                  Error::make(QStringLiteral("credentials.not-found"),
                              QCoreApplication::translate("MemoryCredentialStore", "No secret stored for %1.")
                                  .arg(key.account())));
    if (result)
        Redactor::add(*result);
    later(this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryCredentialStore::write(const Key& key, const QString& secret, StatusCallback done)
{
    Redactor::add(secret);
    Status status;
    if (m_unavailable)
        status = unavailable();
    else
        m_secrets.insert(key.account(), secret);
    later(this, [done = std::move(done), status] { done(status); });
}

void MemoryCredentialStore::remove(const Key& key, StatusCallback done)
{
    Status status;
    if (m_unavailable)
        status = unavailable();
    else
        m_secrets.remove(key.account());
    later(this, [done = std::move(done), status] { done(status); });
}

} // namespace mpio
