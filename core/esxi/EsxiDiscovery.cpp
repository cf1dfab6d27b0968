#include "core/esxi/EsxiDiscovery.h"

#include "core/esxi/EsxiHostClient.h"
#include "core/model/Ipv4.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <memory>

namespace mpio::esxi {

namespace {

QStringList args(const char* line)
{
    return QString::fromLatin1(line).split(u' ');
}

// Collects the answers; finishes once, when the last outstanding call is back.
struct Gather
{
    EsxiHostClient* client = nullptr;
    EsxiDiscovery::Done done;
    EsxiSnapshot snapshot;
    int pending = 0;
    bool failed = false;
    QElapsedTimer timer;

    // Answers arrive in any order; the snapshot is the same whatever the order (vmk2 before vmk10).
    void normalize()
    {
        auto byName = [](const auto& a, const auto& b) {
            return a.name.size() != b.name.size() ? a.name.size() < b.name.size() : a.name < b.name;
        };
        std::sort(snapshot.vmnics.begin(), snapshot.vmnics.end(), byName);
        std::sort(snapshot.vswitches.begin(), snapshot.vswitches.end(), byName);
        std::sort(snapshot.portGroups.begin(), snapshot.portGroups.end(), byName);
        std::sort(snapshot.vmks.begin(), snapshot.vmks.end(), byName);
        std::sort(snapshot.devices.begin(), snapshot.devices.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
        std::sort(snapshot.paths.begin(), snapshot.paths.end(),
                  [](const auto& a, const auto& b) { return a.runtimeName < b.runtimeName; });
        // Which portal each path goes to: the path's session (ISID) and that session's connection.
        for (auto& p : snapshot.paths)
            for (const auto& session : snapshot.iscsi.sessions)
                if (!p.isid.isEmpty() && session.isid == p.isid)
                    p.targetAddress =
                        session.remoteAddress + QLatin1Char(':') + QString::number(session.remotePort);
    }

    void call(const QStringList& a, std::function<void(const EsxcliValue&)> use, std::shared_ptr<Gather> self)
    {
        ++pending;
        client->esxcli(a, [self, use, a](Result<EsxcliValue> r) {
            if (!self->failed) {
                if (!r) {
                    self->failed = true;
                    Error e = r.error();
                    if (e.detail.isEmpty())
                        e.detail = QStringLiteral("esxcli ") + a.join(u' ');
                    self->done(e);
                } else {
                    use(*r);
                }
            }
            if (--self->pending == 0 && !self->failed) {
                self->normalize();
                self->done(self->snapshot);
            }
        });
    }
};

EsxiSnapshot::FailoverPolicy failoverOf(const EsxcliValue& v)
{
    EsxiSnapshot::FailoverPolicy p;
    p.active = v.strings(QStringLiteral("ActiveAdapters"));
    p.standby = v.strings(QStringLiteral("StandbyAdapters"));
    p.inherited = !v.flag(QStringLiteral("OverrideVswitchUplinks"));
    return p;
}

QString netmaskToDotted(const QString& text)
{
    return text; // esxcli already prints the dotted form ("255.255.255.248")
}

} // namespace

void EsxiDiscovery::discover(EsxiHostClient* client, Done done)
{
    auto g = std::make_shared<Gather>();
    g->client = client;
    g->done = std::move(done);
    g->snapshot.host = client->options().host + QLatin1Char(':') + QString::number(client->options().port);
    g->timer.start();
    EsxiSnapshot& s = g->snapshot;

    g->call(
        args("system version get"),
        [&s](const EsxcliValue& v) {
            s.version = v.string(QStringLiteral("Version"));
            s.build = v.string(QStringLiteral("Build"));
            const QString update = v.string(QStringLiteral("Update"));
            s.product =
                v.string(QStringLiteral("Product")) + QLatin1Char(' ') + s.version.section(u'.', 0, 1) +
                (update.isEmpty() || update == QLatin1String("0") ? QString()
                                                                  : QStringLiteral(" Update ") + update);
        },
        g);
    g->call(
        args("system hostname get"),
        [&s](const EsxcliValue& v) { s.hostname = v.string(QStringLiteral("HostName")); }, g);
    g->call(
        args("network nic list"),
        [&s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                EsxiSnapshot::Vmnic n;
                n.name = r.string(QStringLiteral("Name"));
                n.driver = r.string(QStringLiteral("Driver"));
                n.linkUp =
                    r.string(QStringLiteral("LinkStatus"))
                            .compare(QLatin1String("Up"), Qt::CaseInsensitive) == 0 ||
                    r.string(QStringLiteral("Link")).compare(QLatin1String("Up"), Qt::CaseInsensitive) == 0;
                n.speedMbps = int(r.integer64(QStringLiteral("Speed")));
                n.duplex = r.string(QStringLiteral("Duplex"));
                n.mtu = int(r.integer64(QStringLiteral("MTU")));
                n.mac = r.string(QStringLiteral("MACAddress"));
                n.description = r.string(QStringLiteral("Description"));
                s.vmnics.append(n);
            }
        },
        g);
    g->call(
        args("network vswitch standard list"),
        [g, &s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                EsxiSnapshot::Vswitch w;
                w.name = r.string(QStringLiteral("Name"));
                w.mtu = int(r.integer64(QStringLiteral("MTU"), 1500));
                w.uplinks = r.strings(QStringLiteral("Uplinks"));
                w.portGroups = r.strings(QStringLiteral("Portgroups"));
                s.vswitches.append(w);
                const QString name = w.name;
                g->call(
                    {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                     QStringLiteral("policy"), QStringLiteral("failover"), QStringLiteral("get"),
                     QStringLiteral("-v"), name},
                    [&s, name](const EsxcliValue& p) {
                        for (auto& sw : s.vswitches)
                            if (sw.name == name) {
                                sw.failover = failoverOf(p);
                                sw.failover.inherited = false;
                            }
                    },
                    g);
            }
        },
        g);
    g->call(
        args("network vswitch standard portgroup list"),
        [g, &s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                EsxiSnapshot::PortGroup pg;
                pg.name = r.string(QStringLiteral("Name"));
                pg.vswitch = r.string(QStringLiteral("VirtualSwitch"));
                pg.vlan = int(r.integer64(QStringLiteral("VLANID")));
                s.portGroups.append(pg);
                const QString name = pg.name;
                g->call(
                    {QStringLiteral("network"), QStringLiteral("vswitch"), QStringLiteral("standard"),
                     QStringLiteral("portgroup"), QStringLiteral("policy"), QStringLiteral("failover"),
                     QStringLiteral("get"), QStringLiteral("-p"), name},
                    [&s, name](const EsxcliValue& p) {
                        for (auto& x : s.portGroups)
                            if (x.name == name)
                                x.failover = failoverOf(p);
                    },
                    g);
            }
        },
        g);
    g->call(
        args("network ip interface list"),
        [&s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                EsxiSnapshot::Vmk k;
                k.name = r.string(QStringLiteral("Name"));
                k.portGroup = r.string(QStringLiteral("Portgroup"));
                k.mtu = int(r.integer64(QStringLiteral("MTU"), 1500));
                k.enabled = r.flag(QStringLiteral("Enabled"));
                k.mac = r.string(QStringLiteral("MACAddress"));
                // ipv4 get may have answered first: keep what it filled in.
                bool merged = false;
                for (auto& existing : s.vmks)
                    if (existing.name == k.name) {
                        existing.portGroup = k.portGroup;
                        existing.mtu = k.mtu;
                        existing.enabled = k.enabled;
                        existing.mac = k.mac;
                        merged = true;
                    }
                if (!merged)
                    s.vmks.append(k);
            }
        },
        g);
    g->call(
        args("network ip interface ipv4 get"),
        [&s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                const QString name = r.string(QStringLiteral("Name"));
                EsxiSnapshot::Vmk* k = nullptr;
                for (auto& existing : s.vmks)
                    if (existing.name == name)
                        k = &existing;
                if (!k) {
                    s.vmks.append(EsxiSnapshot::Vmk{});
                    k = &s.vmks.last();
                    k->name = name;
                }
                k->ipv4 = r.string(QStringLiteral("IPv4Address"));
                k->netmask = netmaskToDotted(r.string(QStringLiteral("IPv4Netmask")));
                k->addressType = r.string(QStringLiteral("AddressType"));
            }
        },
        g);
    g->call(
        args("iscsi software get"),
        [&s](const EsxcliValue& v) {
            s.iscsi.enabled =
                v.kind == EsxcliValue::Kind::Boolean ? v.boolean : v.text == QLatin1String("true");
        },
        g);
    g->call(
        args("iscsi adapter list"),
        [g, &s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                if (r.string(QStringLiteral("Driver")) != QLatin1String("iscsi_vmk"))
                    continue; // hardware adapters are not ours to configure
                const QString hba = r.string(QStringLiteral("Adapter"));
                s.iscsi.name = hba;
                auto q = [hba](std::initializer_list<const char*> words) {
                    QStringList a;
                    for (const char* w : words)
                        a.append(QString::fromLatin1(w));
                    return a << QStringLiteral("-A") << hba;
                };
                g->call(
                    q({"iscsi", "adapter", "get"}),
                    [&s](const EsxcliValue& a) { s.iscsi.iqn = a.string(QStringLiteral("Name")); }, g);
                g->call(
                    q({"iscsi", "networkportal", "list"}),
                    [&s](const EsxcliValue& a) {
                        for (const EsxcliValue& p : a.records()) {
                            EsxiSnapshot::NetworkPortal np;
                            np.vmk = p.string(QStringLiteral("Vmknic"));
                            np.compliance = p.string(QStringLiteral("CompliantStatus"));
                            if (np.compliance.isEmpty())
                                np.compliance = p.string(QStringLiteral("Compliant"));
                            s.iscsi.boundVmks.append(np);
                        }
                    },
                    g);
                g->call(
                    q({"iscsi", "adapter", "discovery", "statictarget", "list"}),
                    [&s](const EsxcliValue& a) {
                        for (const EsxcliValue& t : a.records()) {
                            EsxiSnapshot::Target target;
                            const QString address = t.string(QStringLiteral("TargetAddress"));
                            target.address = address.section(u':', 0, 0);
                            target.port = address.section(u':', 1, 1).toInt();
                            if (target.port == 0)
                                target.port = 3260;
                            target.iqn = t.string(QStringLiteral("TargetName"));
                            s.iscsi.staticTargets.append(target);
                        }
                    },
                    g);
                g->call(
                    q({"iscsi", "adapter", "discovery", "sendtarget", "list"}),
                    [&s](const EsxcliValue& a) {
                        for (const EsxcliValue& t : a.records()) {
                            EsxiSnapshot::Target target;
                            const QString address = t.string(QStringLiteral("Sendtarget"));
                            target.address = address.section(u':', 0, 0);
                            target.port = address.section(u':', 1, 1).toInt();
                            if (target.port == 0)
                                target.port = 3260;
                            s.iscsi.sendTargets.append(target);
                        }
                    },
                    g);
                g->call(
                    q({"iscsi", "session", "connection", "list"}),
                    [&s](const EsxcliValue& a) {
                        for (const EsxcliValue& c : a.records()) {
                            EsxiSnapshot::Session session;
                            session.target = c.string(QStringLiteral("Target"));
                            session.isid = c.string(QStringLiteral("ISID"));
                            session.localAddress = c.string(QStringLiteral("LocalAddress"));
                            session.remoteAddress = c.string(QStringLiteral("ConnectionAddress"));
                            const int port = int(c.integer64(QStringLiteral("RemotePort"), 3260));
                            session.remotePort = port > 0 ? port : 3260;
                            s.iscsi.sessions.append(session);
                        }
                    },
                    g);
                g->call(
                    q({"iscsi", "adapter", "auth", "chap", "get"}),
                    [&s](const EsxcliValue& a) {
                        for (const EsxcliValue& c : a.records())
                            if (c.string(QStringLiteral("Direction")) == QLatin1String("uni")) {
                                s.iscsi.chapLevel = c.string(QStringLiteral("Level"));
                                s.iscsi.chapUser = c.string(QStringLiteral("Name"));
                            }
                    },
                    g);
            }
        },
        g);
    g->call(
        args("storage core device list"),
        [&s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                const QString id = r.string(QStringLiteral("Device"));
                EsxiSnapshot::Device* d = nullptr;
                for (auto& existing : s.devices)
                    if (existing.id == id)
                        d = &existing;
                if (!d) {
                    s.devices.append(EsxiSnapshot::Device{});
                    d = &s.devices.last();
                    d->id = id;
                }
                d->vendor = r.string(QStringLiteral("Vendor")).trimmed();
                d->model = r.string(QStringLiteral("Model")).trimmed();
                d->sizeMb = r.integer64(QStringLiteral("Size"));
                if (d->displayName.isEmpty())
                    d->displayName = r.string(QStringLiteral("DisplayName"));
            }
        },
        g);
    g->call(
        args("storage nmp device list"),
        [&s](const EsxcliValue& v) {
            static const QRegularExpression policy(QStringLiteral("\\bpolicy=(\\w+)"));
            static const QRegularExpression iops(QStringLiteral("\\biops=(\\d+)"));
            for (const EsxcliValue& r : v.records()) {
                const QString id = r.string(QStringLiteral("Device"));
                EsxiSnapshot::Device* d = nullptr;
                for (auto& existing : s.devices)
                    if (existing.id == id)
                        d = &existing;
                if (!d) {
                    s.devices.append(EsxiSnapshot::Device{});
                    d = &s.devices.last();
                    d->id = id;
                }
                d->displayName = r.string(QStringLiteral("DeviceDisplayName"));
                d->satp = r.string(QStringLiteral("StorageArrayType"));
                d->psp = r.string(QStringLiteral("PathSelectionPolicy"));
                d->pspConfig = r.string(QStringLiteral("PathSelectionPolicyDeviceConfig"));
                d->alua = d->satp == QLatin1String("VMW_SATP_ALUA") ||
                          r.string(QStringLiteral("StorageArrayTypeDeviceConfig"))
                              .contains(QLatin1String("TPG_id"));
                if (d->psp == QLatin1String("VMW_PSP_RR")) {
                    if (const auto m = policy.match(d->pspConfig); m.hasMatch())
                        d->rrType = m.captured(1);
                    if (const auto m = iops.match(d->pspConfig); m.hasMatch())
                        d->rrIops = m.captured(1).toInt();
                }
                d->workingPaths = r.strings(QStringLiteral("WorkingPaths"));
            }
        },
        g);
    g->call(
        args("storage core path list"),
        [&s](const EsxcliValue& v) {
            static const QRegularExpression iqn(QStringLiteral("\\bIQN=(\\S+)"));
            for (const EsxcliValue& r : v.records()) {
                EsxiSnapshot::Path p;
                p.runtimeName = r.string(QStringLiteral("RuntimeName"));
                p.name = r.string(QStringLiteral("UID"));
                p.device = r.string(QStringLiteral("Device"));
                p.adapter = r.string(QStringLiteral("Adapter"));
                p.state = r.string(QStringLiteral("State"));
                if (const auto m = iqn.match(r.string(QStringLiteral("TargetTransportDetails")));
                    m.hasMatch())
                    p.targetIqn = m.captured(1);
                p.isid = r.string(QStringLiteral("TargetIdentifier")).section(u',', 0, 0);
                s.paths.append(p);
            }
        },
        g);
    g->call(
        args("storage nmp satp rule list"),
        [&s](const EsxcliValue& v) {
            for (const EsxcliValue& r : v.records()) {
                if (r.string(QStringLiteral("RuleGroup")) != QLatin1String("user"))
                    continue; // system rules are not ours to touch
                EsxiSnapshot::SatpRule rule;
                rule.satp = r.string(QStringLiteral("Name"));
                rule.vendor = r.string(QStringLiteral("Vendor"));
                rule.model = r.string(QStringLiteral("Model"));
                rule.device = r.string(QStringLiteral("Device"));
                rule.psp = r.string(QStringLiteral("DefaultPSP"));
                rule.pspOptions = r.string(QStringLiteral("PSPOptions"));
                rule.claimOptions = r.string(QStringLiteral("ClaimOptions"));
                rule.description = r.string(QStringLiteral("Description"));
                rule.ruleGroup = r.string(QStringLiteral("RuleGroup"));
                s.satpRules.append(rule);
            }
        },
        g);
}

} // namespace mpio::esxi
