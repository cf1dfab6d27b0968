#include "core/plan/Planner.h"

#include "core/model/Ipv4.h"
#include "core/plan/JumboGateStep.h"
#include "core/truenas/TrueNasOperations.h"
#include "core/validation/RuleCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mpio {

namespace {

QStringList words(const char* line)
{
    return QString::fromLatin1(line).split(u' ');
}

QString netmaskOf(const QString& cidr)
{
    const auto subnet = Ipv4Subnet::parse(cidr);
    if (!subnet.ok())
        return {};
    const int prefix = subnet->prefix();
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return QStringLiteral("%1.%2.%3.%4")
        .arg(mask >> 24)
        .arg((mask >> 16) & 0xff)
        .arg((mask >> 8) & 0xff)
        .arg(mask & 0xff);
}

// Builds one host's branch.
struct HostPlanner
{
    Q_DECLARE_TR_FUNCTIONS(mpio::HostPlanner) // the context lupdate gives tr() in its members

public:
    const Site& site;
    const HostSpec& spec;
    const EsxiSnapshot& now;
    const QString& targetIqn;
    const QString& satp;
    bool bind;
    Plan& plan;
    QStringList ready;   // ids the rescan waits for on this host
    QStringList network; // the network part (vSwitches, port groups, vmks): what the jumbo gate waits for

    QString id(const QString& rest) const { return spec.name + QLatin1Char('/') + rest; }

    Operation& add(const QString& rest, const QString& description, const QStringList& argv,
                   const QString& rule, const QStringList& undo, const QStringList& dependsOn = {},
                   const QString& undoNote = {})
    {
        Operation op;
        op.id = id(rest);
        op.side = Side::Esxi;
        op.host = spec.name;
        op.description = description;
        op.action = Action::esxcli(argv);
        op.ruleId = rule;
        if (!undo.isEmpty())
            op.undo = Action::esxcli(undo);
        op.undoNote = undoNote;
        op.dependsOn = dependsOn;
        plan.operations.append(op);
        return plan.operations.last();
    }

    void finding(const char* rule, const QString& field, const QString& message, const QString& fix)
    {
        plan.findings.append(RuleCatalog::make(rule, field, message, fix));
    }

