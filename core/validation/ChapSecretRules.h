#pragma once

#include "core/model/Site.h"
#include "core/validation/Finding.h"

namespace mpio {

// TN-CHAP-BOTH-SIDES for the secrets, which the profile never holds (they go to the keychain): TrueNAS
// accepts 12–16 characters, no leading or trailing space, no '#', and a mutual secret that differs from the
// secret (truenas-api.md §3.4, plugins/iscsi_/auth.py). Checked where the user types them, before anything
// is sent. Fields: "/iscsi/auth/secret" and "/iscsi/auth/peerSecret".
class ChapSecretRules
{
public:
    static Findings check(AuthMode mode, const QString& secret, const QString& peerSecret);
};

} // namespace mpio
