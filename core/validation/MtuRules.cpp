// guidance.md §2: MTU-RANGE, MTU-END-TO-END, MTU-VSWITCH-GE-VMK.
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteRules.h"

namespace mpio::SiteRules {

namespace {
constexpr int kMinMtu = 1280;
constexpr int kMaxMtu = 9000; // ESXi vmk and standard vSwitch maximum; switches may use 9198/9216 themselves

bool checkRange(int mtu, const QString& field, const QString& what, Findings& out)
{
    if (mtu >= kMinMtu && mtu <= kMaxMtu)
        return true;
    out.append(RuleCatalog::make(
        "MTU-RANGE", field, Tr::tr("The MTU %1 of %2 is outside 1280–9000.").arg(mtu).arg(what),
        mtu > kMaxMtu
            ? Tr::tr("ESXi and TrueNAS interfaces take at most 9000; 9198 or 9216 belong on the switch "
                     "ports only. Set %1 to 9000.")
                  .arg(what)
            : Tr::tr("Use 9000 for jumbo frames, or 1500 if the switches cannot carry them.")));
    return false;
}
} // namespace

void checkMtu(const Context& ctx, Findings& out)
{
    const Site& s = ctx.site;
    for (int i = 0; i < s.paths.size(); ++i) {
        const auto& p = s.paths[i];
        if (checkRange(p.mtu, pathField(i, "mtu"), Tr::tr("path %1").arg(p.name), out) && p.mtu < 9000)
            out.append(RuleCatalog::make(
                "MTU-END-TO-END", Severity::Info, pathField(i, "mtu"),
                Tr::tr("Path %1 uses MTU %2, so jumbo frames are off.").arg(p.name).arg(p.mtu),
                Tr::tr("Use 9000 end to end (TrueNAS NIC, switch ports, vSwitch, vmk) for "
                       "the article's throughput.")));
    }
    for (int h = 0; h < s.hosts.size(); ++h) {
        const auto& host = s.hosts[h];
        for (int k = 0; k < host.paths.size(); ++k) {
            const auto& hp = host.paths[k];
            const int path = ctx.pathIndex(hp.path);
            if (path < 0)
                continue;
            const int pathMtu = s.paths[path].mtu;
            const int vmkMtu = ctx.effectiveVmkMtu(hp);
            const int vswitchMtu = ctx.effectiveVswitchMtu(hp);
            const bool vmkOk = checkRange(vmkMtu, hostPathField(h, k, "vmkMtu"),
                                          Tr::tr("%1 on %2").arg(hp.vmk, host.name), out);
            const bool vsOk = checkRange(vswitchMtu, hostPathField(h, k, "vswitchMtu"),
                                         Tr::tr("%1 on %2").arg(hp.vswitch, host.name), out);
            if (vmkOk && vmkMtu != pathMtu)
                out.append(
                    RuleCatalog::make("MTU-END-TO-END", hostPathField(h, k, "vmkMtu"),
                                      Tr::tr("%1 on %2 has MTU %3 but path %4 uses %5: frames of one size "
                                             "will be dropped on one hop.")
                                          .arg(hp.vmk, host.name)
                                          .arg(vmkMtu)
                                          .arg(hp.path)
                                          .arg(pathMtu),
                                      Tr::tr("Set the vmk MTU to %1 or remove the override.").arg(pathMtu)));
            if (vmkOk && vsOk && vswitchMtu < vmkMtu)
                out.append(RuleCatalog::make("MTU-VSWITCH-GE-VMK", hostPathField(h, k, "vswitchMtu"),
                                             Tr::tr("%1 on %2 has MTU %3, smaller than its vmk %4 (%5).")
                                                 .arg(hp.vswitch, host.name)
                                                 .arg(vswitchMtu)
                                                 .arg(hp.vmk)
                                                 .arg(vmkMtu),
                                             Tr::tr("Raise the vSwitch MTU to at least %1.").arg(vmkMtu)));
        }
    }
}

} // namespace mpio::SiteRules
