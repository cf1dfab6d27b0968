#include "core/checks/Verification.h"

#include <QCoreApplication>

namespace mpio {

bool VerificationResult::passed() const
{
    if (checks.isEmpty())
        return false;
    for (const auto& c : checks)
        if (!c.passed)
            return false;
    return true;
}

VerificationResult Verification::run(const Planner::Input& in)
{
    VerificationResult r;
    const Site& site = in.site;
    const int expected = int(site.paths.size());
    const QString pspOptions = QStringLiteral("policy=iops;iops=%1;").arg(site.policy.iops);
    for (const HostSpec& h : site.hosts) {
        const EsxiSnapshot s = in.hosts.value(h.name);
        bool anyDevice = false;
        for (const auto& d : s.devices) {
            if (d.vendor != QLatin1String("TrueNAS"))
                continue;
            anyDevice = true;
            int active = 0, total = 0;
            for (const auto& p : s.paths) {
                if (p.device != d.id)
                    continue;
                ++total;
                active += p.state == QLatin1String("active");
            }
            r.checks << VerificationCheck{
                h.name, d.id, QStringLiteral("paths"), active == expected && total == expected,
                tr("%1 of %2 path(s) active (%3 expected)").arg(active).arg(total).arg(expected)};
            const bool policy = d.psp == site.policy.psp &&
                                (site.policy.psp != QLatin1String("VMW_PSP_RR") ||
                                 (d.rrType == QLatin1String("iops") && d.rrIops == site.policy.iops));
            r.checks << VerificationCheck{h.name, d.id, QStringLiteral("policy"), policy,
                                          tr("%1, %2=%3").arg(d.psp, d.rrType).arg(d.rrIops)};
        }
        if (!anyDevice)
            r.checks << VerificationCheck{
                h.name, {}, QStringLiteral("paths"), false, tr("no TrueNAS device seen")};
        bool rule = false;
        for (const auto& x : s.satpRules)
            rule = rule || (x.vendor == QLatin1String("TrueNAS") && x.psp == site.policy.psp &&
                            x.pspOptions == pspOptions);
        r.checks << VerificationCheck{
            h.name,
            {},
            QStringLiteral("claim-rule"),
            rule,
            rule ? tr("TrueNAS claim rule with %1 %2").arg(site.policy.psp, pspOptions)
                 : tr("no TrueNAS claim rule with %1 %2").arg(site.policy.psp, pspOptions)};
        // TrueNAS: one session per host and path (the host's vmk addresses as initiator addresses).
        int sessions = 0;
        for (const HostPathSpec& hp : h.paths)
            for (const auto& x : in.truenas.sessions)
                sessions +=
                    x.initiatorAddress == hp.ip || x.initiatorAddress.startsWith(hp.ip + QLatin1Char(':'));
        r.checks << VerificationCheck{
            site.truenas.name, h.name, QStringLiteral("sessions"), sessions == expected,
            tr("%1 session(s) from %2 (%3 expected)").arg(sessions).arg(h.name).arg(expected)};
    }
    return r;
}

} // namespace mpio
