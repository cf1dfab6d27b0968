#include "core/esxi/EsxiSnapshotJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mpio::esxi {

namespace {

QJsonArray strings(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}

QJsonObject failover(const EsxiSnapshot::FailoverPolicy& p)
{
    return {{QStringLiteral("active"), strings(p.active)},
            {QStringLiteral("standby"), strings(p.standby)},
            {QStringLiteral("inherited"), p.inherited}};
}

QJsonArray targets(const QList<EsxiSnapshot::Target>& list)
{
    QJsonArray a;
    for (const auto& t : list)
        a.append(QJsonObject{{QStringLiteral("address"), t.address},
                             {QStringLiteral("port"), t.port},
                             {QStringLiteral("iqn"), t.iqn}});
    return a;
}

} // namespace

QJsonObject EsxiSnapshotJson::toJson(const EsxiSnapshot& s)
{
    QJsonArray vmnics, vswitches, portGroups, vmks, devices, paths, rules, bound, sessions;
    for (const auto& n : s.vmnics)
        vmnics.append(QJsonObject{{QStringLiteral("name"), n.name},
                                  {QStringLiteral("driver"), n.driver},
                                  {QStringLiteral("linkUp"), n.linkUp},
                                  {QStringLiteral("speedMbps"), n.speedMbps},
                                  {QStringLiteral("duplex"), n.duplex},
                                  {QStringLiteral("mtu"), n.mtu},
                                  {QStringLiteral("mac"), n.mac},
                                  {QStringLiteral("description"), n.description}});
    for (const auto& w : s.vswitches)
        vswitches.append(QJsonObject{{QStringLiteral("name"), w.name},
                                     {QStringLiteral("mtu"), w.mtu},
                                     {QStringLiteral("uplinks"), strings(w.uplinks)},
                                     {QStringLiteral("portGroups"), strings(w.portGroups)},
                                     {QStringLiteral("failover"), failover(w.failover)}});
    for (const auto& p : s.portGroups)
        portGroups.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("vswitch"), p.vswitch},
                                      {QStringLiteral("vlan"), p.vlan},
                                      {QStringLiteral("failover"), failover(p.failover)}});
    for (const auto& k : s.vmks)
        vmks.append(QJsonObject{{QStringLiteral("name"), k.name},
                                {QStringLiteral("portGroup"), k.portGroup},
                                {QStringLiteral("mtu"), k.mtu},
                                {QStringLiteral("enabled"), k.enabled},
                                {QStringLiteral("ipv4"), k.ipv4},
                                {QStringLiteral("netmask"), k.netmask},
                                {QStringLiteral("addressType"), k.addressType},
                                {QStringLiteral("mac"), k.mac}});
    for (const auto& b : s.iscsi.boundVmks)
        bound.append(
            QJsonObject{{QStringLiteral("vmk"), b.vmk}, {QStringLiteral("compliance"), b.compliance}});
    for (const auto& x : s.iscsi.sessions)
        sessions.append(QJsonObject{{QStringLiteral("target"), x.target},
                                    {QStringLiteral("isid"), x.isid},
                                    {QStringLiteral("localAddress"), x.localAddress},
                                    {QStringLiteral("remoteAddress"), x.remoteAddress},
                                    {QStringLiteral("remotePort"), x.remotePort}});
    for (const auto& d : s.devices)
        devices.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("displayName"), d.displayName},
                                   {QStringLiteral("vendor"), d.vendor},
                                   {QStringLiteral("model"), d.model},
                                   {QStringLiteral("sizeMb"), d.sizeMb},
                                   {QStringLiteral("satp"), d.satp},
                                   {QStringLiteral("psp"), d.psp},
                                   {QStringLiteral("pspConfig"), d.pspConfig},
                                   {QStringLiteral("rrType"), d.rrType},
                                   {QStringLiteral("rrIops"), d.rrIops},
                                   {QStringLiteral("alua"), d.alua},
                                   {QStringLiteral("workingPaths"), strings(d.workingPaths)}});
    for (const auto& p : s.paths)
        paths.append(QJsonObject{{QStringLiteral("runtimeName"), p.runtimeName},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("device"), p.device},
                                 {QStringLiteral("adapter"), p.adapter},
                                 {QStringLiteral("state"), p.state},
                                 {QStringLiteral("targetIqn"), p.targetIqn},
                                 {QStringLiteral("isid"), p.isid},
                                 {QStringLiteral("targetAddress"), p.targetAddress}});
    for (const auto& r : s.satpRules)
        rules.append(QJsonObject{{QStringLiteral("satp"), r.satp},
                                 {QStringLiteral("vendor"), r.vendor},
                                 {QStringLiteral("model"), r.model},
                                 {QStringLiteral("device"), r.device},
                                 {QStringLiteral("psp"), r.psp},
                                 {QStringLiteral("pspOptions"), r.pspOptions},
                                 {QStringLiteral("claimOptions"), r.claimOptions},
                                 {QStringLiteral("description"), r.description}});
    return {{QStringLiteral("schema"), QStringLiteral("mpio-esxi-snapshot/1")},
            {QStringLiteral("host"), s.host},
            {QStringLiteral("hostname"), s.hostname},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("build"), s.build},
            {QStringLiteral("product"), s.product},
            {QStringLiteral("vmnics"), vmnics},
            {QStringLiteral("vswitches"), vswitches},
            {QStringLiteral("portGroups"), portGroups},
            {QStringLiteral("vmks"), vmks},
            {QStringLiteral("iscsi"),
             QJsonObject{{QStringLiteral("enabled"), s.iscsi.enabled},
                         {QStringLiteral("adapter"), s.iscsi.name},
                         {QStringLiteral("iqn"), s.iscsi.iqn},
                         {QStringLiteral("chapLevel"), s.iscsi.chapLevel},
                         {QStringLiteral("chapUser"), s.iscsi.chapUser},
                         {QStringLiteral("boundVmks"), bound},
                         {QStringLiteral("staticTargets"), targets(s.iscsi.staticTargets)},
                         {QStringLiteral("sendTargets"), targets(s.iscsi.sendTargets)},
                         {QStringLiteral("sessions"), sessions}}},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("satpRules"), rules}};
}