    void build()
    {
        const qsizetype firstOp = plan.operations.size();
        // vSwitches first: MTU ≥ vmk MTU (MTU-VSWITCH-GE-VMK), uplinks of the paths.
        QHash<QString, QString> vswitchReady; // vSwitch → last op id that prepares it
        QHash<QString, int> vswitchMtu;
        for (const HostPathSpec& hp : spec.paths) {
            const PathSpec* path = site.path(hp.path);
            const int mtu = hp.vswitchMtu ? hp.vswitchMtu : (path ? path->mtu : 9000);
            vswitchMtu[hp.vswitch] = qMax(vswitchMtu.value(hp.vswitch), mtu);
        }
        for (auto it = vswitchMtu.constBegin(); it != vswitchMtu.constEnd(); ++it) {
            const QString& vs = it.key();
            const EsxiSnapshot::Vswitch* existing = now.vswitch(vs);
            QString last;
            if (!existing) {
                last = add(QStringLiteral("vswitch/%1/create").arg(vs),
                           tr("Create the standard vSwitch %1").arg(vs),
                           {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                            QStringLiteral("add"), QStringLiteral("-v"), vs},
                           QStringLiteral("NET-UPLINK-PER-PATH"),
                           {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                            QStringLiteral("remove"), QStringLiteral("-v"), vs})
                           .id;
            }
            for (const HostPathSpec& hp : spec.paths) {
                if (hp.vswitch != vs || (existing && existing->uplinks.contains(hp.vmnic)))
                    continue;
                const EsxiSnapshot::Vswitch* holder = nullptr;
                for (const auto& other : now.vswitches)
                    if (other.uplinks.contains(hp.vmnic))
                        holder = &other;
                if (holder) {
                    finding("NET-UPLINK-PER-PATH", spec.name + QLatin1Char('/') + hp.vmnic,
                            tr("%1 on %2 is an uplink of %3 already.").arg(hp.vmnic, spec.name, holder->name),
                            tr("Pick a free vmnic for path %1, or remove %2 from %3 first.")
                                .arg(hp.path, hp.vmnic, holder->name));
                    continue;
                }
                last = add(QStringLiteral("vswitch/%1/uplink/%2").arg(vs, hp.vmnic),
                           tr("Add %1 as an uplink of %2").arg(hp.vmnic, vs),
                           {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                            QStringLiteral("uplink"), QStringLiteral("add"), QStringLiteral("-u"), hp.vmnic,
                            QStringLiteral("-v"), vs},
                           QStringLiteral("NET-UPLINK-PER-PATH"),
                           {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                            QStringLiteral("uplink"), QStringLiteral("remove"), QStringLiteral("-u"),
                            hp.vmnic, QStringLiteral("-v"), vs},
                           last.isEmpty() ? QStringList{} : QStringList{last})
                           .id;
            }
            // MTU after the uplinks: the vmnics take the vSwitch's MTU while they are its uplinks, so in a
            // rollback (newest first) the MTU goes back before the uplinks leave and the vmnics end at
            // their old MTU too.
            if (!existing || existing->mtu != it.value()) {
                const int old = existing ? existing->mtu : 1500;
                last = add(QStringLiteral("vswitch/%1/mtu").arg(vs),
                           tr("Set the MTU of %1 to %2").arg(vs).arg(it.value()),
                           {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                            QStringLiteral("set"), QStringLiteral("-v"), vs, QStringLiteral("-m"),
                            QString::number(it.value())},
                           QStringLiteral("MTU-VSWITCH-GE-VMK"),
                           {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                            QStringLiteral("set"), QStringLiteral("-v"), vs, QStringLiteral("-m"),
                            QString::number(old)},
                           last.isEmpty() ? QStringList{} : QStringList{last})
                           .id;
            }
            vswitchReady[vs] = last;
        }

        // Port groups with exactly one active uplink (ESX-ONE-ACTIVE-UPLINK), then the vmks.
        QStringList vmkReady;
        for (const HostPathSpec& hp : spec.paths) {
            const PathSpec* path = site.path(hp.path);
            const int mtu = hp.vmkMtu ? hp.vmkMtu : (path ? path->mtu : 9000);
            const QString vsDep = vswitchReady.value(hp.vswitch);
            QStringList deps = vsDep.isEmpty() ? QStringList{} : QStringList{vsDep};
            const EsxiSnapshot::PortGroup* pg = now.portGroup(hp.portGroup);
            if (pg && pg->vswitch != hp.vswitch) {
                finding("NET-UPLINK-PER-PATH", spec.name + QLatin1Char('/') + hp.portGroup,
                        tr("Port group %1 on %2 exists on %3, not on %4.")
                            .arg(hp.portGroup, spec.name, pg->vswitch, hp.vswitch),
                        tr("Use another port group name or move the port group to %1.").arg(hp.vswitch));
                continue;
            }
            if (!pg) {
                deps = {add(QStringLiteral("portgroup/%1/create").arg(hp.portGroup),
                            tr("Create port group %1 on %2").arg(hp.portGroup, hp.vswitch),
                            {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                             QStringLiteral("portgroup"), QStringLiteral("add"), QStringLiteral("-p"),
                             hp.portGroup, QStringLiteral("-v"), hp.vswitch},
                            QStringLiteral("ESX-ONE-ACTIVE-UPLINK"),
                            {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                             QStringLiteral("portgroup"), QStringLiteral("remove"), QStringLiteral("-p"),
                             hp.portGroup, QStringLiteral("-v"), hp.vswitch},
                            deps)
                            .id};
            }
            const bool policyOk = pg && pg->failover.active == QStringList{hp.vmnic} &&
                                  pg->failover.standby.isEmpty() && !pg->failover.inherited;
            if (!policyOk) {
                QStringList undo;
                if (pg) // restore the discovered order; a new port group goes away with its own undo
                    undo = {QStringLiteral("network"),
                            QStringLiteral("vswitch"),
                            QStringLiteral("standard"),
                            QStringLiteral("portgroup"),
                            QStringLiteral("policy"),
                            QStringLiteral("failover"),
                            QStringLiteral("set"),
                            QStringLiteral("-p"),
                            hp.portGroup,
                            QStringLiteral("-u"),
                            pg->failover.inherited ? QStringLiteral("true") : QStringLiteral("false")};
                if (pg && !pg->failover.inherited && !pg->failover.active.isEmpty())
                    undo << QStringLiteral("-a") << pg->failover.active.join(u',');
                if (pg && !pg->failover.inherited && !pg->failover.standby.isEmpty())
                    undo << QStringLiteral("-s") << pg->failover.standby.join(u',');
                deps = {add(QStringLiteral("portgroup/%1/failover").arg(hp.portGroup),
                            tr("Make %1 the only active uplink of %2 (others unused)")
                                .arg(hp.vmnic, hp.portGroup),
                            {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                             QStringLiteral("portgroup"), QStringLiteral("policy"),
                             QStringLiteral("failover"), QStringLiteral("set"), QStringLiteral("-p"),
                             hp.portGroup, QStringLiteral("-a"), hp.vmnic,
                             // esxi-esxcli.md §2.2: whether `-a` alone clears a standby list is not
                             // documented; clear it explicitly (ESX-ONE-ACTIVE-UPLINK: no standby).
                             QStringLiteral("--standby-uplinks=")},
                            QStringLiteral("ESX-ONE-ACTIVE-UPLINK"), undo, deps,
                            pg ? QString() : tr("removed together with the port group"))
                            .id};
            }

            const EsxiSnapshot::Vmk* vmk = now.vmk(hp.vmk);
            const QString mask = netmaskOf(path ? path->subnet : QString());
            if (vmk && vmk->portGroup != hp.portGroup) {
                finding("NET-IP-IN-SUBNET", spec.name + QLatin1Char('/') + hp.vmk,
                        tr("%1 on %2 exists on port group %3, not %4.")
                            .arg(hp.vmk, spec.name, vmk->portGroup, hp.portGroup),
                        tr("Pick an unused vmk name for path %1 or remove %2 by hand.").arg(hp.path, hp.vmk));
                continue;
            }
            for (const auto& other : now.vmks)
                if (other.name != hp.vmk && other.ipv4 == hp.ip)
                    finding("NET-IP-IN-SUBNET", spec.name + QLatin1Char('/') + hp.vmk,
                            tr("%1 is already used by %2 on %3.").arg(hp.ip, other.name, spec.name),
                            tr("Choose another address for %1 in %2.")
                                .arg(hp.vmk, path ? path->subnet : QString()));
            if (!vmk) {
                deps = {add(QStringLiteral("%1/create").arg(hp.vmk),
                            tr("Create %1 on port group %2 with MTU %3").arg(hp.vmk, hp.portGroup).arg(mtu),
                            {QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                             QStringLiteral("add"), QStringLiteral("-i"), hp.vmk, QStringLiteral("-p"),
                             hp.portGroup, QStringLiteral("-m"), QString::number(mtu)},
                            QStringLiteral("MTU-END-TO-END"),
                            {QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                             QStringLiteral("remove"), QStringLiteral("-i"), hp.vmk},
                            deps)
                            .id};
            } else if (vmk->mtu != mtu) {
                deps = {add(QStringLiteral("%1/mtu").arg(hp.vmk),
                            tr("Set the MTU of %1 to %2").arg(hp.vmk).arg(mtu),
                            {QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                             QStringLiteral("set"), QStringLiteral("-i"), hp.vmk, QStringLiteral("-m"),
                             QString::number(mtu)},
                            QStringLiteral("MTU-END-TO-END"),
                            {QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                             QStringLiteral("set"), QStringLiteral("-i"), hp.vmk, QStringLiteral("-m"),
                             QString::number(vmk->mtu)},
                            deps)
                            .id};
            }
            if (!vmk || vmk->ipv4 != hp.ip || vmk->netmask != mask) {
                QStringList undo;
                if (vmk && !vmk->ipv4.isEmpty())
                    undo = {QStringLiteral("network"),
                            QStringLiteral("ip"),
                            QStringLiteral("interface"),
                            QStringLiteral("ipv4"),
                            QStringLiteral("set"),
                            QStringLiteral("-i"),
                            hp.vmk,
                            QStringLiteral("-I"),
                            vmk->ipv4,
                            QStringLiteral("-N"),
                            vmk->netmask,
                            QStringLiteral("-t"),
                            QStringLiteral("static")};
                deps = {add(QStringLiteral("%1/ipv4").arg(hp.vmk),
                            tr("Give %1 the address %2/%3").arg(hp.vmk, hp.ip, mask),
                            {QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                             QStringLiteral("ipv4"), QStringLiteral("set"), QStringLiteral("-i"), hp.vmk,
                             QStringLiteral("-I"), hp.ip, QStringLiteral("-N"), mask, QStringLiteral("-t"),
                             QStringLiteral("static")},
                            QStringLiteral("NET-IP-IN-SUBNET"), undo, deps,
                            undo.isEmpty() ? tr("the address goes away with the vmk, or had none before")
                                           : QString())
                            .id};
            }
            vmkReady += deps;
        }

        for (qsizetype i = firstOp; i < plan.operations.size(); ++i)
            network << plan.operations[i].id;

        // Software iSCSI, port binding (only when chosen), static targets.
        QStringList iscsiDeps;
        if (!now.iscsi.enabled) {
            iscsiDeps = {add(QStringLiteral("iscsi/enable"), tr("Enable the software iSCSI adapter"),
                             words("iscsi software set --enabled=true"),
                             QStringLiteral("ESX-STATIC-DISCOVERY"),
                             words("iscsi software set --enabled=false"))
                             .id};
        }
        const QString adapter = QString::fromLatin1(Planner::kAdapterToken);
        if (bind) {
            for (const HostPathSpec& hp : spec.paths) {
                bool bound = false;
                for (const auto& b : now.iscsi.boundVmks)
                    bound = bound || b.vmk == hp.vmk;
                if (bound)
                    continue;
                ready << add(QStringLiteral("iscsi/bind/%1").arg(hp.vmk),
                             tr("Bind %1 to the software iSCSI adapter").arg(hp.vmk),
                             {QStringLiteral("iscsi"), QStringLiteral("networkportal"), QStringLiteral("add"),
                              QStringLiteral("-A"), adapter, QStringLiteral("-n"), hp.vmk},
                             QStringLiteral("ESX-BINDING-SAME-SUBNET"),
                             {QStringLiteral("iscsi"), QStringLiteral("networkportal"),
                              QStringLiteral("remove"), QStringLiteral("-A"), adapter, QStringLiteral("-n"),
                              hp.vmk},
                             iscsiDeps + vmkReady)
                             .id;
            }
        }
        for (const PathSpec& p : site.paths) {
            bool present = false;
            for (const auto& t : now.iscsi.staticTargets)
                present = present ||
                          (t.address == p.truenasIp && t.port == site.iscsi.portalPort && t.iqn == targetIqn);
            if (present)
                continue;
            const QString address = p.truenasIp + QLatin1Char(':') + QString::number(site.iscsi.portalPort);
            // Undo: remove the target, then rescan, so the device and its now dead paths leave the host
            // instead of lingering in APD (a rescan finds what is gone, reference §7.3).
            ready << add(QStringLiteral("iscsi/static/%1").arg(p.truenasIp),
                         tr("Add the static target %1 (%2)").arg(address, targetIqn),
                         {QStringLiteral("iscsi"), QStringLiteral("adapter"), QStringLiteral("discovery"),
                          QStringLiteral("statictarget"), QStringLiteral("add"), QStringLiteral("-A"),
                          adapter, QStringLiteral("-a"), address, QStringLiteral("-n"), targetIqn},
                         QStringLiteral("ESX-STATIC-DISCOVERY"),
                         {QStringLiteral("iscsi"), QStringLiteral("adapter"), QStringLiteral("discovery"),
                          QStringLiteral("statictarget"), QStringLiteral("remove"), QStringLiteral("-A"),
                          adapter, QStringLiteral("-a"), address, QStringLiteral("-n"), targetIqn},
                         iscsiDeps + vmkReady)
                         .id;
            plan.operations.last().undo.payload.insert(
                QStringLiteral("then"),
                QJsonArray{QJsonArray::fromStringList({QStringLiteral("storage"), QStringLiteral("core"),
                                                       QStringLiteral("adapter"), QStringLiteral("rescan"),
                                                       QStringLiteral("-A"), adapter})});
        }

        // Claim rule before the rescan (PSP-RULE-NEW-DEVICES-ONLY); existing devices per device.
        const QString pspOptions = QStringLiteral("policy=iops;iops=%1;").arg(site.policy.iops);
        bool rulePresent = false;
        for (const auto& r : now.satpRules)
            rulePresent = rulePresent || (r.satp == satp && r.vendor == QLatin1String("TrueNAS") &&
                                          r.model == QLatin1String("iSCSI Disk") &&
                                          r.psp == site.policy.psp && r.pspOptions == pspOptions);
        for (const auto& r : now.satpRules)
            if (r.vendor == QLatin1String("TrueNAS") && r.satp == QLatin1String("VMW_SATP_ALUA") &&
                satp != r.satp)
                finding(
                    "PSP-NO-FORCED-ALUA", spec.name + QStringLiteral("/claim-rule"),
                    tr("%1 has a claim rule forcing VMW_SATP_ALUA for TrueNAS devices, which report no ALUA.")
                        .arg(spec.name),
                    tr("Remove it (esxcli storage nmp satp rule remove with the same options) — hosts then "
                       "fail to "
                       "claim the paths and the devices disappear."));
        if (!rulePresent) {
            QStringList rule{QStringLiteral("storage"),
                             QStringLiteral("nmp"),
                             QStringLiteral("satp"),
                             QStringLiteral("rule"),
                             QStringLiteral("add"),
                             QStringLiteral("-s"),
                             satp,
                             QStringLiteral("-V"),
                             QStringLiteral("TrueNAS"),
                             QStringLiteral("-M"),
                             QStringLiteral("iSCSI Disk"),
                             QStringLiteral("-P"),
                             site.policy.psp,
                             QStringLiteral("-O"),
                             pspOptions,
                             QStringLiteral("-e"),
                             Planner::ruleDescription()};
            QStringList undo = rule;
            undo[4] = QStringLiteral("remove"); // PSP-RULE: the remove repeats every option of the add
            ready << add(QStringLiteral("claim-rule"),
                         tr("Add the claim rule %1 for TrueNAS iSCSI Disk → %2 %3")
                             .arg(satp, site.policy.psp, pspOptions),
                         rule, QStringLiteral("PSP-RULE"), undo)
                         .id;
        }
        for (const auto& d : now.devices) {
            if (d.vendor != QLatin1String("TrueNAS"))
                continue;
            if (d.psp != site.policy.psp) {
                ready << add(QStringLiteral("device/%1/psp").arg(d.id),
                             tr("Set %1 of %2 to %3").arg(QStringLiteral("PSP"), d.id, site.policy.psp),
                             {QStringLiteral("storage"), QStringLiteral("nmp"), QStringLiteral("device"),
                              QStringLiteral("set"), QStringLiteral("-d"), d.id, QStringLiteral("-P"),
                              site.policy.psp},
                             QStringLiteral("PSP-RULE-NEW-DEVICES-ONLY"),
                             {QStringLiteral("storage"), QStringLiteral("nmp"), QStringLiteral("device"),
                              QStringLiteral("set"), QStringLiteral("-d"), d.id, QStringLiteral("-P"), d.psp})
                             .id;
            }
            if (site.policy.psp == QLatin1String("VMW_PSP_RR") &&
                (d.rrType != QLatin1String("iops") || d.rrIops != site.policy.iops)) {
                const QStringList deps = d.psp != site.policy.psp
                                             ? QStringList{id(QStringLiteral("device/%1/psp").arg(d.id))}
                                             : QStringList{};
                ready
                    << add(QStringLiteral("device/%1/iops").arg(d.id),
                           tr("Round Robin on %1: switch paths every %2 I/O").arg(d.id).arg(site.policy.iops),
                           {QStringLiteral("storage"), QStringLiteral("nmp"), QStringLiteral("psp"),
                            QStringLiteral("roundrobin"), QStringLiteral("deviceconfig"),
                            QStringLiteral("set"), QStringLiteral("-d"), d.id, QStringLiteral("-t"),
                            QStringLiteral("iops"), QStringLiteral("-I"), QString::number(site.policy.iops)},
                           QStringLiteral("PSP-RR-IOPS"), {}, deps,
                           d.psp == QLatin1String("VMW_PSP_RR") ? QString()
                                                                : tr("undone by restoring the previous PSP"))
                           .id;
                if (d.psp == QLatin1String("VMW_PSP_RR") && !d.rrType.isEmpty()) {
                    Operation& op = plan.operations.last();
                    op.undo = Action::esxcli(
                        {QStringLiteral("storage"), QStringLiteral("nmp"), QStringLiteral("psp"),
                         QStringLiteral("roundrobin"), QStringLiteral("deviceconfig"), QStringLiteral("set"),
                         QStringLiteral("-d"), d.id, QStringLiteral("-t"),
                         d.rrType == QLatin1String("rr") ? QStringLiteral("default") : d.rrType,
                         QStringLiteral("-I"), QString::number(qMax(1, d.rrIops))});
                    op.undoNote.clear();
                }
            }
        }
    }
};

} // namespace

