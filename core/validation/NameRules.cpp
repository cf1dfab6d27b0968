// NAME-GRAMMAR: every name the user types that reaches ESXi or TrueNAS matches that system's grammar.
// The same grammars (core/model/Names) guard the esxcli command builders.
#include "core/model/Names.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteRules.h"

namespace mpio::SiteRules {

namespace {
void name(Findings& out, bool valid, const QString& field, const QString& value, const QString& what,
          const QString& grammar)
{
    if (valid)
        return;
    out.append(RuleCatalog::make("NAME-GRAMMAR", field, Tr::tr("“%1” is not a valid %2.").arg(value, what),
                                 grammar));
}
} // namespace

void checkNames(const Context& ctx, Findings& out)
{
    const Site& s = ctx.site;
    name(out, Names::isHostAddress(s.truenas.host), QStringLiteral("/truenas/host"), s.truenas.host,
         Tr::tr("TrueNAS address"),
         Tr::tr("Enter a DNS name (truenas.example.lan) or an IPv4 address (192.168.1.20)."));
    name(out, s.truenas.port >= 1 && s.truenas.port <= 65535, QStringLiteral("/truenas/port"),
         QString::number(s.truenas.port), Tr::tr("TCP port"),
         Tr::tr("Use a port between 1 and 65535 (HTTPS is 443)."));
    name(out, !s.truenas.apiUser.isEmpty() && Names::isChapUser(s.truenas.apiUser),
         QStringLiteral("/truenas/apiUser"), s.truenas.apiUser, Tr::tr("TrueNAS user name"),
         Tr::tr("Enter the user that owns the API key, for example root or admin."));
    for (int i = 0; i < s.paths.size(); ++i) {
        const auto& p = s.paths[i];
        name(out, Names::isPathName(p.name), pathField(i, "name"), p.name, Tr::tr("path name"),
             Tr::tr("Use 1–16 letters, digits, - or _, for example A or B."));
        name(out, Names::isTrueNasNic(p.truenasNic), pathField(i, "truenasNic"), p.truenasNic,
             Tr::tr("TrueNAS interface name"),
             Tr::tr("Use the interface name TrueNAS shows, for example enp4s0f0."));
        name(out, !p.switchName.trimmed().isEmpty() && p.switchName.size() <= 64, pathField(i, "switch"),
             p.switchName, Tr::tr("switch name"),
             Tr::tr("Name the physical switch of this path, for example Core-A."));
    }
    for (int h = 0; h < s.hosts.size(); ++h) {
        const auto& host = s.hosts[h];
        name(out, Names::isHostAddress(host.name), hostField(h, "name"), host.name, Tr::tr("host name"),
             Tr::tr("Use the ESXi host's name, for example esx01."));
        name(out, Names::isHostAddress(host.address), hostField(h, "address"), host.address,
             Tr::tr("ESXi address"), Tr::tr("Enter a DNS name (esx01.example.lan) or an IPv4 address."));
        name(out, host.sshPort >= 1 && host.sshPort <= 65535, hostField(h, "sshPort"),
             QString::number(host.sshPort), Tr::tr("SSH port"),
             Tr::tr("Use a port between 1 and 65535 (SSH is 22)."));
        name(out, Names::isChapUser(host.user), hostField(h, "user"), host.user, Tr::tr("ESXi user name"),
             Tr::tr("Enter the ESXi account, normally root."));
        for (int k = 0; k < host.paths.size(); ++k) {
            const auto& hp = host.paths[k];
            name(out, Names::isVmnic(hp.vmnic), hostPathField(h, k, "vmnic"), hp.vmnic,
                 Tr::tr("physical NIC name"), Tr::tr("ESXi names physical NICs vmnic0, vmnic1, …"));
            name(out, Names::isVswitch(hp.vswitch), hostPathField(h, k, "vswitch"), hp.vswitch,
                 Tr::tr("vSwitch name"),
                 Tr::tr("Use up to 31 letters, digits, spaces, - _ or ., for example vSwitch1."));
            name(out, Names::isPortGroup(hp.portGroup), hostPathField(h, k, "portGroup"), hp.portGroup,
                 Tr::tr("port group name"),
                 Tr::tr("Use up to 63 letters, digits, spaces, - _ or ., for example iSCSI-A."));
            name(out, Names::isVmk(hp.vmk), hostPathField(h, k, "vmk"), hp.vmk,
                 Tr::tr("VMkernel adapter name"),
                 Tr::tr("ESXi names VMkernel adapters vmk0, vmk1, …; for example vmk2."));
        }
    }
    name(out, Names::isPoolName(s.storage.pool), QStringLiteral("/storage/pool"), s.storage.pool,
         Tr::tr("pool name"), Tr::tr("Use the pool's name as TrueNAS shows it, for example tank."));
    name(out, Names::isZvolPath(s.storage.zvol), QStringLiteral("/storage/zvol"), s.storage.zvol,
         Tr::tr("zvol path"),
         Tr::tr("Write the pool and the volume, for example tank/iscsi-vmw01 (letters, digits, - _ . :)."));
    if (Names::isZvolPath(s.storage.zvol) && !s.storage.zvol.startsWith(s.storage.pool + QLatin1Char('/')))
        out.append(RuleCatalog::make(
            "NAME-GRAMMAR", QStringLiteral("/storage/zvol"),
            Tr::tr("The zvol %1 is not in the pool %2.").arg(s.storage.zvol, s.storage.pool),
            Tr::tr("Start the zvol path with the pool name: %1/….").arg(s.storage.pool)));
    name(out, Names::isTargetName(s.iscsi.targetName), QStringLiteral("/iscsi/targetName"),
         s.iscsi.targetName, Tr::tr("target name"),
         Tr::tr("Only lowercase letters, digits, dot, dash and colon; it is the part after the basename, not "
                "a full IQN."));
    name(out, Names::isExtentName(s.iscsi.extentName), QStringLiteral("/iscsi/extentName"),
         s.iscsi.extentName, Tr::tr("extent name"), Tr::tr("Use 1–64 letters, digits, - _ . or :."));
    if (!s.iscsi.basename.isEmpty())
        name(out, Names::isIqn(s.iscsi.basename), QStringLiteral("/iscsi/basename"), s.iscsi.basename,
             Tr::tr("iSCSI basename"),
             Tr::tr("Write an IQN such as iqn.2005-10.org.freenas.ctl (lowercase)."));
    for (int i = 0; i < s.iscsi.initiators.size(); ++i)
        name(out, Names::isIqn(s.iscsi.initiators[i]), QStringLiteral("/iscsi/initiators/%1").arg(i),
             s.iscsi.initiators[i], Tr::tr("initiator IQN"),
             Tr::tr("ESXi software iSCSI IQNs look like iqn.1998-01.com.vmware:esx01-1a2b3c4d."));
    if (s.iscsi.auth != AuthMode::None)
        name(out, Names::isChapUser(s.iscsi.chapUser), QStringLiteral("/iscsi/auth/user"), s.iscsi.chapUser,
             Tr::tr("CHAP user name"), Tr::tr("Enter a CHAP user without spaces, quotes or #."));
    if (s.iscsi.auth == AuthMode::MutualChap)
        name(out, Names::isChapUser(s.iscsi.peerUser), QStringLiteral("/iscsi/auth/peerUser"),
             s.iscsi.peerUser, Tr::tr("mutual CHAP user name"),
             Tr::tr("Enter the user TrueNAS presents to ESXi (mutual CHAP)."));
}

} // namespace mpio::SiteRules
