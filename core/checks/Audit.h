#pragma once

#include "core/checks/Verification.h"
#include "core/model/Site.h"
#include "core/plan/Planner.h"
#include "core/validation/Finding.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mpio {

// A read-only audit of a discovered site (issue 5, `mpioctl audit`): every rule of guidance.md the product
// enforces, applied to what is there. With a profile, the site is measured against it; without one,
// SiteInference reconstructs the paths from vmks and portals and the audit measures against the
// recommended policy. Findings come from four places, each with its rule id, what is wrong and the fix:
//   the profile rules (SiteValidator), the plan's findings (conflicts, wildcard portal, forced ALUA…), every
//   change the plan would make (a difference from the desired state: the fix is that exact command), and
//   the verification of paths, PSP/iops, claim rule and sessions.
// Nothing is changed; the jumbo matrix is separate (check-jumbo) because it sends pings.
struct AuditResult
{
    Q_DECLARE_TR_FUNCTIONS(mpio::AuditResult) // the context lupdate gives tr() in its members

public:
    Site site;             // the profile, or what was inferred
    bool inferred = false; // no profile: the site was reconstructed
    Findings findings;
    VerificationResult verification;
    int differences = 0; // planned changes (the plan's operations without the gate)

    bool clean() const; // no error and no difference (advisory warnings allowed)
    QJsonObject toJson() const;
    QString toText() const;
};

class Audit
{
    Q_DECLARE_TR_FUNCTIONS(mpio::Audit) // the context lupdate gives tr() in its members
public:
    // `input.site` is the profile when `withProfile`; otherwise only its hosts' names/addresses are used.
    static AuditResult run(const Planner::Input& input, bool withProfile);
};

} // namespace mpio
