#include "core/credentials/CredentialStore.h"

namespace mpio {

QString CredentialStore::Key::account() const
{
    // '/' separates the parts; a host or user never contains one, but keep the namespace unambiguous anyway.
    auto part = [](QString s) { return s.trimmed().replace(QLatin1Char('/'), QLatin1Char('_')); };
    return QLatin1String(kService) + QLatin1Char('/') + part(kind) + QLatin1Char('/') + part(host).toLower() +
           QLatin1Char('/') + part(user);
}

CredentialStore::Key CredentialStore::Key::fromAccount(const QString& account)
{
    QString text = account;
    if (text.startsWith(QLatin1String("keychain:")))
        text = text.mid(9);
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String(kService))
        return {};
    return Key{parts.at(1), parts.at(2), parts.at(3)};
}

} // namespace mpio
