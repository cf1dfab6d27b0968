#include "app/lab/world/EsxiHostJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace mpio::lab {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

template<typename T, typename Fn>
QList<T> readList(JsonCursor& parent, const QString& key, QStringList* errors, Fn fn)
{
    QList<T> out;
    const QJsonArray a = parent.array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = parent.childPath(key) + QStringLiteral("[%1]").arg(i);
        if (!a.at(i).isObject()) {
            errors->append(p + QStringLiteral(": expected an object"));
            continue;
        }
        JsonCursor c(a.at(i).toObject(), p, errors);
        out.append(fn(c));
        c.finish();
    }
    return out;
}

template<typename T, typename Key> QList<T> sortedBy(QList<T> list, Key key)
{
    std::stable_sort(list.begin(), list.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
    return list;
}

Vmnic readVmnic(JsonCursor& c)
{
    Vmnic n;
    n.name = c.string(QStringLiteral("name"), {}, true);
    n.pciAddress = c.string(QStringLiteral("pciAddress"));
    n.driver = c.string(QStringLiteral("driver"), n.driver);
    n.adminUp = c.boolean(QStringLiteral("adminUp"), n.adminUp);
    n.linkUp = c.boolean(QStringLiteral("linkUp"), n.linkUp);
    n.speedMbps = c.integer(QStringLiteral("speedMbps"), n.speedMbps, 0, 400000);
    n.duplex = c.string(QStringLiteral("duplex"), n.duplex);
    n.mac = c.string(QStringLiteral("mac"));
    n.mtu = c.integer(QStringLiteral("mtu"), n.mtu, 1280, 9000);
    n.description = c.string(QStringLiteral("description"), n.description);
    n.driverVersion = c.string(QStringLiteral("driverVersion"), n.driverVersion);
    n.firmwareVersion = c.string(QStringLiteral("firmwareVersion"), n.firmwareVersion);
    n.rxPackets = c.bigNumber(QStringLiteral("rxPackets"), 0);
    n.txPackets = c.bigNumber(QStringLiteral("txPackets"), 0);
    return n;
}

VSwitch readVSwitch(JsonCursor& c)
{
    VSwitch s;
    s.name = c.string(QStringLiteral("name"), {}, true);
    s.mtu = c.integer(QStringLiteral("mtu"), s.mtu, 1280, 9000);
    s.numPorts = c.integer(QStringLiteral("numPorts"), s.numPorts, 1, 65536);
    s.uplinks = c.stringList(QStringLiteral("uplinks"));
    s.activeUplinks = c.stringList(QStringLiteral("activeUplinks"));
    s.standbyUplinks = c.stringList(QStringLiteral("standbyUplinks"));
    s.loadBalancing = c.string(QStringLiteral("loadBalancing"), s.loadBalancing);
    s.notifySwitches = c.boolean(QStringLiteral("notifySwitches"), s.notifySwitches);
    s.failback = c.boolean(QStringLiteral("failback"), s.failback);
    return s;
}

PortGroup readPortGroup(JsonCursor& c)
{
    PortGroup g;
    g.name = c.string(QStringLiteral("name"), {}, true);
    g.vswitch = c.string(QStringLiteral("vswitch"), {}, true);
    g.vlanId = c.integer(QStringLiteral("vlanId"), 0, 0, 4095);
    g.overrideFailover = c.boolean(QStringLiteral("overrideFailover"), false);
    g.activeUplinks = c.stringList(QStringLiteral("activeUplinks"));
    g.standbyUplinks = c.stringList(QStringLiteral("standbyUplinks"));
    return g;
}

Vmk readVmk(JsonCursor& c)
{
    Vmk v;
    v.name = c.string(QStringLiteral("name"), {}, true);
    v.portGroup = c.string(QStringLiteral("portGroup"), {}, true);
    v.ipv4 = c.string(QStringLiteral("ipv4"));
    v.netmask = c.string(QStringLiteral("netmask"));
    v.addressType =
        c.string(QStringLiteral("addressType"), v.ipv4.isEmpty() ? QStringLiteral("NONE") : v.addressType);
    v.gateway = c.string(QStringLiteral("gateway"), v.gateway);
    v.mtu = c.integer(QStringLiteral("mtu"), v.mtu, 1280, 9000);
    v.mac = c.string(QStringLiteral("mac"));
    v.enabled = c.boolean(QStringLiteral("enabled"), true);
    v.netstack = c.string(QStringLiteral("netstack"), v.netstack);
    v.tags = c.stringList(QStringLiteral("tags"));
    v.portId = qint64(c.bigNumber(QStringLiteral("portId"), 0));
    return v;
}

Chap readChap(JsonCursor& c)
{
    Chap x;
    x.level = c.string(QStringLiteral("level"), x.level);
    x.name = c.string(QStringLiteral("name"));
    x.secret = c.string(QStringLiteral("secret"));
    return x;
}

IscsiAdapter readIscsi(JsonCursor& c, QStringList* errors)
{
    IscsiAdapter a;
    a.enabled = c.boolean(QStringLiteral("enabled"), false);
    a.name = c.string(QStringLiteral("name"), a.name);
    a.iqn = c.string(QStringLiteral("iqn"));
    a.alias = c.string(QStringLiteral("alias"));
    a.boundVmks = c.stringList(QStringLiteral("boundVmks"));
    a.staticTargets = readList<StaticTarget>(c, QStringLiteral("staticTargets"), errors, [](JsonCursor& t) {
        StaticTarget s;
        s.address = t.string(QStringLiteral("address"), {}, true);
        s.port = t.integer(QStringLiteral("port"), 3260, 1, 65535);
        s.iqn = t.string(QStringLiteral("iqn"), {}, true);
        return s;
    });
    a.sendTargets = readList<SendTarget>(c, QStringLiteral("sendTargets"), errors, [](JsonCursor& t) {
        SendTarget s;
        s.address = t.string(QStringLiteral("address"), {}, true);
        s.port = t.integer(QStringLiteral("port"), 3260, 1, 65535);
        return s;
    });
    if (c.has(QStringLiteral("chapUni"))) {
        JsonCursor cc(c.object(QStringLiteral("chapUni")), c.childPath(QStringLiteral("chapUni")), errors);
        a.chapUni = readChap(cc);
        cc.finish();
    }
    if (c.has(QStringLiteral("chapMutual"))) {
        JsonCursor cc(c.object(QStringLiteral("chapMutual")), c.childPath(QStringLiteral("chapMutual")),
                      errors);
        a.chapMutual = readChap(cc);
        cc.finish();
    }
    a.loginTimeout = c.integer(QStringLiteral("loginTimeout"), a.loginTimeout, 1, 60);
    a.noopOutInterval = c.integer(QStringLiteral("noopOutInterval"), a.noopOutInterval, 1, 60);
    a.noopOutTimeout = c.integer(QStringLiteral("noopOutTimeout"), a.noopOutTimeout, 10, 30);
    a.recoveryTimeout = c.integer(QStringLiteral("recoveryTimeout"), a.recoveryTimeout, 1, 120);
    a.delayedAck = c.boolean(QStringLiteral("delayedAck"), a.delayedAck);
    return a;
}

IscsiSession readSession(JsonCursor& c)
{
    IscsiSession s;
    s.adapter = c.string(QStringLiteral("adapter"), s.adapter);
    s.targetIqn = c.string(QStringLiteral("targetIqn"), {}, true);
    s.isid = c.string(QStringLiteral("isid"));
    s.tsih = c.string(QStringLiteral("tsih"));
    s.vmk = c.string(QStringLiteral("vmk"));
    s.localIp = c.string(QStringLiteral("localIp"));
    s.portalIp = c.string(QStringLiteral("portalIp"), {}, true);
    s.portalPort = c.integer(QStringLiteral("portalPort"), 3260, 1, 65535);
    s.loggedIn = c.boolean(QStringLiteral("loggedIn"), true);
    s.failureReason = c.string(QStringLiteral("failureReason"));
    s.tpgt = c.integer(QStringLiteral("tpgt"), 1, 0, 65535);
    s.isidCreated = c.string(QStringLiteral("isidCreated"));
    return s;
}

Device readDevice(JsonCursor& c)
{
    Device d;
    d.naa = c.string(QStringLiteral("naa"), {}, true);
    d.displayName = c.string(QStringLiteral("displayName"));
    d.vendor = c.string(QStringLiteral("vendor"), d.vendor);
    d.model = c.string(QStringLiteral("model"), d.model);
    d.revision = c.string(QStringLiteral("revision"), d.revision);
    d.sizeBytes = c.bigNumber(QStringLiteral("sizeBytes"), 0);
    d.blockSize = c.integer(QStringLiteral("blockSize"), 512, 512, 4096);
    d.tpgs = c.boolean(QStringLiteral("tpgs"), false);
    d.claimed = c.boolean(QStringLiteral("claimed"), true);
    d.satp = c.string(QStringLiteral("satp"), QStringLiteral("VMW_SATP_DEFAULT_AA"));
    d.psp = c.string(QStringLiteral("psp"), QStringLiteral("VMW_PSP_FIXED"));
    d.rrLimitType = c.string(QStringLiteral("rrLimitType"), d.rrLimitType);
    d.rrIops = static_cast<quint32>(c.bigNumber(QStringLiteral("rrIops"), d.rrIops));
    d.rrBytes = c.bigNumber(QStringLiteral("rrBytes"), d.rrBytes);
    d.preferredPath = c.string(QStringLiteral("preferredPath"));
    d.currentPath = c.string(QStringLiteral("currentPath"));
    d.apd = c.boolean(QStringLiteral("apd"), false);
    d.readOps = c.bigNumber(QStringLiteral("readOps"), 0);
    d.writeOps = c.bigNumber(QStringLiteral("writeOps"), 0);
    d.blocksRead = c.bigNumber(QStringLiteral("blocksRead"), 0);
    d.blocksWritten = c.bigNumber(QStringLiteral("blocksWritten"), 0);
    d.failedReads = c.bigNumber(QStringLiteral("failedReads"), 0);
    d.failedWrites = c.bigNumber(QStringLiteral("failedWrites"), 0);
    d.otherCommands = c.bigNumber(QStringLiteral("otherCommands"), 0);
    d.failedOtherCommands = c.bigNumber(QStringLiteral("failedOtherCommands"), 0);
    d.failedBlocksRead = c.bigNumber(QStringLiteral("failedBlocksRead"), 0);
    d.failedBlocksWritten = c.bigNumber(QStringLiteral("failedBlocksWritten"), 0);
    d.reserveOps = c.bigNumber(QStringLiteral("reserveOps"), 0);
    d.reservationConflicts = c.bigNumber(QStringLiteral("reservationConflicts"), 0);
    d.failedReserveOps = c.bigNumber(QStringLiteral("failedReserveOps"), 0);
    d.rrLastPathIndex = c.integer(QStringLiteral("rrLastPathIndex"), -1, -1, 1024);
    d.claimRuleSatp = c.string(QStringLiteral("claimRuleSatp"));
    d.rrUseAno = c.boolean(QStringLiteral("rrUseAno"), false);
    return d;
}

Path readPath(JsonCursor& c)
{
    Path p;
    p.runtimeName = c.string(QStringLiteral("runtimeName"), {}, true);
    p.device = c.string(QStringLiteral("device"), {}, true);
    p.adapter = c.string(QStringLiteral("adapter"), p.adapter);
    p.channel = c.integer(QStringLiteral("channel"), 0, 0, 255);
    p.target = c.integer(QStringLiteral("target"), 0, 0, 255);
    p.lun = c.integer(QStringLiteral("lun"), 0, 0, 16383);
    p.state = c.string(QStringLiteral("state"), p.state);
    p.targetIqn = c.string(QStringLiteral("targetIqn"));
    p.portalIp = c.string(QStringLiteral("portalIp"));
    p.portalPort = c.integer(QStringLiteral("portalPort"), 3260, 1, 65535);
    p.vmk = c.string(QStringLiteral("vmk"));
    p.localIp = c.string(QStringLiteral("localIp"));
    p.preferred = c.boolean(QStringLiteral("preferred"), false);
    p.readOps = c.bigNumber(QStringLiteral("readOps"), 0);
    p.writeOps = c.bigNumber(QStringLiteral("writeOps"), 0);
    p.blocksRead = c.bigNumber(QStringLiteral("blocksRead"), 0);
    p.blocksWritten = c.bigNumber(QStringLiteral("blocksWritten"), 0);
    p.failedReads = c.bigNumber(QStringLiteral("failedReads"), 0);
    p.failedWrites = c.bigNumber(QStringLiteral("failedWrites"), 0);
    p.isid = c.string(QStringLiteral("isid"));
    p.tpgt = c.integer(QStringLiteral("tpgt"), 1, 0, 65535);
    p.otherCommands = c.bigNumber(QStringLiteral("otherCommands"), 0);
    p.failedOtherCommands = c.bigNumber(QStringLiteral("failedOtherCommands"), 0);
    p.failedBlocksRead = c.bigNumber(QStringLiteral("failedBlocksRead"), 0);
    p.failedBlocksWritten = c.bigNumber(QStringLiteral("failedBlocksWritten"), 0);
    p.reserveOps = c.bigNumber(QStringLiteral("reserveOps"), 0);
    p.reservationConflicts = c.bigNumber(QStringLiteral("reservationConflicts"), 0);
    p.failedReserveOps = c.bigNumber(QStringLiteral("failedReserveOps"), 0);
    return p;
}

SatpRule readRule(JsonCursor& c)
{
    SatpRule r;
    r.satp = c.string(QStringLiteral("satp"), {}, true);
    r.vendor = c.string(QStringLiteral("vendor"));
    r.model = c.string(QStringLiteral("model"));
    r.device = c.string(QStringLiteral("device"));
    r.driver = c.string(QStringLiteral("driver"));
    r.transport = c.string(QStringLiteral("transport"));
    r.psp = c.string(QStringLiteral("psp"));
    r.pspOptions = c.string(QStringLiteral("pspOptions"));
    r.claimOptions = c.string(QStringLiteral("claimOptions"));
    r.options = c.string(QStringLiteral("options"));
    r.description = c.string(QStringLiteral("description"));
    r.ruleGroup = c.string(QStringLiteral("ruleGroup"), r.ruleGroup);
    return r;
}

QJsonObject writeChap(const Chap& c, bool includeSecrets)
{
    QJsonObject o{{QStringLiteral("level"), c.level}, {QStringLiteral("name"), c.name}};
    if (includeSecrets)
        o.insert(QStringLiteral("secret"), c.secret);
    else
        o.insert(QStringLiteral("secretSet"), !c.secret.isEmpty());
    return o;
}

QString macFor(const QString& seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("00:50:56:%1:%2:%3")
        .arg(quint8(h[0]) & 0x3f, 2, 16, QLatin1Char('0'))
        .arg(quint8(h[1]), 2, 16, QLatin1Char('0'))
        .arg(quint8(h[2]), 2, 16, QLatin1Char('0'));
}

// Fields the ESXi shell added to the data model (lab-shell), written next to the original ones.
QJsonObject withExtra(const Vmnic& n, QJsonObject o)
{
    o.insert(QStringLiteral("driverVersion"), n.driverVersion);
    o.insert(QStringLiteral("firmwareVersion"), n.firmwareVersion);
    o.insert(QStringLiteral("rxPackets"), double(n.rxPackets));
    o.insert(QStringLiteral("txPackets"), double(n.txPackets));
    return o;
}

QJsonObject withExtra(const Vmk& v, QJsonObject o)
{
    o.insert(QStringLiteral("portId"), double(v.portId));
    return o;
}

QJsonObject withExtra(const IscsiSession& s, QJsonObject o)
{
    o.insert(QStringLiteral("tpgt"), s.tpgt);
    o.insert(QStringLiteral("isidCreated"), s.isidCreated);
    return o;
}

template<typename T> void insertCounters(const T& x, QJsonObject& o)
{
    o.insert(QStringLiteral("otherCommands"), double(x.otherCommands));
    o.insert(QStringLiteral("failedOtherCommands"), double(x.failedOtherCommands));
    o.insert(QStringLiteral("failedBlocksRead"), double(x.failedBlocksRead));
    o.insert(QStringLiteral("failedBlocksWritten"), double(x.failedBlocksWritten));
    o.insert(QStringLiteral("reserveOps"), double(x.reserveOps));
    o.insert(QStringLiteral("reservationConflicts"), double(x.reservationConflicts));
    o.insert(QStringLiteral("failedReserveOps"), double(x.failedReserveOps));
}

QJsonObject withExtra(const Device& d, QJsonObject o)
{
    insertCounters(d, o);
    o.insert(QStringLiteral("rrLastPathIndex"), d.rrLastPathIndex);
    o.insert(QStringLiteral("claimRuleSatp"), d.claimRuleSatp);
    o.insert(QStringLiteral("rrUseAno"), d.rrUseAno);
    return o;
}

QJsonObject withExtra(const Path& p, QJsonObject o)
{
    insertCounters(p, o);
    o.insert(QStringLiteral("isid"), p.isid);
    o.insert(QStringLiteral("tpgt"), p.tpgt);
    return o;
}

} // namespace

