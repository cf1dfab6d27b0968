#include "core/validation/SiteValidator.h"

#include "core/validation/SiteRules.h"

#include <QCoreApplication>

namespace mpio {

namespace SiteRules {

Context::Context(const Site& s)
    : site(s)
{
    for (const auto& p : s.paths) {
        const auto subnet = Ipv4Subnet::parse(p.subnet);
        subnets.append(subnet ? std::optional<Ipv4Subnet>(*subnet) : std::nullopt);
        truenasIps.append(Ipv4Address::parse(p.truenasIp));
    }
    if (!s.managementSubnet.isEmpty()) {
        if (const auto m = Ipv4Subnet::parse(s.managementSubnet))
            management = *m;
    }
}

int Context::pathIndex(const QString& name) const
{
    for (int i = 0; i < site.paths.size(); ++i)
        if (site.paths[i].name == name)
            return i;
    return -1;
}

int Context::effectiveVmkMtu(const HostPathSpec& hp) const
{
    if (hp.vmkMtu)
        return hp.vmkMtu;
    const int i = pathIndex(hp.path);
    return i >= 0 ? site.paths[i].mtu : 0;
}

int Context::effectiveVswitchMtu(const HostPathSpec& hp) const
{
    if (hp.vswitchMtu)
        return hp.vswitchMtu;
    const int i = pathIndex(hp.path);
    return i >= 0 ? site.paths[i].mtu : 0;
}

QString pathField(int path, const char* key)
{
    return QStringLiteral("/paths/%1/%2").arg(path).arg(QLatin1String(key));
}

QString hostField(int host, const char* key)
{
    return QStringLiteral("/hosts/%1/%2").arg(host).arg(QLatin1String(key));
}

QString hostPathField(int host, int hostPath, const char* key)
{
    return QStringLiteral("/hosts/%1/paths/%2/%3").arg(host).arg(hostPath).arg(QLatin1String(key));
}

} // namespace SiteRules

Findings SiteValidator::validate(const Site& site)
{
    const SiteRules::Context ctx(site);
    Findings out;
    SiteRules::checkNames(ctx, out);
    SiteRules::checkTopology(ctx, out);
    SiteRules::checkAddresses(ctx, out);
    SiteRules::checkMtu(ctx, out);
    SiteRules::checkEsxi(ctx, out);
    SiteRules::checkStorage(ctx, out);
    SiteRules::checkIscsiAndPolicy(ctx, out);
    return out;
}

} // namespace mpio
