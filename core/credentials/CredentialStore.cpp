#include "core/credentials/CredentialStore.h"

namespace mpio {

QString CredentialStore::Key::account() const
{
    // '/' separates the parts; a host or user never contains one, but keep the namespace unambiguous anyway.
    auto part = [](QString s) { return s.trimmed().replace(QLatin1Char('/'), QLatin1Char('_')); };
    return QLatin1String(kService) + QLatin1Char('/') + part(kind) + QLatin1Char('/') + part(host).toLower() +
           QLatin1Char('/') + part(user);
}

} // namespace mpio
