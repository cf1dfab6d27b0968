#pragma once

#include "core/plan/Planner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mpio {

// Verification after an apply (issue 5), on freshly discovered state: per host and TrueNAS device, the
// number of paths equals the profile's, all active, the PSP and its I/O limit as the profile says, the claim
// rule present; on TrueNAS one session per host and path. Read-only; used by `mpioctl verify` and the
// wizard's Verify page.
struct VerificationCheck
{
    QString host;   // ESXi host, or the TrueNAS name
    QString device; // naa, empty for host-level checks
    QString what;   // "paths", "policy", "claim-rule", "sessions"
    bool passed = false;
    QString detail; // plain words: what was found
};

struct VerificationResult
{
    QList<VerificationCheck> checks;
    bool passed() const;
};

class Verification
{
    Q_DECLARE_TR_FUNCTIONS(mpio::Verification) // the context lupdate gives tr() in its members
public:
    static VerificationResult run(const Planner::Input& input);
};

} // namespace mpio
