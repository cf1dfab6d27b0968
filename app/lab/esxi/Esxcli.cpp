#include "app/lab/esxi/Esxcli.h"

#include "app/lab/esxi/EsxcliFormatter.h"
#include "app/lab/esxi/IscsiInitiator.h"
#include "app/lab/shell/NetworkProbe.h"
#include "app/lab/world/StorageSide.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <functional>

namespace mpio::lab {

using namespace Qt::StringLiterals;

namespace {

using Vis = EsxcliField::Visibility;
using Shape = EsxcliResult::Shape;

struct Opt
{
    QString lng;
    QString shrt;
    bool flag = false;
    bool required = false;
};

class Args
{
public:
    QHash<QString, QString> values;
    bool has(const QString& l) const { return values.contains(l); }
    QString get(const QString& l) const { return values.value(l); }
};

struct Reply
{
    EsxcliResult result;
    QString error;
};

using Handler = std::function<Reply(EsxiContext&, const Args&)>;

struct Cmd
{
    QString path;
    QList<Opt> opts;
    Handler fn;
};

Reply fail(const QString& e)
{
    Reply r;
    r.error = e;
    return r;
}

Reply done(const QString& message = QString())
{
    Reply r;
    r.result.shape = Shape::None;
    r.result.message = message;
    return r;
}

Reply blocks(const QList<EsxcliRecord>& recs, bool single = false)
{
    Reply r;
    r.result.shape = Shape::Blocks;
    r.result.records = recs;
    r.result.single = single;
    return r;
}

Reply table(const QList<EsxcliRecord>& recs, const QStringList& columns)
{
    Reply r;
    r.result.shape = Shape::Table;
    r.result.records = recs;
    r.result.columns = columns;
    return r;
}

Opt req(const QString& l, const QString& s)
{
    return Opt{l, s, false, true};
}
Opt opt(const QString& l, const QString& s)
{
    return Opt{l, s, false, false};
}
Opt flag(const QString& l, const QString& s)
{
    return Opt{l, s, true, false};
}

bool parseBool(const QString& v, bool* out)
{
    const QString l = v.toLower();
    if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes")) {
        *out = true;
        return true;
    }
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no")) {
        *out = false;
        return true;
    }
    return false;
}

QString badValue(const QString& param, const QString& what)
{
    return u"Error: Invalid value for parameter '%1': %2"_s.arg(param, what);
}

bool isIpv4(const QString& s)
{
    QHostAddress a;
    return a.setAddress(s) && a.protocol() == QAbstractSocket::IPv4Protocol && s.count(QLatin1Char('.')) == 3;
}

QPair<QString, int> splitAddress(const QString& a)
{
    const int colon = int(a.lastIndexOf(QLatin1Char(':')));
    if (colon < 0)
        return {a, 3260};
    return {a.left(colon), a.mid(colon + 1).toInt()};
}

QString broadcast(const QString& ip, const QString& mask)
{
    QHostAddress a(ip), m(mask);
    if (a.isNull() || m.isNull())
        return u"0.0.0.0"_s;
    return QHostAddress((a.toIPv4Address() & m.toIPv4Address()) | ~m.toIPv4Address()).toString();
}

QString padRight(const QString& s, int n)
{
    return s.leftJustified(n, QLatin1Char(' '), false);
}

bool rrOn(const Device& d)
{
    return d.psp == QLatin1String("VMW_PSP_RR");
}

// ----- network ---------------------------------------------------------------------------------------

EsxcliRecord nicRecord(const EsxiHostState& h, const Vmnic& n)
{
    EsxcliRecord r;
    r.typeName = u"Nic"_s;
    const bool up = n.linkUp && n.adminUp;
    r.str(u"Name"_s, n.name)
        .str(u"PCI Device"_s, n.pciAddress)
        .str(u"Driver"_s, n.driver)
        .str(u"Admin Status"_s, n.adminUp ? u"Up"_s : u"Down"_s)
        .str(u"Link Status"_s, up ? u"Up"_s : u"Down"_s)
        .num(u"Speed"_s, up ? n.speedMbps : 0)
        .str(u"Duplex"_s, up ? n.duplex : u"Half"_s)
        .str(u"MAC Address"_s, n.mac)
        .num(u"MTU"_s, n.mtu)
        .str(u"Description"_s, n.description)
        // §1.3/§2.4: XML has both Link and LinkStatus; DPUId exists on 8.x only.
        .str(u"Link"_s, up ? u"Up"_s : u"Down"_s, Vis::MachineOnly);
    if (!h.isEsxi7())
        r.str(u"DPU Id"_s, u"N/A"_s, Vis::MachineOnly).key(u"DPUId"_s);
    return r;
}

