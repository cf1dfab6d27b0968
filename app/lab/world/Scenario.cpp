#include "app/lab/world/Scenario.h"

#include "app/lab/world/EsxiHostJson.h"
#include "app/lab/world/JsonCursor.h"
#include "app/lab/world/LabIpv4.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace mpio::lab {

namespace {

QString lineColumn(const QByteArray& json, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(col);
}

template<typename Fn> void forEachObject(JsonCursor& parent, const QString& key, bool required, Fn fn)
{
    const QJsonArray a = parent.array(key, required);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = parent.childPath(key) + QStringLiteral("[%1]").arg(i);
        if (!a.at(i).isObject()) {
            parent.errors()->append(p + QStringLiteral(": expected an object"));
            continue;
        }
        JsonCursor c(a.at(i).toObject(), p, parent.errors());
        fn(c);
        c.finish();
    }
}

void readModel(JsonCursor& c, ModelParams& m)
{
    m.esxcliMs = c.integer(QStringLiteral("esxcliMs"), m.esxcliMs, 0, 60000);
    m.jitterMs = c.integer(QStringLiteral("jitterMs"), m.jitterMs, 0, 60000);
    m.sshRttMs = c.integer(QStringLiteral("sshRttMs"), m.sshRttMs, 0, 10000);
    m.esxcliConcurrency = c.integer(QStringLiteral("esxcliConcurrency"), m.esxcliConcurrency, 1, 64);
    m.lockoutAttempts = c.integer(QStringLiteral("lockoutAttempts"), m.lockoutAttempts, 1, 100);
    m.lockoutSeconds = c.integer(QStringLiteral("lockoutSeconds"), m.lockoutSeconds, 0, 86400);
    m.linkDownDetectMs = c.integer(QStringLiteral("linkDownDetectMs"), m.linkDownDetectMs, 0, 600000);
    m.noopOutIntervalMs = c.integer(QStringLiteral("noopOutIntervalMs"), m.noopOutIntervalMs, 1000, 600000);
    m.noopOutTimeoutMs = c.integer(QStringLiteral("noopOutTimeoutMs"), m.noopOutTimeoutMs, 1000, 600000);
    m.loginDelayMs = c.integer(QStringLiteral("loginDelayMs"), m.loginDelayMs, 0, 600000);
    m.apdTimeoutMs = c.integer(QStringLiteral("apdTimeoutMs"), m.apdTimeoutMs, 20000, 99999000);
    m.timeScale = c.number(QStringLiteral("timeScale"), m.timeScale, 0.0, 100.0);
    m.vmkpingTiming = c.boolean(QStringLiteral("vmkpingTiming"), m.vmkpingTiming);
}

void readStorage(JsonCursor& c, StorageSpec& s)
{
    s.name = c.string(QStringLiteral("name"), s.name);
    s.targetIqn = c.string(QStringLiteral("targetIqn"), {}, true);
    s.port = c.integer(QStringLiteral("port"), 3260, 1, 65535);
    s.serviceRunning = c.boolean(QStringLiteral("serviceRunning"), true);
    s.allowedInitiators = c.stringList(QStringLiteral("allowedInitiators"));
    s.portalIps = c.stringList(QStringLiteral("portalIps"));
    forEachObject(c, QStringLiteral("nics"), true, [&](JsonCursor& n) {
        StorageNic nic;
        nic.name = n.string(QStringLiteral("name"), {}, true);
        nic.ipv4 = n.string(QStringLiteral("ipv4"));
        nic.prefix = n.integer(QStringLiteral("prefix"), 24, 1, 32);
        nic.mtu = n.integer(QStringLiteral("mtu"), 1500, 1280, 9216);
        nic.linkUp = n.boolean(QStringLiteral("linkUp"), true);
        nic.dhcp = n.boolean(QStringLiteral("dhcp"), false);
        if (!nic.ipv4.isEmpty() && !LabIpv4::parse(nic.ipv4))
            n.error(QStringLiteral("ipv4"), QStringLiteral("not an IPv4 address"));
        s.nics.append(nic);
    });
    forEachObject(c, QStringLiteral("luns"), false, [&](JsonCursor& l) {
        StorageLun lun;
        lun.lunId = l.integer(QStringLiteral("lunId"), 0, 0, 16383);
        lun.naa = l.string(QStringLiteral("naa"), {}, true);
        lun.sizeBytes = l.bigNumber(QStringLiteral("sizeBytes"), 0);
        lun.logicalBlockSize = l.integer(QStringLiteral("logicalBlockSize"), 512, 512, 4096);
        lun.vendor = l.string(QStringLiteral("vendor"), lun.vendor);
        lun.model = l.string(QStringLiteral("model"), lun.model);
        lun.revision = l.string(QStringLiteral("revision"), lun.revision);
        lun.tpgs = l.boolean(QStringLiteral("tpgs"), false);
        if (!lun.naa.startsWith(QLatin1String("naa.")))
            l.error(QStringLiteral("naa"), QStringLiteral("must start with \"naa.\""));
        s.luns.append(lun);
    });
}