Plan Planner::make(const Input& in)
{
    Plan plan;
    plan.siteName = in.site.name;
    const Site& site = in.site;
    const TrueNasSnapshot& tn = in.truenas;
    const QString basename =
        site.iscsi.basename.isEmpty()
            ? (tn.basename.isEmpty() ? QStringLiteral("iqn.2005-10.org.freenas.ctl") : tn.basename)
            : site.iscsi.basename;
    const QString targetIqn = basename + QLatin1Char(':') + site.iscsi.targetName;

    // Binding (ESX-BINDING-SAME-SUBNET): one subnet per path means no binding unless the profile insists.
    const bool bind = site.policy.binding == BindingMode::Always;
    plan.decisions.append(PlanDecision{
        QStringLiteral("binding"), QStringLiteral("ESX-BINDING-SAME-SUBNET"),
        bind ? tr("Port binding as the article does (your explicit choice)") : tr("No port binding"),
        bind ? tr("Every bound vmk logs in to every portal: with one subnet per path that is %1 logins per "
                  "host, half "
                  "of them across paths that can never work (dead paths, slow boots).")
                   .arg(site.paths.size() * site.paths.size())
             : tr("Each path has its own subnet, so each vmk reaches exactly its own portal through the "
                  "routing table "
                  "(VMware KB 2038869: binding is for several vmks in ONE subnet). Static targets per portal "
                  "IP.")});

    // The SATP that claims TrueNAS devices (PSP-DETECT-SATP): what hosts report for TrueNAS devices, or the
    // default for non-HA TrueNAS (no ALUA).
    QString satp = site.policy.claimRuleSatp == QLatin1String("auto") ? QString() : site.policy.claimRuleSatp;
    if (satp.isEmpty())
        for (const auto& h : in.hosts)
            for (const auto& d : h.devices)
                if (d.vendor == QLatin1String("TrueNAS") && !d.satp.isEmpty())
                    satp = d.satp;
    if (satp.isEmpty())
        satp = QStringLiteral("VMW_SATP_DEFAULT_AA");
    plan.decisions.append(PlanDecision{
        QStringLiteral("claim-rule"), QStringLiteral("PSP-DETECT-SATP"),
        tr("Claim rule for %1 with Round Robin, iops=%2").arg(satp).arg(site.policy.iops),
        satp == QLatin1String("VMW_SATP_ALUA")
            ? tr("The TrueNAS devices report ALUA (an HA system): the rule is for VMW_SATP_ALUA.")
            : tr("Non-HA TrueNAS reports no ALUA, so ESXi claims its devices with VMW_SATP_DEFAULT_AA; a "
                 "rule forcing "
                 "VMW_SATP_ALUA would make them disappear (PSP-NO-FORCED-ALUA). Added before the rescan so "
                 "new devices "
                 "get RR at once; devices already present are set one by one.")});

    // TrueNAS branch.
    QStringList truenasReady;
    auto addTn = [&](const Result<TrueNasOperation>& op, const QStringList& deps) -> QString {
        if (!op) { // the builder's rule id travels in the error's detail (TN-NET-CHECKIN, …)
            const QByteArray rule = op.error().detail.isEmpty() ? QByteArrayLiteral("TN-ONE-PORTAL")
                                                                : op.error().detail.toLatin1();
            plan.findings.append(RuleCatalog::make(rule.constData(), Severity::Error,
                                                   QStringLiteral("truenas"), op.error().message,
                                                   tr("Fix the profile and plan again.")));
            return {};
        }
        Operation o;
        o.id = op->id;
        o.side = Side::TrueNas;
        o.host = site.truenas.name;
        o.description = op->description;
        o.ruleId = op->ruleId;
        const QJsonObject json = op->toJson();
        o.action = Action{QStringLiteral("truenas"),
                          QJsonObject{{QStringLiteral("method"), op->method},
                                      {QStringLiteral("params"), op->params},
                                      {QStringLiteral("op"), json},
                                      {QStringLiteral("phase"), QStringLiteral("apply")}},
                          op->sensitive};
        if (!op->undoMethod.isEmpty())
            o.undo = Action{QStringLiteral("truenas"),
                            QJsonObject{{QStringLiteral("method"), op->undoMethod},
                                        {QStringLiteral("params"), op->undoParams},
                                        {QStringLiteral("op"), json},
                                        {QStringLiteral("phase"), QStringLiteral("undo")}},
                            {}};
        else
            o.undoNote = op->undoNote.isEmpty() ? tr("nothing to undo") : op->undoNote;
        if (!op->verifyMethod.isEmpty())
            o.verify = Action{QStringLiteral("truenas"),
                              QJsonObject{{QStringLiteral("method"), op->verifyMethod},
                                          {QStringLiteral("params"), op->verifyParams},
                                          {QStringLiteral("op"), json},
                                          {QStringLiteral("phase"), QStringLiteral("verify")}},
                              {}};
        o.dependsOn = deps;
        o.cost.apiCalls = 1;
        plan.operations.append(o);
        return o.id;
    };

    // TrueNAS network part: each path's NIC with the path MTU and its IP as a static alias, through
    // interface.update → commit (with rollback timer) → checkin (TN-NET-CHECKIN); the builder refuses the NIC
    // that carries the API connection, which becomes a blocking finding.
    QStringList network;
    for (const PathSpec& p : site.paths) {
        const TrueNasSnapshot::Nic* nic = tn.nic(p.truenasNic);
        const auto subnet = Ipv4Subnet::parse(p.subnet);
        if (!nic || !subnet.ok()) {
            plan.findings.append(RuleCatalog::make(
                "TN-NET-CHECKIN", Severity::Error, QStringLiteral("truenas/nic/%1").arg(p.truenasNic),
                tr("TrueNAS has no interface %1 (path %2).").arg(p.truenasNic, p.name),
                tr("Choose one of the NICs discovery found for path %1.").arg(p.name)));
            continue;
        }
        const TrueNasSnapshot::Address want{p.truenasIp, subnet->prefix()};
        if (nic->mtu == p.mtu && nic->staticAliases.contains(want))
            continue;
        const QString id = addTn(TrueNasOperations::interfaceChange(tn, p.truenasNic, p.mtu, {want}), {});
        if (!id.isEmpty())
            network << id;
    }

    for (const auto& p : tn.portals)
        for (const QString& ip : p.ips)
            if (ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::"))
                plan.findings.append(RuleCatalog::make(
                    "NET-NO-WILDCARD-PORTAL", QStringLiteral("truenas/portal/%1").arg(p.id),
                    tr("TrueNAS portal %1 listens on %2 (every address).").arg(p.id).arg(ip),
                    tr("Change it to the path IPs only; a wildcard portal advertises the management network "
                       "too.")));

    QStringList pathIps;
    for (const auto& p : site.paths)
        pathIps << p.truenasIp;
    const TrueNasSnapshot::Portal* portal = nullptr;
    for (const auto& p : tn.portals) {
        QStringList a = p.ips, b = pathIps;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a == b)
            portal = &p;
    }
    QJsonValue portalRef = portal ? QJsonValue(portal->id) : QJsonValue();
    if (!portal) {
        const QString id =
            addTn(TrueNasOperations::portal(pathIps, QStringLiteral("mpio-wizard ") + site.name), {});
        portalRef = TrueNasOperation::stepFact(id, QStringLiteral("/after/id"));
        truenasReady << id;
    }

    // Initiators: the hosts' software iSCSI IQNs, known now or read at run time ($esxi-iqn).
    QStringList iqns;
    QJsonArray initiators;
    bool iqnsKnown = true;
    for (const HostSpec& h : site.hosts) {
        const EsxiSnapshot s = in.hosts.value(h.name);
        if (s.iscsi.enabled && !s.iscsi.iqn.isEmpty()) {
            iqns << s.iscsi.iqn;
            initiators.append(s.iscsi.iqn);
        } else {
            iqnsKnown = false;
            iqns << QStringLiteral("iqn.1998-01.com.vmware:%1-pending").arg(h.name.toLower());
            initiators.append(QJsonObject{{QStringLiteral("$esxi-iqn"), h.name}});
        }
    }
    iqns += site.iscsi.initiators;
    for (const QString& extra : site.iscsi.initiators)
        initiators.append(extra);
    const TrueNasSnapshot::InitiatorGroup* group = nullptr;
    for (const auto& g : tn.initiatorGroups) {
        QStringList a = g.initiators, b = iqns;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (iqnsKnown && a == b)
            group = &g;
    }
    QJsonValue initiatorRef = group ? QJsonValue(group->id) : QJsonValue();
    QStringList initiatorDeps;
    if (!iqnsKnown)
        for (const HostSpec& h : site.hosts)
            if (!in.hosts.value(h.name).iscsi.enabled)
                initiatorDeps << h.name + QStringLiteral("/iscsi/enable");
    if (!group) {
        auto op = TrueNasOperations::initiatorGroup(iqns, QStringLiteral("mpio-wizard ") + site.name);
        if (op) {
            op->params = QJsonArray{QJsonObject{
                {QStringLiteral("initiators"), initiators},
                {QStringLiteral("comment"), QString(QStringLiteral("mpio-wizard ") + site.name)}}};
            op->verifyExpect = QJsonObject{{QStringLiteral("initiators"), initiators}};
            if (!iqnsKnown)
                op->description =
                    tr("Create the initiator group %1 with the software iSCSI IQNs of %2 (read from the "
                       "hosts when this step runs)")
                        .arg(QString(QStringLiteral("mpio-wizard ") + site.name), [&] {
                            QStringList names;
                            for (const HostSpec& h : site.hosts)
                                names << h.name;
                            return names.join(QStringLiteral(", "));
                        }());
        }
        const QString id = addTn(op, initiatorDeps);
        initiatorRef = TrueNasOperation::stepFact(id, QStringLiteral("/after/id"));
        truenasReady << id;
    }

    // Zvol, target, extent, LUN.
    bool zvolExists = false;
    for (const auto& z : tn.zvols)
        zvolExists = zvolExists || z.name == site.storage.zvol;
    QStringList extentDeps;
    if (!zvolExists) {
        const QString vbs = QStringLiteral("%1K").arg(site.storage.volblocksize / 1024);
        extentDeps << addTn(TrueNasOperations::zvolCreate(site.storage.zvol, qint64(site.storage.sizeBytes),
                                                          vbs, site.storage.compression, site.storage.sync),
                            {});
    }
    const TrueNasSnapshot::Target* target = nullptr;
    for (const auto& t : tn.targets)
        if (t.name == site.iscsi.targetName)
            target = &t;
    QJsonValue targetRef = target ? QJsonValue(target->id) : QJsonValue();
    QStringList lunDeps;
    if (!target) {
        const QString id = addTn(TrueNasOperations::target(site.iscsi.targetName, portalRef, initiatorRef),
                                 QStringList(truenasReady));
        targetRef = TrueNasOperation::stepFact(id, QStringLiteral("/after/id"));
        lunDeps << id;
    }
    const TrueNasSnapshot::Extent* extent = nullptr;
    for (const auto& e : tn.extents)
        if (e.name == site.iscsi.extentName)
            extent = &e;
    QJsonValue extentRef = extent ? QJsonValue(extent->id) : QJsonValue();
    if (!extent) {
        const ApiVersion version = ApiVersion::parse(tn.version);
        const QString id =
            addTn(TrueNasOperations::extent(site.iscsi.extentName, site.storage.zvol, version), extentDeps);
        extentRef = TrueNasOperation::stepFact(id, QStringLiteral("/after/id"));
        lunDeps << id;
    }
    bool mapped = false;
    for (const auto& te : tn.targetExtents)
        mapped = mapped || (target && extent && te.target == target->id && te.extent == extent->id);
    QStringList storageReady;
    if (!mapped)
        storageReady << addTn(TrueNasOperations::targetExtent(targetRef, extentRef), lunDeps);
    // The service starts after its objects exist (TN-SERVICE).
    if (!(tn.serviceEnabled && tn.serviceState == QLatin1String("RUNNING"))) {
        const auto ops = TrueNasOperations::serviceEnableStart(
            ApiVersion::parse(tn.version), tn.serviceEnabled, tn.serviceState == QLatin1String("RUNNING"));
        if (ops) {
            QStringList deps = storageReady;
            for (const TrueNasOperation& op : *ops)
                deps = {addTn(op, deps)};
            storageReady = deps;
        }
    }

    for (const HostSpec& h : site.hosts) {
        if (!in.hosts.contains(h.name)) {
            plan.findings.append(RuleCatalog::make(
                "ESX-SSH-LOCKOUT", Severity::Error, h.name, tr("%1 was not discovered.").arg(h.name),
                tr("Connect to %1 first; nothing is planned for it.").arg(h.name)));
            continue;
        }
        HostPlanner hp{site, h, in.hosts[h.name], targetIqn, satp, bind, plan, {}, {}};
        hp.build();
        network += hp.network;
        if (!hp.ready.isEmpty()) {
            Operation rescan;
            rescan.id = h.name + QStringLiteral("/rescan");
            rescan.side = Side::Esxi;
            rescan.host = h.name;
            rescan.description = tr("Rescan the software iSCSI adapter");
            rescan.action = Action::esxcli({QStringLiteral("storage"), QStringLiteral("core"),
                                            QStringLiteral("adapter"), QStringLiteral("rescan"),
                                            QStringLiteral("-A"), QString::fromLatin1(kAdapterToken)});
            rescan.undoNote = tr("a rescan changes nothing to undo");
            rescan.dependsOn = hp.ready + storageReady;
            rescan.ruleId = QStringLiteral("PSP-RULE-NEW-DEVICES-ONLY");
            plan.operations.append(rescan);
        }
    }
    JumboGateStep::insert(plan, site, network);
    // The TrueNAS steps that wait for ESXi IQNs must not also be waited on by hosts through their rescan in
    // a cycle: rescans depend on storage steps only, which depend on the initiator group, which depends on
    // the enable steps — a chain, not a cycle.
    return plan;
}

} // namespace mpio
