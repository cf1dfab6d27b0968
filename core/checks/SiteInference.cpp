#include "core/checks/SiteInference.h"

#include "core/model/Ipv4.h"

namespace mpio {

namespace {

struct NicAddress
{
    const TrueNasSnapshot::Nic* nic = nullptr;
    int prefix = 0;
};

NicAddress findAddress(const TrueNasSnapshot& tn, const QString& ip)
{
    for (const auto& n : tn.nics) {
        for (const auto& a : n.staticAliases)
            if (a.address == ip)
                return {&n, a.prefix};
        for (const auto& a : n.liveAddresses)
            if (a.address == ip)
                return {&n, a.prefix};
    }
    return {};
}

QString pathName(int index)
{
    return QString(QChar(u'A' + index % 26)) + (index >= 26 ? QString::number(index / 26) : QString());
}

} // namespace

Site SiteInference::infer(const Planner::Input& in)
{
    const TrueNasSnapshot& tn = in.truenas;
    Site site;
    site.name = QStringLiteral("audit");
    site.truenas.name = in.site.truenas.name.isEmpty() ? QStringLiteral("truenas") : in.site.truenas.name;
    site.truenas.host = in.site.truenas.host;

    // Portal IPs first (what ESXi logs in to); a wildcard portal says nothing about paths.
    QStringList ips;
    for (const auto& p : tn.portals)
        for (const QString& ip : p.ips)
            if (ip != QLatin1String("0.0.0.0") && ip != QLatin1String("::") && !ips.contains(ip))
                ips << ip;
    if (ips.isEmpty())
        for (const auto& n : tn.nics)
            if (!n.carriesApi && n.name != tn.apiInterface)
                for (const auto& a : n.staticAliases)
                    ips << a.address;

    for (const QString& ip : ips) {
        const NicAddress where = findAddress(tn, ip);
        const auto address = Ipv4Address::parse(ip);
        if (!where.nic || !address)
            continue;
        PathSpec p;
        p.name = pathName(int(site.paths.size()));
        p.subnet = Ipv4Subnet::containing(*address, where.prefix).toString();
        p.switchName = QStringLiteral("switch-") + p.name; // not discoverable: the audit cannot see switches
        p.mtu = where.nic->mtu > 0 ? where.nic->mtu : 1500;
        p.truenasNic = where.nic->name;
        p.truenasIp = ip;
        site.paths << p;
    }

    for (auto it = in.hosts.constBegin(); it != in.hosts.constEnd(); ++it) {
        const EsxiSnapshot& s = it.value();
        HostSpec h;
        h.name = it.key();
        for (const HostSpec& given : in.site.hosts)
            if (given.name == h.name)
                h.address = given.address;
        for (const PathSpec& p : site.paths) {
            const auto subnet = Ipv4Subnet::parse(p.subnet);
            for (const auto& vmk : s.vmks) {
                const auto a = Ipv4Address::parse(vmk.ipv4);
                if (!subnet.ok() || !a || !subnet->contains(*a))
                    continue;
                HostPathSpec hp;
                hp.path = p.name;
                hp.vmk = vmk.name;
                hp.ip = vmk.ipv4;
                hp.portGroup = vmk.portGroup;
                for (const auto& pg : s.portGroups)
                    if (pg.name == vmk.portGroup) {
                        hp.vswitch = pg.vswitch;
                        if (!pg.failover.active.isEmpty())
                            hp.vmnic = pg.failover.active.first();
                    }
                h.paths << hp;
                break; // one vmk per path and host (a second one is a finding the plan reports)
            }
        }
        site.hosts << h;
    }

    // The storage that exists: the first target and the extent mapped to it.
    if (!tn.basename.isEmpty())
        site.iscsi.basename = tn.basename;
    if (!tn.targets.isEmpty()) {
        const auto& target = tn.targets.first();
        site.iscsi.targetName = target.name;
        for (const auto& te : tn.targetExtents)
            if (te.target == target.id)
                for (const auto& e : tn.extents)
                    if (e.id == te.extent) {
                        site.iscsi.extentName = e.name;
                        QString zvol = e.disk;
                        if (zvol.startsWith(QLatin1String("zvol/")))
                            zvol.remove(0, 5);
                        site.storage.zvol = zvol;
                        site.storage.pool = zvol.section(u'/', 0, 0);
                    }
    }
    for (const auto& z : tn.zvols)
        if (z.name == site.storage.zvol) {
            site.storage.sizeBytes = quint64(z.volsize);
            site.storage.sync = z.sync;
            site.storage.compression = z.compression;
        }
    return site;
}

} // namespace mpio