QStringList vswitchPortgroups(const EsxiHostState& h, const QString& vs)
{
    QStringList out;
    for (const auto& pg : h.portGroups)
        if (pg.vswitch == vs)
            out << pg.name;
    return out;
}

int vmksOn(const EsxiHostState& h, const QString& vs)
{
    int n = 0;
    for (const auto& v : h.vmks)
        for (const auto& pg : h.portGroups)
            if (pg.name == v.portGroup && pg.vswitch == vs)
                ++n;
    return n;
}

EsxcliRecord vswitchRecord(const EsxiHostState& h, const VSwitch& vs)
{
    EsxcliRecord r;
    r.typeName = u"VirtualSwitch"_s;
    r.header = vs.name;
    r.str(u"Name"_s, vs.name)
        .str(u"Class"_s, u"etherswitch"_s)
        .num(u"Num Ports"_s, vs.numPorts)
        .num(u"Used Ports"_s, 1 + vs.uplinks.size() + vmksOn(h, vs.name))
        .num(u"Configured Ports"_s, vs.numPorts)
        .num(u"MTU"_s, vs.mtu)
        .str(u"CDP Status"_s, u"listen"_s)
        .boolean(u"Beacon Enabled"_s, false)
        .num(u"Beacon Interval"_s, 1)
        .num(u"Beacon Threshold"_s, 3)
        .strList(u"Beacon Required By"_s, {})
        .strList(u"Uplinks"_s, vs.uplinks)
        .strList(u"Portgroups"_s, vswitchPortgroups(h, vs.name));
    return r;
}

QString lbDisplay(const QString& v)
{
    // `set -l` takes portid|mac|iphash|explicit; `get` prints the policy names (§2.2, unverified detail).
    if (v == QLatin1String("portid"))
        return u"srcport"_s;
    if (v == QLatin1String("mac"))
        return u"srcmac"_s;
    return v;
}