// Cross-references: names exist, no duplicates, addresses parse.
void checkReferences(const Scenario& sc, QStringList* errors)
{
    QSet<QString> switches;
    for (qsizetype i = 0; i < sc.switches.size(); ++i)
        if (switches.contains(sc.switches[i].name))
            errors->append(
                QStringLiteral("switches[%1].name: duplicate switch \"%2\"").arg(i).arg(sc.switches[i].name));
        else
            switches.insert(sc.switches[i].name);

    QSet<QString> hostNames;
    for (qsizetype hi = 0; hi < sc.hosts.size(); ++hi) {
        const EsxiHostState& h = sc.hosts[hi];
        const QString hp = QStringLiteral("hosts[%1]").arg(hi);
        if (hostNames.contains(h.name))
            errors->append(hp + QStringLiteral(".name: duplicate host \"%1\"").arg(h.name));
        hostNames.insert(h.name);
        QSet<QString> nics;
        for (const Vmnic& n : h.vmnics)
            nics.insert(n.name);
        for (qsizetype i = 0; i < h.vswitches.size(); ++i) {
            const VSwitch& s = h.vswitches[i];
            for (const QString& u : s.uplinks + s.activeUplinks + s.standbyUplinks)
                if (!nics.contains(u))
                    errors->append(hp +
                                   QStringLiteral(".vswitches[%1]: unknown uplink \"%2\"").arg(i).arg(u));
            for (const QString& u : s.activeUplinks + s.standbyUplinks)
                if (!s.uplinks.contains(u))
                    errors->append(
                        hp + QStringLiteral(".vswitches[%1]: \"%2\" is in a failover list but not an uplink")
                                 .arg(i)
                                 .arg(u));
        }
        for (qsizetype i = 0; i < h.portGroups.size(); ++i) {
            const PortGroup& g = h.portGroups[i];
            bool found = false;
            for (const VSwitch& s : h.vswitches)
                if (s.name == g.vswitch) {
                    found = true;
                    for (const QString& u : g.activeUplinks + g.standbyUplinks)
                        if (!s.uplinks.contains(u))
                            errors->append(hp +
                                           QStringLiteral(".portGroups[%1]: \"%2\" is not an uplink of %3")
                                               .arg(i)
                                               .arg(u, s.name));
                }
            if (!found)
                errors->append(
                    hp +
                    QStringLiteral(".portGroups[%1].vswitch: unknown vSwitch \"%2\"").arg(i).arg(g.vswitch));
        }
        for (qsizetype i = 0; i < h.vmks.size(); ++i) {
            const Vmk& v = h.vmks[i];
            bool found = false;
            for (const PortGroup& g : h.portGroups)
                found = found || g.name == v.portGroup;
            if (!found)
                errors->append(
                    hp +
                    QStringLiteral(".vmks[%1].portGroup: unknown port group \"%2\"").arg(i).arg(v.portGroup));
            if (!v.ipv4.isEmpty() && !LabIpv4::parse(v.ipv4))
                errors->append(hp + QStringLiteral(".vmks[%1].ipv4: not an IPv4 address").arg(i));
            if (!v.ipv4.isEmpty() && !LabIpv4::prefixFromNetmask(v.netmask))
                errors->append(hp + QStringLiteral(".vmks[%1].netmask: not a contiguous netmask").arg(i));
        }
    }

    QSet<QString> storageNics;
    for (const StorageNic& n : sc.storage.nics)
        storageNics.insert(n.name);
    QSet<QString> ids, ends;
    for (qsizetype i = 0; i < sc.cables.size(); ++i) {
        const CableSpec& c = sc.cables[i];
        const QString cp = QStringLiteral("cables[%1]").arg(i);
        if (ids.contains(c.id))
            errors->append(cp + QStringLiteral(".id: duplicate cable id \"%1\"").arg(c.id));
        ids.insert(c.id);
        if (ends.contains(c.end()))
            errors->append(cp + QStringLiteral(".nic: \"%1\" already has a cable").arg(c.end()));
        ends.insert(c.end());
        if (!switches.contains(c.switchName))
            errors->append(cp + QStringLiteral(".switch: unknown switch \"%1\"").arg(c.switchName));
        bool known = false;
        for (const EsxiHostState& h : sc.hosts)
            if (h.name == c.system)
                for (const Vmnic& n : h.vmnics)
                    known = known || n.name == c.nic;
        const QString storageName =
            sc.hasStorage ? sc.storage.name
                          : sc.truenas.value(QStringLiteral("hostname")).toString(QStringLiteral("truenas"));
        if (c.system == storageName)
            known = known || storageNics.contains(c.nic) || !sc.hasStorage;
        if (!known)
            errors->append(cp + QStringLiteral(".nic: unknown NIC \"%1\"").arg(c.end()));
    }
}

} // namespace