QString EsxiSnapshotJson::toText(const EsxiSnapshot& s)
{
    QStringList out;
    out << tr("ESXi %1 (%2) at %3 — %4, %5").arg(s.hostname, s.version, s.host, s.product, s.build)
        << QString();
    out << tr("Physical NICs:");
    for (const auto& n : s.vmnics)
        out << QStringLiteral("  %1  %2  %3 Mb/s  MTU %4  %5")
                   .arg(n.name, -8)
                   .arg(n.linkUp ? tr("up") : tr("DOWN"), -4)
                   .arg(n.speedMbps)
                   .arg(n.mtu)
                   .arg(n.description);
    out << tr("Standard vSwitches:");
    for (const auto& w : s.vswitches)
        out << QStringLiteral("  %1  MTU %2  uplinks %3  port groups %4")
                   .arg(w.name, -10)
                   .arg(w.mtu)
                   .arg(w.uplinks.join(QStringLiteral(",")), w.portGroups.join(QStringLiteral(", ")));
    out << tr("Port groups (effective failover order):");
    for (const auto& p : s.portGroups)
        out << QStringLiteral("  %1  on %2  active [%3]  standby [%4]")
                   .arg(p.name, -20)
                   .arg(p.vswitch, p.failover.active.join(u','), p.failover.standby.join(u','));
    out << tr("VMkernel adapters:");
    for (const auto& k : s.vmks)
        out << QStringLiteral("  %1  %2/%3  MTU %4  port group %5")
                   .arg(k.name, -6)
                   .arg(k.ipv4.isEmpty() ? tr("(no IPv4)") : k.ipv4, k.netmask)
                   .arg(k.mtu)
                   .arg(k.portGroup);
    if (!s.iscsi.enabled) {
        out << tr("Software iSCSI: disabled");
    } else {
        out << tr("Software iSCSI: %1  %2  CHAP %3").arg(s.iscsi.name, s.iscsi.iqn, s.iscsi.chapLevel);
        QStringList bound;
        for (const auto& b : s.iscsi.boundVmks)
            bound << b.vmk;
        out << tr("  port binding: %1").arg(bound.isEmpty() ? tr("none") : bound.join(QStringLiteral(", ")));
        for (const auto& t : s.iscsi.staticTargets)
            out << tr("  static target %1:%2  %3").arg(t.address).arg(t.port).arg(t.iqn);
        for (const auto& t : s.iscsi.sendTargets)
            out << tr("  send target %1:%2").arg(t.address).arg(t.port);
        for (const auto& x : s.iscsi.sessions)
            out << tr("  session %1 → %2 (%3)").arg(x.localAddress, x.remoteAddress, x.target);
    }
    out << tr("Devices:");
    for (const auto& d : s.devices) {
        QString policy = d.psp;
        if (d.psp == QLatin1String("VMW_PSP_RR"))
            policy += QStringLiteral(" (%1=%2)").arg(d.rrType).arg(d.rrIops);
        out << QStringLiteral("  %1  %2 %3  %4  %5  %6 working path(s)")
                   .arg(d.id, d.vendor, d.model, d.satp, policy)
                   .arg(d.workingPaths.size());
    }
    out << tr("Paths:");
    for (const auto& p : s.paths)
        out << QStringLiteral("  %1  %2  %3").arg(p.runtimeName, -20).arg(p.state, -8).arg(p.device);
    if (!s.satpRules.isEmpty()) {
        out << tr("User SATP claim rules:");
        for (const auto& r : s.satpRules)
            out << QStringLiteral("  %1  vendor %2  model %3  PSP %4  %5")
                       .arg(r.satp, r.vendor, r.model, r.psp, r.pspOptions);
    }
    return out.join(u'\n');
}

} // namespace mpio::esxi