Reply failoverSet(EsxiContext& ctx, const Args& a, QStringList* active, QStringList* standby,
                  const QStringList& uplinks, QString* lb, bool* notify, bool* failback)
{
    auto parseList = [](const QString& v) {
        QStringList out;
        for (const auto& s : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    };
    QStringList act = a.has(u"active-uplinks"_s) ? parseList(a.get(u"active-uplinks"_s)) : *active;
    QStringList stb = a.has(u"standby-uplinks"_s) ? parseList(a.get(u"standby-uplinks"_s)) : *standby;
    if (a.has(u"active-uplinks"_s) && !a.has(u"standby-uplinks"_s)) {
        // §2.2 open question: the lab keeps the previous standby list minus the new active uplinks, so a
        // client must clear it explicitly (--standby-uplinks='') and verify with `get`.
        for (const auto& x : act)
            stb.removeAll(x);
    }
    for (const auto& u : act + stb)
        if (!uplinks.contains(u))
            return fail(u"Error: Uplink %1 is not a valid uplink for this virtual switch."_s.arg(u));
    for (const auto& u : act)
        if (stb.contains(u))
            return fail(u"Error: Uplink %1 cannot be both active and standby."_s.arg(u));
    if (a.has(u"load-balancing"_s)) {
        const QString v = a.get(u"load-balancing"_s);
        static const QStringList ok{u"explicit"_s, u"iphash"_s, u"mac"_s, u"portid"_s};
        if (!ok.contains(v))
            return fail(badValue(u"load-balancing"_s, u"expected one of explicit, iphash, mac, portid"_s));
        *lb = lbDisplay(v);
    }
    bool b = false;
    if (a.has(u"notify-switches"_s)) {
        if (!parseBool(a.get(u"notify-switches"_s), &b))
            return fail(badValue(u"notify-switches"_s, u"expected a boolean"_s));
        *notify = b;
    }
    if (a.has(u"failback"_s)) {
        if (!parseBool(a.get(u"failback"_s), &b))
            return fail(badValue(u"failback"_s, u"expected a boolean"_s));
        *failback = b;
    }
    Q_UNUSED(ctx);
    *active = act;
    *standby = stb;
    return done();
}

EsxcliRecord vmkRecord(const EsxiHostState& h, const Vmk& v, int index)
{
    EsxcliRecord r;
    r.typeName = u"NetworkInterface"_s;
    r.header = v.name;
    const PortGroup* pg = nullptr;
    for (const auto& p : h.portGroups)
        if (p.name == v.portGroup)
            pg = &p;
    const bool esxi9 = h.version.startsWith(QLatin1String("9."));
    qint64 portId = v.portId;
    if (portId == 0)
        portId = 33554436 + index * 2; // vmk ports on a standard vSwitch (0x2000004…)
    r.str(u"Name"_s, v.name)
        .str(u"MAC Address"_s, v.mac)
        .boolean(u"Enabled"_s, v.enabled)
        .str(u"Portset"_s, pg ? pg->vswitch : u"N/A"_s)
        .str(u"Portgroup"_s, v.portGroup)
        .str(u"Netstack Instance"_s, v.netstack)
        .str(u"VDS Name"_s, u"N/A"_s)
        .str(u"VDS UUID"_s, u"N/A"_s)
        .str(u"VDS Port"_s, u"N/A"_s)
        .num(u"VDS Connection"_s, -1)
        .str(u"Opaque Network ID"_s, u"N/A"_s)
        .str(u"Opaque Network Type"_s, u"N/A"_s)
        .str(u"External ID"_s, u"N/A"_s)
        .num(u"MTU"_s, v.mtu)
        .num(u"TSO MSS"_s, 65535);
    // S-OG (ESXi 9) shows RXDispQueue Size and URPF; the 6.5-era S-VSANDOC record does not (§2.3).
    if (esxi9)
        r.num(u"RXDispQueue Size"_s, 4);
    r.num(u"Port ID"_s, portId);
    if (esxi9)
        r.num(u"URPF"_s, 0);
    return r;
}

// ----- iscsi -----------------------------------------------------------------------------------------

Reply needAdapter(EsxiContext& ctx, const Args& a)
{
    const QString name = a.get(u"adapter"_s);
    if (!ctx.host->iscsi.enabled || name != ctx.host->iscsi.name)
        return fail(u"Error: Invalid adapter %1"_s.arg(name)); // [unverified wording]
    return done();
}

EsxcliRecord portalRecord(EsxiHostState& h, const QString& vmkName)
{
    const Vmk* v = h.vmk(vmkName);
    const PortGroup* pg = v ? h.portGroup(v->portGroup) : nullptr;
    QString why;
    const bool ok = IscsiInitiator::compliant(h, vmkName, &why);
    const QStringList active = pg ? IscsiInitiator::effectiveActive(h, *pg) : QStringList();
    const Vmnic* nic = active.isEmpty() ? nullptr : h.vmnic(active.first());
    bool anyPath = false;
    for (const auto& p : h.paths)
        if (p.vmk == vmkName && p.state == QLatin1String("active"))
            anyPath = true;
    EsxcliRecord r;
    r.typeName = u"NetworkPortal"_s;
    r.header = h.iscsi.name;
    r.str(u"Adapter"_s, h.iscsi.name)
        .str(u"Vmknic"_s, vmkName)
        .str(u"MAC Address"_s, v ? v->mac : QString())
        .boolean(u"MAC Address Valid"_s, v && !v->mac.isEmpty())
        .str(u"IPv4"_s, v ? v->ipv4 : QString())
        .str(u"IPv4 Subnet Mask"_s, v ? v->netmask : QString())
        .str(u"IPv6"_s, QString())
        .num(u"MTU"_s, v ? v->mtu : 0)
        .boolean(u"Vlan Supported"_s, true)
        .num(u"Vlan ID"_s, pg ? pg->vlanId : 0)
        .str(u"Reserved Ports"_s, u"63488~65536"_s)
        .boolean(u"TOE"_s, false)
        .boolean(u"TSO"_s, true)
        .boolean(u"TCP Checksum"_s, false)
        .boolean(u"Link Up"_s, nic && nic->linkUp)
        .num(u"Current Speed"_s, nic && nic->linkUp ? nic->speedMbps : 0)
        .unum(u"Rx Packets"_s, nic ? nic->rxPackets : 0)
        .unum(u"Tx Packets"_s, nic ? nic->txPackets : 0)
        .str(u"NIC Driver"_s, nic ? nic->driver : QString())
        .str(u"NIC Driver Version"_s, nic ? nic->driverVersion : QString())
        .str(u"NIC Firmware Version"_s, nic ? nic->firmwareVersion : QString())
        .str(u"Compliant Status"_s, ok ? u"compliant"_s : u"noncompliant"_s)
        .str(u"NonCompliant Message"_s, ok ? QString() : why)
        .str(u"NonCompliant Remedy"_s,
             ok ? QString() : u"Set exactly one active uplink and no standby uplinks on the port group."_s)
        .str(u"Vswitch"_s, pg ? pg->vswitch : QString())
        .str(u"PortGroup"_s, pg ? pg->name : QString())
        .str(u"VswitchUuid"_s, QString())
        .str(u"PortGroupKey"_s, QString())
        .str(u"PortKey"_s, QString())
        .str(u"Duplex"_s, QString())
        .str(u"Path Status"_s, anyPath ? u"active"_s : u"not used"_s);
    return r;
}

struct ParamDef
{
    const char* name;
    const char* def;
    const char* min;
    const char* max;
    bool settable;
};

// §4.6 (S-VH ESXi 5.x values; re-read on 8.0 U3 before trusting ranges).
const ParamDef kParams[] = {
    {"ErrorRecoveryLevel", "0", "0", "2", false},
    {"InitialLoginRetryMax", "4", "0", "64", false},
    {"InitialR2T", "false", "na", "na", false},
    {"FirstBurstLength", "262144", "512", "16777215", true},
    {"MaxBurstLength", "262144", "512", "16777215", true},
    {"MaxRecvDataSegment", "131072", "512", "16777215", true},
    {"MaxOutstandingR2T", "1", "1", "8", true},
    {"MaxCmds", "128", "2", "2048", false},
    {"ImmediateData", "true", "na", "na", false},
    {"DefaultTime2Retain", "0", "0", "60", false},
    {"DefaultTime2Wait", "2", "0", "60", false},
    {"LoginTimeout", "5", "1", "60", true},
    {"LogoutTimeout", "15", "0", "60", false},
    {"NoopOutInterval", "15", "1", "60", true},
    {"NoopOutTimeout", "10", "10", "30", true},
    {"RecoveryTimeout", "10", "1", "120", true},
    {"DelayedAck", "true", "na", "na", true},
    {"HeaderDigest", "prohibited", "na", "na", true},
    {"DataDigest", "prohibited", "na", "na", true},
};

QString paramCurrent(const IscsiAdapter& ad, const QString& key, const QString& def)
{
    if (key == QLatin1String("LoginTimeout"))
        return QString::number(ad.loginTimeout);
    if (key == QLatin1String("NoopOutInterval"))
        return QString::number(ad.noopOutInterval);
    if (key == QLatin1String("NoopOutTimeout"))
        return QString::number(ad.noopOutTimeout);
    if (key == QLatin1String("RecoveryTimeout"))
        return QString::number(ad.recoveryTimeout);
    if (key == QLatin1String("DelayedAck"))
        return ad.delayedAck ? u"true"_s : u"false"_s;
    return def;
}

QList<const IscsiSession*> liveSessions(const EsxiHostState& h, const Args& a)
{
    QList<const IscsiSession*> out;
    for (const auto& s : h.sessions) {
        if (!s.loggedIn)
            continue;
        if (a.has(u"adapter"_s) && a.get(u"adapter"_s) != s.adapter)
            continue;
        if (a.has(u"name"_s) && a.get(u"name"_s) != s.targetIqn)
            continue;
        if (a.has(u"isid"_s) && a.get(u"isid"_s) != s.isid)
            continue;
        out << &s;
    }
    return out;
}

// ----- storage ---------------------------------------------------------------------------------------

QList<Device*> visibleDevices(EsxiHostState& h, const Args& a, QString* error)
{
    QList<Device*> out;
    const QString want = a.get(u"device"_s);
    for (auto& d : h.devices) {
        if (!d.claimed)
            continue; // §5.4: a device whose claim failed is not registered
        if (!want.isEmpty() && d.naa != want)
            continue;
        out << &d;
    }
    if (!want.isEmpty() && out.isEmpty() && error)
        *error = u"Error: Unknown device %1"_s.arg(want); // [unverified wording]
    return out;
}

QList<Path*> visiblePaths(EsxiHostState& h, const Args& a, QString* error)
{
    QList<Path*> out;
    const QString dev = a.get(u"device"_s);
    const QString path = a.get(u"path"_s);
    for (auto& p : h.paths) {
        const Device* d = h.device(p.device);
        if (!d || !d->claimed)
            continue;
        if (!dev.isEmpty() && p.device != dev)
            continue;
        if (!path.isEmpty() && p.runtimeName != path)
            continue;
        out << &p;
    }
    if (out.isEmpty() && error) {
        if (!path.isEmpty())
            *error = u"Error: Unable to find path %1"_s.arg(path);
        else if (!dev.isEmpty())
            *error = u"Error: Unknown device %1"_s.arg(dev);
    }
    return out;
}

QString satpDeviceConfig(const Device& d)
{
    if (d.satp == QLatin1String("VMW_SATP_ALUA"))
        return u"{implicit_support=on;explicit_support=off; explicit_allow=on;alua_followover=on; "
               "action_OnRetryErrors=off; {TPG_id=0,TPG_state=AO}}"_s;
    return u"{action_OnRetryErrors=off}"_s;
}

QString pspDeviceConfig(const EsxiHostState& h, const Device& d)
{
    const QStringList working = IscsiInitiator::workingPaths(h, d.naa);
    if (d.psp == QLatin1String("VMW_PSP_FIXED")) {
        const QString pref = d.preferredPath.isEmpty() ? d.currentPath : d.preferredPath;
        return u"{preferred=%1;current=%2}"_s.arg(pref, d.currentPath);
    }
    if (d.psp == QLatin1String("VMW_PSP_MRU"))
        return u"Current Path=%1"_s.arg(d.currentPath);
    if (rrOn(d)) {
        const QString policy = d.rrLimitType == QLatin1String("Iops")    ? u"iops"_s
                               : d.rrLimitType == QLatin1String("Bytes") ? u"bytes"_s
                                                                         : u"rr"_s;
        const int last = d.rrLastPathIndex >= 0 ? d.rrLastPathIndex : std::max(0, int(working.size()) - 1);
        return u"{policy=%1,iops=%2,bytes=%3,useANO=%4; lastPathIndex=%5: NumIOsPending=0,numBytesPending=0}"_s
            .arg(policy)
            .arg(d.rrIops)
            .arg(d.rrBytes)
            .arg(d.rrUseAno ? 1 : 0)
            .arg(last);
    }
    return QString();
}

EsxcliRecord nmpDeviceRecord(const EsxiHostState& h, const Device& d)
{
    EsxcliRecord r;
    r.typeName = u"NMPDevice"_s;
    r.header = d.naa;
    r.str(u"Device"_s, d.naa, Vis::MachineOnly)
        .str(u"Device Display Name"_s, IscsiInitiator::displayName(d))
        .str(u"Storage Array Type"_s, d.satp)
        .str(u"Storage Array Type Device Config"_s, satpDeviceConfig(d))
        .str(u"Path Selection Policy"_s, d.psp)
        .str(u"Path Selection Policy Device Config"_s, pspDeviceConfig(h, d))
        .str(u"Path Selection Policy Device Custom Config"_s, QString())
        // §5.1: FIXED/MRU list only the path in use (S-EL MRU, S-JW FIXED); RR lists every active path.
        .strList(u"Working Paths"_s, rrOn(d)                   ? IscsiInitiator::workingPaths(h, d.naa)
                                     : d.currentPath.isEmpty() ? QStringList()
                                                               : QStringList{d.currentPath})
        .boolean(u"Is USB"_s, false)
        .key(u"IsUSB"_s);
    return r;
}

void statCounters(EsxcliRecord& r, quint64 reads, quint64 writes, quint64 other, quint64 bRead,
                  quint64 bWritten, quint64 reserve, quint64 conflicts, quint64 fReads, quint64 fWrites,
                  quint64 fOther, quint64 fbRead, quint64 fbWritten, quint64 fReserve)
{
    // §6.1 field set and order; counters are cumulative 64-bit values.
    r.unum(u"Successful Commands"_s, reads + writes + other)
        .unum(u"Blocks Read"_s, bRead)
        .unum(u"Blocks Written"_s, bWritten)
        .unum(u"Read Operations"_s, reads)
        .unum(u"Write Operations"_s, writes)
        .unum(u"Reserve Operations"_s, reserve)
        .unum(u"Reservation Conflicts"_s, conflicts)
        .unum(u"Failed Commands"_s, fReads + fWrites + fOther)
        .unum(u"Failed Blocks Read"_s, fbRead)
        .unum(u"Failed Blocks Written"_s, fbWritten)
        .unum(u"Failed Read Operations"_s, fReads)
        .unum(u"Failed Write Operations"_s, fWrites)
        .unum(u"Failed Reserve Operations"_s, fReserve);
}

bool validPsp(const QString& p)
{
    static const QStringList psps{u"VMW_PSP_RR"_s, u"VMW_PSP_FIXED"_s, u"VMW_PSP_MRU"_s};
    return psps.contains(p);
}

bool validSatp(const QString& s)
{
    static const QStringList satps{u"VMW_SATP_ALUA"_s, u"VMW_SATP_MSA"_s,     u"VMW_SATP_DEFAULT_AP"_s,
                                   u"VMW_SATP_SVC"_s,  u"VMW_SATP_EQL"_s,     u"VMW_SATP_INV"_s,
                                   u"VMW_SATP_EVA"_s,  u"VMW_SATP_ALUA_CX"_s, u"VMW_SATP_SYMM"_s,
                                   u"VMW_SATP_CX"_s,   u"VMW_SATP_LSI"_s,     u"VMW_SATP_DEFAULT_AA"_s,
                                   u"VMW_SATP_LOCAL"_s};
    return satps.contains(s);
}

#include "EsxcliCommands.inc"

} // namespace

