// guidance.md §1: paths, subnets, switches, uplinks.
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteRules.h"

#include <QHash>
#include <QSet>

namespace mpio::SiteRules {

void checkTopology(const Context& ctx, Findings& out)
{
    const Site& s = ctx.site;
    const int n = int(s.paths.size());
    if (n < 2 || n > 4)
        out.append(
            RuleCatalog::make("NET-PATH-COUNT", QStringLiteral("/paths"),
                              Tr::tr("The profile has %1 path(s); multipathing needs 2 to 4.").arg(n),
                              Tr::tr("Define one path per storage NIC pair, two in the article's design.")));

    for (int i = 0; i < n; ++i) {
        if (!ctx.subnets[i]) {
            const auto parsed = Ipv4Subnet::parse(s.paths[i].subnet);
            out.append(RuleCatalog::make(
                "NAME-GRAMMAR", pathField(i, "subnet"), parsed ? QString() : parsed.error().message,
                Tr::tr("Write the path's subnet as network/prefix, for example 10.20.10.8/29.")));
            continue;
        }
        for (int j = i + 1; j < n; ++j) {
            if (!ctx.subnets[j])
                continue;
            if (*ctx.subnets[i] == *ctx.subnets[j])
                out.append(RuleCatalog::make(
                    "NET-TWO-SUBNETS", pathField(j, "subnet"),
                    Tr::tr(
                        "Paths %1 and %2 share the subnet %3. TrueNAS refuses two interfaces in one subnet "
                        "(“The network … is already in use by another interface.”).")
                        .arg(s.paths[i].name, s.paths[j].name, ctx.subnets[i]->toString()),
                    Tr::tr("Give each path its own subnet, for example 10.20.10.8/29 and 10.20.20.8/29.")));
            else if (ctx.subnets[i]->overlaps(*ctx.subnets[j]))
                out.append(RuleCatalog::make(
                    "NET-SUBNET-OVERLAP", pathField(j, "subnet"),
                    Tr::tr("The subnets of paths %1 (%2) and %3 (%4) overlap.")
                        .arg(s.paths[i].name, ctx.subnets[i]->toString(), s.paths[j].name,
                             ctx.subnets[j]->toString()),
                    Tr::tr("Choose subnets that do not overlap, for example two separate /29 networks.")));
        }
        if (ctx.management && ctx.management->overlaps(*ctx.subnets[i]))
            out.append(RuleCatalog::make(
                "NET-SUBNET-OVERLAP", pathField(i, "subnet"),
                Tr::tr("Path %1's subnet %2 overlaps the management network %3.")
                    .arg(s.paths[i].name, ctx.subnets[i]->toString(), ctx.management->toString()),
                Tr::tr("Use a separate, non-routed subnet for storage traffic.")));
        // NET-SUBNET-CAPACITY: TrueNAS + every host needs an address on each path.
        const quint64 needed = quint64(s.hosts.size()) + 1;
        if (ctx.subnets[i]->usableHostCount() < needed) {
            int prefix = ctx.subnets[i]->prefix();
            while (prefix > 8 && Ipv4Subnet(ctx.subnets[i]->network(), prefix).usableHostCount() < needed)
                --prefix;
            out.append(RuleCatalog::make(
                "NET-SUBNET-CAPACITY", pathField(i, "subnet"),
                Tr::tr("%1 holds %2 usable addresses, but TrueNAS and %3 hosts need %4.")
                    .arg(ctx.subnets[i]->toString())
                    .arg(ctx.subnets[i]->usableHostCount())
                    .arg(s.hosts.size())
                    .arg(needed),
                Tr::tr("Use a larger prefix for path %1, at least /%2.").arg(s.paths[i].name).arg(prefix)));
        }
    }

    // NET-SWITCH-PER-PATH and NET-UPLINK-PER-PATH on the TrueNAS side.
    QHash<QString, int> switches;
    QHash<QString, int> nics;
    for (int i = 0; i < n; ++i) {
        const auto& p = s.paths[i];
        if (!p.switchName.isEmpty()) {
            if (switches.contains(p.switchName.toLower()))
                out.append(RuleCatalog::make(
                    "NET-SWITCH-PER-PATH", pathField(i, "switch"),
                    Tr::tr("Paths %1 and %2 both run over the switch %3: a reboot of that switch takes both "
                           "down.")
                        .arg(s.paths[switches.value(p.switchName.toLower())].name, p.name, p.switchName),
                    Tr::tr(
                        "Connect each path to its own physical switch (Core-A and Core-B in the article).")));
            switches.insert(p.switchName.toLower(), i);
        }
        if (nics.contains(p.truenasNic))
            out.append(RuleCatalog::make(
                "NET-UPLINK-PER-PATH", pathField(i, "truenasNic"),
                Tr::tr("Paths %1 and %2 both use the TrueNAS NIC %3.")
                    .arg(s.paths[nics.value(p.truenasNic)].name, p.name, p.truenasNic),
                Tr::tr("Give each path its own TrueNAS NIC, for example enp4s0f0 and enp4s0f1.")));
        nics.insert(p.truenasNic, i);
        // NET-NO-LACP: Linux bonds (TrueNAS SCALE names link aggregations bond0, …) hash one iSCSI session
        // onto one link; multipathing wants plain NICs.
        const QString nic = p.truenasNic.toLower();
        if (nic.startsWith(QLatin1String("bond")) || nic.startsWith(QLatin1String("lagg")) ||
            nic.startsWith(QLatin1String("team")))
            out.append(RuleCatalog::make(
                "NET-NO-LACP", pathField(i, "truenasNic"),
                Tr::tr(
                    "Path %1 uses the link aggregation %2: one iSCSI session always hashes onto one link, so "
                    "the second wire carries nothing.")
                    .arg(p.name, p.truenasNic),
                Tr::tr("Remove the aggregation and give each path one physical NIC in its own subnet.")));
    }

    QSet<QString> pathNames;
    for (int i = 0; i < n; ++i) {
        if (pathNames.contains(s.paths[i].name))
            out.append(RuleCatalog::make("NET-UNIQUE", pathField(i, "name"),
                                         Tr::tr("Two paths are named %1.").arg(s.paths[i].name),
                                         Tr::tr("Give every path a different name.")));
        pathNames.insert(s.paths[i].name);
    }

    QSet<QString> hostNames;
    QSet<QString> hostAddresses;
    for (int h = 0; h < s.hosts.size(); ++h) {
        const auto& host = s.hosts[h];
        if (hostNames.contains(host.name.toLower()))
            out.append(RuleCatalog::make("NET-UNIQUE", hostField(h, "name"),
                                         Tr::tr("The host %1 is listed twice.").arg(host.name),
                                         Tr::tr("Remove the duplicate host or rename it.")));
        hostNames.insert(host.name.toLower());
        const QString addr = host.address.toLower() + QLatin1Char(':') + QString::number(host.sshPort);
        if (hostAddresses.contains(addr))
            out.append(RuleCatalog::make("NET-UNIQUE", hostField(h, "address"),
                                         Tr::tr("Two hosts use the address %1.")
                                             .arg(host.sshPort == 22 ? host.address
                                                                     : host.address + QLatin1Char(':') +
                                                                           QString::number(host.sshPort)),
                                         Tr::tr("Each ESXi host needs its own management address.")));
        hostAddresses.insert(addr);

        // NET-HOST-PATHS: exactly one vmk per path.
        QSet<QString> seenPaths;
        QHash<QString, int> vmnics;
        QSet<QString> vmks;
        QSet<QString> portGroups;
        for (int k = 0; k < host.paths.size(); ++k) {
            const auto& hp = host.paths[k];
            if (ctx.pathIndex(hp.path) < 0)
                out.append(RuleCatalog::make(
                    "NET-HOST-PATHS", hostPathField(h, k, "path"),
                    Tr::tr("Host %1 refers to a path “%2” that does not exist.").arg(host.name, hp.path),
                    Tr::tr("Use one of the path names defined under paths.")));
            else if (seenPaths.contains(hp.path))
                out.append(
                    RuleCatalog::make("NET-HOST-PATHS", hostPathField(h, k, "path"),
                                      Tr::tr("Host %1 has two entries for path %2.").arg(host.name, hp.path),
                                      Tr::tr("Keep one VMkernel adapter per path and host.")));
            seenPaths.insert(hp.path);
            if (vmnics.contains(hp.vmnic))
                out.append(RuleCatalog::make(
                    "NET-UPLINK-PER-PATH", hostPathField(h, k, "vmnic"),
                    Tr::tr(
                        "Host %1 uses %2 for paths %3 and %4: one cable failure would take both paths down.")
                        .arg(host.name, hp.vmnic, host.paths[vmnics.value(hp.vmnic)].path, hp.path),
                    Tr::tr("Give each path its own physical uplink on the host.")));
            vmnics.insert(hp.vmnic, k);
            if (vmks.contains(hp.vmk))
                out.append(
                    RuleCatalog::make("NET-UNIQUE", hostPathField(h, k, "vmk"),
                                      Tr::tr("Host %1 uses %2 twice.").arg(host.name, hp.vmk),
                                      Tr::tr("Each path needs its own VMkernel adapter (vmk2, vmk3, …).")));
            vmks.insert(hp.vmk);
            if (portGroups.contains(hp.portGroup))
                out.append(RuleCatalog::make(
                    "NET-UNIQUE", hostPathField(h, k, "portGroup"),
                    Tr::tr("Host %1 uses the port group %2 for two paths; a port group has one failover "
                           "order, so "
                           "both vmks would share the same active uplink.")
                        .arg(host.name, hp.portGroup),
                    Tr::tr("Use one port group per path, for example iSCSI-A and iSCSI-B.")));
            portGroups.insert(hp.portGroup);
        }
        for (const auto& p : s.paths)
            if (!seenPaths.contains(p.name))
                out.append(RuleCatalog::make(
                    "NET-HOST-PATHS", hostField(h, "paths"),
                    Tr::tr("Host %1 has no VMkernel adapter for path %2.").arg(host.name, p.name),
                    Tr::tr("Add a vmnic, port group, vmk and IP for path %1 on %2.").arg(p.name, host.name)));
    }
}

} // namespace mpio::SiteRules
