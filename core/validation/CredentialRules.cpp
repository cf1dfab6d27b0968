#include "core/validation/CredentialRules.h"

#include <QRegularExpression>

namespace mpio {

QString CredentialRules::apiKeyError(const QString& key)
{
    if (key.isEmpty())
        return tr("Enter the API key. TrueNAS shows it once when it is created (Credentials → API Keys → "
                  "Add); create a new one if it is lost.");
    if (key != key.trimmed() || key.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The API key contains spaces or line breaks: paste it again without them.");
    static const QRegularExpression shape(QStringLiteral("^[0-9]+-[A-Za-z0-9]{16,128}$"));
    if (!shape.match(key).hasMatch())
        return tr("This is not a TrueNAS API key: it looks like “12-” followed by 64 letters and digits. "
                  "Copy the whole key as TrueNAS showed it.");
    return {};
}

QString CredentialRules::userError(const QString& user)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,31}$"));
    if (user.isEmpty())
        return tr("Enter the user name (ESXi: usually root; TrueNAS: the API key's owner).");
    if (!name.match(user).hasMatch())
        return tr("“%1” is not a user name: use up to 32 letters, digits, dots, dashes or underscores.")
            .arg(user.left(40));
    return {};
}

QString CredentialRules::passwordError(const QString& password, const QString& host)
{
    if (password.isEmpty())
        return tr("Enter the password for %1. It is sent only over SSH and kept in the system keychain "
                  "when “Remember” is on.")
            .arg(host);
    if (password.size() > 256)
        return tr("The password for %1 is longer than 256 characters: check what was pasted.").arg(host);
    return {};
}

} // namespace mpio
