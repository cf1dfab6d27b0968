#pragma once

#include <QCoreApplication>
#include <QString>

namespace mpio {

// What the wizard's Systems page checks before anything is sent: the TrueNAS API key ("<id>-<secret>", as
// TrueNAS shows it once under Credentials → API Keys), login names, and that a password is there. Each
// answer is empty when the value is fine, otherwise what is wrong and how to fix it. Secrets never reach a
// shell (SSH password authentication and the JSON-RPC login carry them), so only their shape is checked.
class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(mpio::CredentialRules)

public:
    static QString apiKeyError(const QString& key);
    static QString userError(const QString& user);
    static QString passwordError(const QString& password, const QString& host);
};

} // namespace mpio
