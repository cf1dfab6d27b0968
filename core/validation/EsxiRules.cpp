// guidance.md §3: binding decision vs topology, vmk0.
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteRules.h"

#include <QSet>

namespace mpio::SiteRules {

void checkEsxi(const Context& ctx, Findings& out)
{
    const Site& s = ctx.site;
    // Are all path subnets distinct? (NET-TWO-SUBNETS reports the error; here it decides binding.)
    QSet<QString> distinct;
    for (const auto& subnet : ctx.subnets)
        if (subnet)
            distinct.insert(subnet->toString());
    const bool onePerPath = distinct.size() == s.paths.size();

    if (s.policy.binding == BindingMode::Always && onePerPath && s.paths.size() > 1) {
        // ESX-BINDING-SAME-SUBNET as an explicit, warned choice: the article binds across subnets.
        const int logins = int(s.paths.size() * s.paths.size());
        out.append(RuleCatalog::make(
            "ESX-BINDING-SAME-SUBNET", Severity::Warning, QStringLiteral("/policy/binding"),
            Tr::tr(
                "Port binding across %1 subnets makes every bound vmk try every portal: %2 logins per host, "
                "%3 of them dead, slower rescans and wrong path counts (VMware KB 2038869).")
                .arg(s.paths.size())
                .arg(logins)
                .arg(logins - int(s.paths.size())),
            Tr::tr("Keep binding on “auto” (no binding with one subnet per path) unless you need the "
                   "article's exact "
                   "setup.")));
    }
    if (s.policy.binding == BindingMode::Never && !onePerPath && s.paths.size() > 1)
        out.append(RuleCatalog::make("ESX-SAME-SUBNET-NO-BIND", QStringLiteral("/policy/binding"),
                                     Tr::tr("Several vmks share one subnet without port binding: ESXi sends "
                                            "all iSCSI traffic through the "
                                            "first vmk in its routing table (Broadcom KB 323116)."),
                                     Tr::tr("Give each path its own subnet, or set binding to “auto”.")));

    for (int h = 0; h < s.hosts.size(); ++h) {
        const auto& host = s.hosts[h];
        for (int k = 0; k < host.paths.size(); ++k) {
            if (host.paths[k].vmk == QLatin1String("vmk0"))
                out.append(RuleCatalog::make(
                    "ESX-VMK0-MANAGEMENT", hostPathField(h, k, "vmk"),
                    Tr::tr("%1 would use vmk0 for storage path %2, but vmk0 carries ESXi management.")
                        .arg(host.name, host.paths[k].path),
                    Tr::tr("Use a new VMkernel adapter such as vmk2 for storage.")));
        }
    }
}

} // namespace mpio::SiteRules