QStringList Esxcli::commandPaths()
{
    QStringList out;
    for (const auto& c : commands())
        out << c.path;
    return out;
}

CommandOutput Esxcli::run(EsxiContext& ctx, const QStringList& argsIn)
{
    CommandOutput out;
    QStringList args = argsIn;
    QString formatter;
    QStringList fields;
    bool showHeader = true;
    // §1.1: --formatter is a global option and comes before the namespace.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString g = args.takeFirst();
        if (g.startsWith(QLatin1String("--formatter="))) {
            formatter = g.mid(12);
        } else if (g == QLatin1String("--formatter") && !args.isEmpty()) {
            formatter = args.takeFirst();
        } else if (g.startsWith(QLatin1String("--format-param"))) {
            QString p = g.startsWith(QLatin1String("--format-param=")) ? g.mid(15)
                        : args.isEmpty()                               ? QString()
                                                                       : args.takeFirst();
            p.remove(QLatin1Char('"'));
            if (p.startsWith(QLatin1String("fields=")))
                fields = p.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
            else if (p == QLatin1String("show-header=false"))
                showHeader = false;
        } else if (g == QLatin1String("--debug")) {
        } else {
            out.out = u"Error: Invalid option %1\n"_s.arg(g).toUtf8();
            out.exitCode = 1;
            return out;
        }
    }
    if (!formatter.isEmpty() && !EsxcliFormatter::isKnown(formatter)) {
        out.out = u"Error: Unknown formatter %1. Available formatters: xml, csv, keyvalue.\n"_s.arg(formatter)
                      .toUtf8();
        out.exitCode = 1;
        return out;
    }
    // Longest command path that prefixes the arguments.
    const Cmd* cmd = nullptr;
    int used = 0;
    for (const auto& c : commands()) {
        const QStringList p = c.path.split(QLatin1Char(' '));
        if (p.size() <= args.size() && args.mid(0, p.size()) == p && int(p.size()) > used) {
            cmd = &c;
            used = int(p.size());
        }
    }
    if (!cmd) {
        // A namespace prefix prints its usage; anything else is unknown.
        QStringList words;
        for (const auto& a : args) {
            if (a.startsWith(QLatin1Char('-')))
                break;
            words << a;
        }
        const QString prefix = words.join(QLatin1Char(' '));
        QSet<QString> children;
        for (const auto& c : commands()) {
            if (prefix.isEmpty() || c.path.startsWith(prefix + QLatin1Char(' '))) {
                const QStringList rest =
                    c.path.mid(prefix.isEmpty() ? 0 : prefix.size() + 1).split(QLatin1Char(' '));
                children.insert(rest.first());
            }
        }
        if (children.isEmpty()) {
            out.out = u"Error: Unknown command or namespace %1\n"_s.arg(prefix).toUtf8();
            out.exitCode = 1;
            return out;
        }
        QStringList names(children.begin(), children.end());
        names.sort();
        QString usage = u"Usage: esxcli %1{cmd} [cmd options]\n\nAvailable Namespaces/Commands:\n"_s.arg(
            prefix.isEmpty() ? QString() : prefix + QLatin1Char(' '));
        for (const auto& n : names)
            usage += u"  "_s + n + QLatin1Char('\n');
        out.out = usage.toUtf8();
        return out;
    }
    Args parsed;
    const QStringList rest = args.mid(used);
    for (int i = 0; i < rest.size(); ++i) {
        const QString t = rest[i];
        const Opt* o = nullptr;
        QString value;
        bool hasValue = false;
        if (t.startsWith(QLatin1String("--"))) {
            const QString name = t.mid(2).section(QLatin1Char('='), 0, 0);
            for (const auto& x : cmd->opts)
                if (x.lng == name)
                    o = &x;
            if (t.contains(QLatin1Char('='))) {
                value = t.section(QLatin1Char('='), 1);
                hasValue = true;
            }
        } else if (t.startsWith(QLatin1Char('-')) && t.size() >= 2) {
            const QString s = t.mid(1, 1);
            for (const auto& x : cmd->opts)
                if (x.shrt == s)
                    o = &x;
            if (t.size() > 2) {
                value = t.mid(2);
                if (value.startsWith(QLatin1Char('=')))
                    value = value.mid(1);
                hasValue = true;
            }
        }
        if (!o) {
            out.out = u"Error: Invalid option %1\n"_s.arg(t.section(QLatin1Char('='), 0, 0)).toUtf8();
            out.exitCode = 1;
            return out;
        }
        if (o->flag) {
            parsed.values.insert(o->lng, hasValue ? value : u"true"_s);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= rest.size()) {
                out.out = u"Error: Missing value for option -%1|--%2\n"_s.arg(o->shrt, o->lng).toUtf8();
                out.exitCode = 1;
                return out;
            }
            value = rest[++i];
        }
        parsed.values.insert(o->lng, value);
    }
    for (const auto& o : cmd->opts)
        if (o.required && !parsed.has(o.lng)) {
            out.out = u"Error: Missing required parameter -%1|--%2\n"_s.arg(o.shrt, o.lng).toUtf8();
            out.exitCode = 1;
            return out;
        }
    const Reply r = cmd->fn(ctx, parsed);
    if (!r.error.isEmpty()) {
        out.out = (r.error + QLatin1Char('\n')).toUtf8();
        out.exitCode = 1;
        return out;
    }
    EsxcliResult result = r.result;
    for (QString& f : fields)
        f.remove(QLatin1Char(' '));
    result.fieldSelection = fields;
    result.showHeader = showHeader;
    out.out = EsxcliFormatter::format(result, formatter);
    return out;
}

} // namespace mpio::lab
