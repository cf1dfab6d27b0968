// guidance.md §1: NET-IP-IN-SUBNET and NET-NO-WILDCARD-PORTAL.
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteRules.h"

#include <QHash>

namespace mpio::SiteRules {

namespace {

struct Owner
{
    QString field;
    QString who;
};

// Checks one address of a path: parses, lies inside the subnet, is not network/broadcast, is unique.
void checkAddress(const Context& ctx, int path, const QString& text, const QString& field, const QString& who,
                  QHash<quint32, Owner>& owners, Findings& out)
{
    const auto ip = Ipv4Address::parse(text);
    if (!ip) {
        out.append(RuleCatalog::make(
            "NET-IP-IN-SUBNET", field, Tr::tr("“%1” is not a valid IPv4 address (%2).").arg(text, who),
            Tr::tr("Write four numbers 0–255 separated by dots, for example 10.20.10.11.")));
        return;
    }
    const auto& subnet = ctx.subnets[path];
    if (subnet) {
        if (!subnet->contains(*ip))
            out.append(RuleCatalog::make(
                "NET-IP-IN-SUBNET", field,
                Tr::tr("%1 (%2) is not inside path %3's subnet %4, whose hosts are %5–%6.")
                    .arg(ip->toString(), who, ctx.site.paths[path].name, subnet->toString(),
                         subnet->firstUsable().toString(), subnet->lastUsable().toString()),
                Tr::tr("Use an address from %1 to %2, or correct the subnet.")
                    .arg(subnet->firstUsable().toString(), subnet->lastUsable().toString())));
        else if (subnet->isNetworkOrBroadcast(*ip))
            out.append(RuleCatalog::make(
                "NET-IP-IN-SUBNET", field,
                Tr::tr("%1 (%2) is the %3 address of %4 and cannot be assigned.")
                    .arg(ip->toString(), who,
                         *ip == subnet->network() ? Tr::tr("network") : Tr::tr("broadcast"),
                         subnet->toString()),
                Tr::tr("Use an address from %1 to %2.")
                    .arg(subnet->firstUsable().toString(), subnet->lastUsable().toString())));
    }
    if (owners.contains(ip->value()))
        out.append(RuleCatalog::make("NET-IP-IN-SUBNET", field,
                                     Tr::tr("%1 is used twice: by %2 and by %3.")
                                         .arg(ip->toString(), owners.value(ip->value()).who, who),
                                     Tr::tr("Give every interface its own address.")));
    else
        owners.insert(ip->value(), Owner{field, who});
}

} // namespace

void checkAddresses(const Context& ctx, Findings& out)
{
    const Site& s = ctx.site;
    QHash<quint32, Owner> owners;
    for (int i = 0; i < s.paths.size(); ++i) {
        const auto& p = s.paths[i];
        const QString who = Tr::tr("TrueNAS %1 on path %2").arg(p.truenasNic, p.name);
        const auto ip = Ipv4Address::parse(p.truenasIp);
        if (ip && ip->isUnspecified()) {
            // NET-NO-WILDCARD-PORTAL: 0.0.0.0 makes SendTargets advertise every TrueNAS address, management
            // included, which ESXi turns into dead paths (truenas-api.md §3.5).
            out.append(RuleCatalog::make(
                "NET-NO-WILDCARD-PORTAL", pathField(i, "truenasIp"),
                Tr::tr("Path %1 uses 0.0.0.0 as TrueNAS portal address: the portal would advertise every "
                       "TrueNAS "
                       "address, management included, and ESXi would log in on dead paths.")
                    .arg(p.name),
                Tr::tr("Enter the static address of %1 on path %2, for example 10.20.10.10.")
                    .arg(p.truenasNic, p.name)));
            continue;
        }
        checkAddress(ctx, i, p.truenasIp, pathField(i, "truenasIp"), who, owners, out);
    }
    for (int h = 0; h < s.hosts.size(); ++h) {
        const auto& host = s.hosts[h];
        for (int k = 0; k < host.paths.size(); ++k) {
            const auto& hp = host.paths[k];
            const int path = ctx.pathIndex(hp.path);
            if (path < 0 || hp.ip.isEmpty())
                continue; // unknown path reported by NET-HOST-PATHS; empty IP is auto-allocated later
            checkAddress(ctx, path, hp.ip, hostPathField(h, k, "ip"), Tr::tr("%1 %2").arg(host.name, hp.vmk),
                         owners, out);
        }
    }
}

} // namespace mpio::SiteRules
