#include "core/validation/ChapSecretRules.h"

#include "core/validation/RuleCatalog.h"

#include <QCoreApplication>

namespace mpio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mpio::ChapSecretRules)
};

void checkOne(const QString& secret, const QString& field, const QString& what, Findings& out)
{
    if (secret.isEmpty()) {
        out.append(RuleCatalog::make("TN-CHAP-BOTH-SIDES", field, Tr::tr("The %1 is empty.").arg(what),
                                     Tr::tr("Enter 12 to 16 characters; the same value goes to TrueNAS and "
                                            "every ESXi host.")));
        return;
    }
    if (secret.size() < 12 || secret.size() > 16)
        out.append(RuleCatalog::make(
            "TN-CHAP-BOTH-SIDES", field,
            Tr::tr("The %1 has %n character(s); TrueNAS accepts 12 to 16.", nullptr, int(secret.size()))
                .arg(what),
            Tr::tr("Use 12 to 16 characters.")));
    if (secret.trimmed() != secret)
        out.append(
            RuleCatalog::make("TN-CHAP-BOTH-SIDES", field,
                              Tr::tr("The %1 starts or ends with a space, which TrueNAS refuses.").arg(what),
                              Tr::tr("Remove the leading and trailing spaces.")));
    if (secret.contains(u'#'))
        out.append(RuleCatalog::make("TN-CHAP-BOTH-SIDES", field,
                                     Tr::tr("The %1 contains '#', which TrueNAS refuses.").arg(what),
                                     Tr::tr("Use letters, digits and other punctuation.")));
}

} // namespace

Findings ChapSecretRules::check(AuthMode mode, const QString& secret, const QString& peerSecret)
{
    Findings out;
    if (mode == AuthMode::None)
        return out;
    checkOne(secret, QStringLiteral("/iscsi/auth/secret"), Tr::tr("CHAP secret"), out);
    if (mode != AuthMode::MutualChap)
        return out;
    checkOne(peerSecret, QStringLiteral("/iscsi/auth/peerSecret"), Tr::tr("mutual CHAP secret"), out);
    if (!secret.isEmpty() && secret == peerSecret)
        out.append(
            RuleCatalog::make("TN-CHAP-BOTH-SIDES", QStringLiteral("/iscsi/auth/peerSecret"),
                              Tr::tr("The mutual CHAP secret equals the CHAP secret; TrueNAS refuses that."),
                              Tr::tr("Use a different secret for each direction.")));
    return out;
}

} // namespace mpio