EsxiHostState EsxiHostJson::read(JsonCursor& c)
{
    QStringList* errors = c.errors();
    EsxiHostState h;
    h.name = c.string(QStringLiteral("name"), {}, true);
    h.hostname = c.string(QStringLiteral("hostname"), h.name);
    h.domain = c.string(QStringLiteral("domain"), h.domain);
    h.version = c.string(QStringLiteral("version"), h.version);
    if (h.version != QLatin1String("7.0.3") && h.version != QLatin1String("8.0.3"))
        c.error(QStringLiteral("version"), QStringLiteral("must be \"7.0.3\" or \"8.0.3\""));
    h.build = c.string(QStringLiteral("build"));
    h.update = c.string(QStringLiteral("update"), h.update);
    h.patch = c.string(QStringLiteral("patch"), h.patch);
    h.rootPassword = c.string(QStringLiteral("rootPassword"), {}, true);
    h.vmnics = readList<Vmnic>(c, QStringLiteral("vmnics"), errors, readVmnic);
    h.vswitches = readList<VSwitch>(c, QStringLiteral("vswitches"), errors, readVSwitch);
    h.portGroups = readList<PortGroup>(c, QStringLiteral("portGroups"), errors, readPortGroup);
    h.vmks = readList<Vmk>(c, QStringLiteral("vmks"), errors, readVmk);
    if (c.has(QStringLiteral("iscsi"))) {
        JsonCursor ic(c.object(QStringLiteral("iscsi")), c.childPath(QStringLiteral("iscsi")), errors);
        h.iscsi = readIscsi(ic, errors);
        ic.finish();
    }
    h.sessions = readList<IscsiSession>(c, QStringLiteral("sessions"), errors, readSession);
    h.devices = readList<Device>(c, QStringLiteral("devices"), errors, readDevice);
    h.paths = readList<Path>(c, QStringLiteral("paths"), errors, readPath);
    h.userSatpRules = readList<SatpRule>(c, QStringLiteral("userSatpRules"), errors, readRule);
    h.nextIsid = c.integer(QStringLiteral("nextIsid"), 1, 1, 1 << 24);
    h.nextTsih = c.integer(QStringLiteral("nextTsih"), 1, 1, 65535);
    completeDefaults(h);
    return h;
}