bool Scenario::fromJson(const QByteArray& json, Scenario* out, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("%1: JSON syntax error: %2").arg(lineColumn(json, pe.offset), pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("(root): expected a JSON object");
        return false;
    }
    QStringList errors;
    JsonCursor root(doc.object(), QString(), &errors);
    Scenario sc;
    const QString schema = root.string(QStringLiteral("schema"), {}, true);
    if (!schema.isEmpty() && schema != QLatin1String("mpio-lab/scenario"))
        root.error(QStringLiteral("schema"), QStringLiteral("expected \"mpio-lab/scenario\""));
    const int version = root.integer(QStringLiteral("version"), 0, 0, 1000, true);
    if (version != 1 && root.has(QStringLiteral("version")))
        root.error(QStringLiteral("version"),
                   QStringLiteral("unsupported version %1 (this lab reads version 1)").arg(version));
    sc.name = root.string(QStringLiteral("name"), {}, true);
    sc.description = root.string(QStringLiteral("description"));
    if (root.has(QStringLiteral("model"))) {
        JsonCursor m(root.object(QStringLiteral("model")), QStringLiteral("model"), &errors);
        readModel(m, sc.model);
        m.finish();
    }
    forEachObject(root, QStringLiteral("switches"), true, [&](JsonCursor& c) {
        SwitchSpec s;
        s.name = c.string(QStringLiteral("name"), {}, true);
        s.portMtu = c.integer(QStringLiteral("portMtu"), 1500, 1280, 9216);
        s.up = c.boolean(QStringLiteral("up"), true);
        sc.switches.append(s);
    });
    forEachObject(root, QStringLiteral("hosts"), true,
                  [&](JsonCursor& c) { sc.hosts.append(EsxiHostJson::read(c)); });
    if (root.has(QStringLiteral("storage"))) {
        JsonCursor s(root.object(QStringLiteral("storage")), QStringLiteral("storage"), &errors);
        readStorage(s, sc.storage);
        s.finish();
        sc.hasStorage = true;
    }
    sc.truenas = root.rawObject(QStringLiteral("truenas"));
    // Workloads running from the start (issue 6): host, device ("*"), iops, readPercent, blockSize.
    forEachObject(root, QStringLiteral("workloads"), false, [&](JsonCursor& c) {
        Workload w;
        w.host = c.string(QStringLiteral("host"), {}, true);
        w.device = c.string(QStringLiteral("device"), w.device);
        w.iops = c.number(QStringLiteral("iops"), 0, 0, 1e7);
        w.readPercent = c.integer(QStringLiteral("readPercent"), w.readPercent, 0, 100);
        w.blockSize = c.integer(QStringLiteral("blockSize"), w.blockSize, 512, 1 << 20);
        const bool known = std::any_of(sc.hosts.cbegin(), sc.hosts.cend(),
                                       [&](const EsxiHostState& h) { return h.name == w.host; });
        if (!known)
            c.error(QStringLiteral("host"), QStringLiteral("no host \"%1\" in this scenario").arg(w.host));
        sc.workloads.append(w);
    });
    forEachObject(root, QStringLiteral("cables"), false, [&](JsonCursor& c) {
        CableSpec cable;
        cable.id = c.string(QStringLiteral("id"), {}, true);
        const QString nic = c.string(QStringLiteral("nic"), {}, true);
        const qsizetype colon = nic.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == nic.size() - 1) {
            if (!nic.isEmpty())
                c.error(QStringLiteral("nic"), QStringLiteral("expected \"system:nic\" (e.g. esx01:vmnic2)"));
        } else {
            cable.system = nic.left(colon);
            cable.nic = nic.mid(colon + 1);
        }
        cable.switchName = c.string(QStringLiteral("switch"), {}, true);
        cable.connected = c.boolean(QStringLiteral("connected"), true);
        sc.cables.append(cable);
    });
    root.finish();
    if (errors.isEmpty())
        checkReferences(sc, &errors);
    if (sc.hosts.isEmpty() && errors.isEmpty())
        errors.append(QStringLiteral("hosts: at least one host is required"));
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    *out = sc;
    return true;
}

bool Scenario::fromFile(const QString& path, Scenario* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return false;
    }
    QString e;
    if (!fromJson(f.readAll(), out, &e)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") +
                 e.replace(QLatin1Char('\n'),
                           QStringLiteral("\n") + QFileInfo(path).fileName() + QStringLiteral(": "));
        return false;
    }
    return true;
}

QString Scenario::scenarioDir()
{
    const QString env = qEnvironmentVariable("MPIO_LAB_SCENARIO_DIR");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(MPIO_LAB_SCENARIO_DIR);
}

QStringList Scenario::shippedScenarios()
{
    QStringList out;
    const QFileInfoList files =
        QDir(scenarioDir()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& fi : files)
        out.append(fi.completeBaseName());
    return out;
}

QString Scenario::resolve(const QString& nameOrPath)
{
    if (QFileInfo::exists(nameOrPath))
        return nameOrPath;
    const QString shipped = scenarioDir() + QLatin1Char('/') + nameOrPath + QStringLiteral(".json");
    return QFileInfo::exists(shipped) ? shipped : nameOrPath;
}

} // namespace mpio::lab
