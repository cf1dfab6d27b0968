#include "core/credentials/KeychainCredentialStore.h"

#include "core/log/Log.h"
#include "core/log/Redactor.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace mpio {

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

Error mapError(const QKeychain::Job& job, const CredentialStore::Key& key)
{
    const QString detail = QStringLiteral("%1: %2").arg(key.account(), job.errorString());
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error::make(QStringLiteral("credentials.not-found"),
                           tr("No secret is stored in the system keyring for %1.").arg(key.account()),
                           detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(
            QStringLiteral("credentials.denied"),
            tr("The system keyring refused access (locked, or access was denied). Unlock it and "
               "try again."),
            detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(
            QStringLiteral("credentials.unavailable"),
            tr("No system keyring is available (on Linux: a Secret Service such as gnome-keyring "
               "or KWallet, reachable over D-Bus). mpio-wizard does not store secrets in plain "
               "files: start or unlock a keyring, or pass the secret from a file "
               "(--api-key-file / --password-file)."),
            detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing Secret Service as OtherError ("…org.freedesktop.secrets was not
    // provided…").
    const QString text = job.errorString();
    if (text.contains(QLatin1String("org.freedesktop.secrets")) ||
        text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive))
        return Error::make(
            QStringLiteral("credentials.unavailable"),
            tr("The system keyring (Secret Service over D-Bus) is not reachable. mpio-wizard does "
               "not store secrets in plain files: start or unlock gnome-keyring/KWallet, or pass "
               "the secret from a file (--api-key-file / --password-file)."),
            detail);
    return Error::make(QStringLiteral("credentials.error"), tr("The system keyring reported an error."),
                       detail);
}

template<typename JobT> JobT* makeJob(QObject* parent, const CredentialStore::Key& key)
{
    auto* job = new JobT(QLatin1String(CredentialStore::kService), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.account());
    return job;
}

Error invalidKey(const CredentialStore::Key& key)
{
    return Error::make(QStringLiteral("credentials.error"),
                       tr("Incomplete credential name (kind, host and user are needed)."), key.account());
}

} // namespace

void KeychainCredentialStore::read(const Key& key, ReadCallback done)
{
    if (!key.isValid()) {
        QMetaObject::invokeMethod(
            this, [done, e = invalidKey(key)] { done(e); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            done(mapError(*j, key));
            return;
        }
        const QString secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        Redactor::add(secret);
        done(secret);
    });
    job->start();
}

void KeychainCredentialStore::write(const Key& key, const QString& secret, StatusCallback done)
{
    Redactor::add(secret);
    if (!key.isValid()) {
        QMetaObject::invokeMethod(
            this, [done, e = invalidKey(key)] { done(e); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            done(mapError(*j, key));
            return;
        }
        Log::get("credentials")->info("stored a secret for {}", key.account());
        done(Status{});
    });
    job->start();
}

void KeychainCredentialStore::remove(const Key& key, StatusCallback done)
{
    if (!key.isValid()) {
        QMetaObject::invokeMethod(
            this, [done, e = invalidKey(key)] { done(e); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job* j) {
        // Deleting what is not there is success: the end state is the one asked for.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(mapError(*j, key));
            return;
        }
        done(Status{});
    });
    job->start();
}

} // namespace mpio