void EsxiHostJson::completeDefaults(EsxiHostState& h)
{
    if (h.hostname.isEmpty())
        h.hostname = h.name;
    if (h.build.isEmpty())
        h.build = h.isEsxi7() ? QStringLiteral("21930508") : QStringLiteral("24022510");
    for (qsizetype i = 0; i < h.vmnics.size(); ++i) {
        Vmnic& n = h.vmnics[i];
        if (n.mac.isEmpty())
            n.mac = macFor(h.name + QLatin1Char('/') + n.name);
        if (n.pciAddress.isEmpty())
            n.pciAddress = QStringLiteral("0000:%1:00.%2").arg(3 + i / 2, 2, 16, QLatin1Char('0')).arg(i % 2);
        for (const VSwitch& s : std::as_const(h.vswitches))
            if (s.uplinks.contains(n.name))
                n.mtu = s.mtu;
    }
    for (Vmk& v : h.vmks)
        if (v.mac.isEmpty())
            v.mac = macFor(h.name + QLatin1Char('/') + v.name);
}

QJsonObject EsxiHostJson::write(const EsxiHostState& h, bool includeSecrets)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), h.name);
    o.insert(QStringLiteral("hostname"), h.hostname);
    o.insert(QStringLiteral("domain"), h.domain);
    o.insert(QStringLiteral("version"), h.version);
    o.insert(QStringLiteral("build"), h.build);
    o.insert(QStringLiteral("update"), h.update);
    o.insert(QStringLiteral("patch"), h.patch);
    if (includeSecrets)
        o.insert(QStringLiteral("rootPassword"), h.rootPassword);

    QJsonArray nics;
    for (const Vmnic& n : sortedBy(h.vmnics, [](const Vmnic& x) -> QString { return x.name; }))
        nics.append(withExtra(n, QJsonObject{{QStringLiteral("name"), n.name},
                                             {QStringLiteral("pciAddress"), n.pciAddress},
                                             {QStringLiteral("driver"), n.driver},
                                             {QStringLiteral("adminUp"), n.adminUp},
                                             {QStringLiteral("linkUp"), n.linkUp},
                                             {QStringLiteral("speedMbps"), n.speedMbps},
                                             {QStringLiteral("duplex"), n.duplex},
                                             {QStringLiteral("mac"), n.mac},
                                             {QStringLiteral("mtu"), n.mtu},
                                             {QStringLiteral("description"), n.description}}));
    o.insert(QStringLiteral("vmnics"), nics);

    QJsonArray vss;
    for (const VSwitch& s : sortedBy(h.vswitches, [](const VSwitch& x) -> QString { return x.name; }))
        vss.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("mtu"), s.mtu},
                               {QStringLiteral("numPorts"), s.numPorts},
                               {QStringLiteral("uplinks"), toArray(s.uplinks)},
                               {QStringLiteral("activeUplinks"), toArray(s.activeUplinks)},
                               {QStringLiteral("standbyUplinks"), toArray(s.standbyUplinks)},
                               {QStringLiteral("loadBalancing"), s.loadBalancing},
                               {QStringLiteral("notifySwitches"), s.notifySwitches},
                               {QStringLiteral("failback"), s.failback}});
    o.insert(QStringLiteral("vswitches"), vss);

    QJsonArray pgs;
    for (const PortGroup& g : sortedBy(h.portGroups, [](const PortGroup& x) -> QString { return x.name; }))
        pgs.append(QJsonObject{{QStringLiteral("name"), g.name},
                               {QStringLiteral("vswitch"), g.vswitch},
                               {QStringLiteral("vlanId"), g.vlanId},
                               {QStringLiteral("overrideFailover"), g.overrideFailover},
                               {QStringLiteral("activeUplinks"), toArray(g.activeUplinks)},
                               {QStringLiteral("standbyUplinks"), toArray(g.standbyUplinks)}});
    o.insert(QStringLiteral("portGroups"), pgs);

    QJsonArray vmks;
    for (const Vmk& v : sortedBy(h.vmks, [](const Vmk& x) -> QString { return x.name; }))
        vmks.append(withExtra(v, QJsonObject{{QStringLiteral("name"), v.name},
                                             {QStringLiteral("portGroup"), v.portGroup},
                                             {QStringLiteral("ipv4"), v.ipv4},
                                             {QStringLiteral("netmask"), v.netmask},
                                             {QStringLiteral("addressType"), v.addressType},
                                             {QStringLiteral("gateway"), v.gateway},
                                             {QStringLiteral("mtu"), v.mtu},
                                             {QStringLiteral("mac"), v.mac},
                                             {QStringLiteral("enabled"), v.enabled},
                                             {QStringLiteral("netstack"), v.netstack},
                                             {QStringLiteral("tags"), toArray(v.tags)}}));
    o.insert(QStringLiteral("vmks"), vmks);

    const IscsiAdapter& a = h.iscsi;
    QJsonArray sts;
    for (const StaticTarget& t : sortedBy(a.staticTargets, [](const StaticTarget& x) -> QString {
             return x.address + QLatin1Char(':') + QString::number(x.port) + QLatin1Char('/') + x.iqn;
         }))
        sts.append(QJsonObject{{QStringLiteral("address"), t.address},
                               {QStringLiteral("port"), t.port},
                               {QStringLiteral("iqn"), t.iqn}});
    QJsonArray sds;
    for (const SendTarget& t : sortedBy(a.sendTargets, [](const SendTarget& x) -> QString {
             return x.address + QLatin1Char(':') + QString::number(x.port);
         }))
        sds.append(QJsonObject{{QStringLiteral("address"), t.address}, {QStringLiteral("port"), t.port}});
    QStringList bound = a.boundVmks;
    bound.sort();
    o.insert(QStringLiteral("iscsi"),
             QJsonObject{{QStringLiteral("enabled"), a.enabled},
                         {QStringLiteral("name"), a.name},
                         {QStringLiteral("iqn"), a.iqn},
                         {QStringLiteral("alias"), a.alias},
                         {QStringLiteral("boundVmks"), toArray(bound)},
                         {QStringLiteral("staticTargets"), sts},
                         {QStringLiteral("sendTargets"), sds},
                         {QStringLiteral("chapUni"), writeChap(a.chapUni, includeSecrets)},
                         {QStringLiteral("chapMutual"), writeChap(a.chapMutual, includeSecrets)},
                         {QStringLiteral("loginTimeout"), a.loginTimeout},
                         {QStringLiteral("noopOutInterval"), a.noopOutInterval},
                         {QStringLiteral("noopOutTimeout"), a.noopOutTimeout},
                         {QStringLiteral("recoveryTimeout"), a.recoveryTimeout},
                         {QStringLiteral("delayedAck"), a.delayedAck}});

    QJsonArray sessions;
    for (const IscsiSession& s : sortedBy(h.sessions, [](const IscsiSession& x) -> QString {
             return x.targetIqn + QLatin1Char('|') + x.portalIp + QLatin1Char('|') + x.vmk +
                    QLatin1Char('|') + x.isid;
         }))
        sessions.append(withExtra(s, QJsonObject{{QStringLiteral("adapter"), s.adapter},
                                                 {QStringLiteral("targetIqn"), s.targetIqn},
                                                 {QStringLiteral("isid"), s.isid},
                                                 {QStringLiteral("tsih"), s.tsih},
                                                 {QStringLiteral("vmk"), s.vmk},
                                                 {QStringLiteral("localIp"), s.localIp},
                                                 {QStringLiteral("portalIp"), s.portalIp},
                                                 {QStringLiteral("portalPort"), s.portalPort},
                                                 {QStringLiteral("loggedIn"), s.loggedIn},
                                                 {QStringLiteral("failureReason"), s.failureReason}}));
    o.insert(QStringLiteral("sessions"), sessions);

    QJsonArray devices;
    for (const Device& d : sortedBy(h.devices, [](const Device& x) -> QString { return x.naa; }))
        devices.append(withExtra(d, QJsonObject{{QStringLiteral("naa"), d.naa},
                                                {QStringLiteral("displayName"), d.displayName},
                                                {QStringLiteral("vendor"), d.vendor},
                                                {QStringLiteral("model"), d.model},
                                                {QStringLiteral("revision"), d.revision},
                                                {QStringLiteral("sizeBytes"), double(d.sizeBytes)},
                                                {QStringLiteral("blockSize"), d.blockSize},
                                                {QStringLiteral("tpgs"), d.tpgs},
                                                {QStringLiteral("claimed"), d.claimed},
                                                {QStringLiteral("satp"), d.satp},
                                                {QStringLiteral("psp"), d.psp},
                                                {QStringLiteral("rrLimitType"), d.rrLimitType},
                                                {QStringLiteral("rrIops"), double(d.rrIops)},
                                                {QStringLiteral("rrBytes"), double(d.rrBytes)},
                                                {QStringLiteral("preferredPath"), d.preferredPath},
                                                {QStringLiteral("currentPath"), d.currentPath},
                                                {QStringLiteral("apd"), d.apd},
                                                {QStringLiteral("readOps"), double(d.readOps)},
                                                {QStringLiteral("writeOps"), double(d.writeOps)},
                                                {QStringLiteral("blocksRead"), double(d.blocksRead)},
                                                {QStringLiteral("blocksWritten"), double(d.blocksWritten)},
                                                {QStringLiteral("failedReads"), double(d.failedReads)},
                                                {QStringLiteral("failedWrites"), double(d.failedWrites)}}));
    o.insert(QStringLiteral("devices"), devices);

    QJsonArray paths;
    for (const Path& p : sortedBy(
             h.paths, [](const Path& x) -> QString { return x.runtimeName + QLatin1Char('|') + x.device; }))
        paths.append(withExtra(p, QJsonObject{{QStringLiteral("runtimeName"), p.runtimeName},
                                              {QStringLiteral("device"), p.device},
                                              {QStringLiteral("adapter"), p.adapter},
                                              {QStringLiteral("channel"), p.channel},
                                              {QStringLiteral("target"), p.target},
                                              {QStringLiteral("lun"), p.lun},
                                              {QStringLiteral("state"), p.state},
                                              {QStringLiteral("targetIqn"), p.targetIqn},
                                              {QStringLiteral("portalIp"), p.portalIp},
                                              {QStringLiteral("portalPort"), p.portalPort},
                                              {QStringLiteral("vmk"), p.vmk},
                                              {QStringLiteral("localIp"), p.localIp},
                                              {QStringLiteral("preferred"), p.preferred},
                                              {QStringLiteral("readOps"), double(p.readOps)},
                                              {QStringLiteral("writeOps"), double(p.writeOps)},
                                              {QStringLiteral("blocksRead"), double(p.blocksRead)},
                                              {QStringLiteral("blocksWritten"), double(p.blocksWritten)},
                                              {QStringLiteral("failedReads"), double(p.failedReads)},
                                              {QStringLiteral("failedWrites"), double(p.failedWrites)}}));
    o.insert(QStringLiteral("paths"), paths);

    QJsonArray rules;
    for (const SatpRule& r : sortedBy(h.userSatpRules, [](const SatpRule& x) -> QString {
             return QStringList{x.satp,      x.vendor, x.model,      x.device,       x.driver,
                                x.transport, x.psp,    x.pspOptions, x.claimOptions, x.options}
                 .join(QLatin1Char('|'));
         }))
        rules.append(QJsonObject{{QStringLiteral("satp"), r.satp},
                                 {QStringLiteral("vendor"), r.vendor},
                                 {QStringLiteral("model"), r.model},
                                 {QStringLiteral("device"), r.device},
                                 {QStringLiteral("driver"), r.driver},
                                 {QStringLiteral("transport"), r.transport},
                                 {QStringLiteral("psp"), r.psp},
                                 {QStringLiteral("pspOptions"), r.pspOptions},
                                 {QStringLiteral("claimOptions"), r.claimOptions},
                                 {QStringLiteral("options"), r.options},
                                 {QStringLiteral("description"), r.description},
                                 {QStringLiteral("ruleGroup"), r.ruleGroup}});
    o.insert(QStringLiteral("userSatpRules"), rules);
    o.insert(QStringLiteral("nextIsid"), h.nextIsid);
    o.insert(QStringLiteral("nextTsih"), h.nextTsih);
    return o;
}

} // namespace mpio::lab
