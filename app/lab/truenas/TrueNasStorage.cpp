#include "app/lab/truenas/TrueNasStorage.h"

#include "app/lab/truenas/TrueNasBackend.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QMutexLocker>
#include <algorithm>

namespace mpio::lab {

namespace {

bool running(const TrueNasState& s)
{
    return s.services.value(QStringLiteral("iscsitarget")).value(QStringLiteral("state")).toString() ==
           QLatin1String("RUNNING");
}

int listenPort(const TrueNasState& s)
{
    return s.iscsiGlobal.value(QStringLiteral("listen_port")).toInt(3260);
}

// An initiator group of null (or an empty group) is SCST's wildcard "*"; a dangling id allows nobody.
bool initiatorAllowed(const TrueNasState& s, const QJsonObject& group, const QString& iqn)
{
    const QJsonValue ini = group.value(QStringLiteral("initiator"));
    if (ini.isNull() || ini.isUndefined())
        return true;
    if (!s.initiators.contains(ini.toInt()))
        return false;
    const QJsonArray list = s.initiators.value(ini.toInt()).value(QStringLiteral("initiators")).toArray();
    return list.isEmpty() || list.contains(iqn);
}

bool hasLuns(const TrueNasState& s, int targetId)
{
    for (const QJsonObject& te : s.targetExtents)
        if (te.value(QStringLiteral("target")).toInt() == targetId)
            return true;
    return false;
}

bool networkAllowed(const QJsonObject& target, const QString& initiatorIp)
{
    const QJsonArray nets = target.value(QStringLiteral("auth_networks")).toArray();
    if (nets.isEmpty())
        return true;
    for (const QJsonValue& n : nets)
        if (QHostAddress(initiatorIp).isInSubnet(QHostAddress::parseSubnet(n.toString())))
            return true;
    return false;
}

} // namespace

TrueNasStorage::TrueNasStorage(TrueNasBackend* backend)
    : m_backend(backend)
{}

QStringList TrueNasStorage::liveAddresses(const TrueNasState& s)
{
    QStringList out;
    for (auto it = s.ifApplied.begin(); it != s.ifApplied.end(); ++it) {
        for (const QJsonValue& a : it->value(QStringLiteral("aliases")).toArray())
            if (a.toObject().value(QStringLiteral("type")).toString() == QLatin1String("INET"))
                out.append(a.toObject().value(QStringLiteral("address")).toString());
        const TrueNasNicHw hw = s.nicHw.value(it.key());
        if (it->value(QStringLiteral("ipv4_dhcp")).toBool() && !hw.dhcpAddress.isEmpty())
            out.append(hw.dhcpAddress);
    }
    return out;
}

QStringList TrueNasStorage::portalAddresses(const TrueNasState& s, const QJsonObject& portal)
{
    QStringList out;
    for (const QJsonValue& l : portal.value(QStringLiteral("listen")).toArray()) {
        const QString ip = l.toObject().value(QStringLiteral("ip")).toString();
        // A 0.0.0.0 portal is written as "*": SCST listens on, and advertises, every address (§3.5).
        const QStringList expanded = ip == QLatin1String("0.0.0.0") ? liveAddresses(s) : QStringList{ip};
        for (const QString& e : expanded)
            if (!out.contains(e) && e != QLatin1String("::"))
                out.append(e);
    }
    return out;
}

QList<StorageNic> TrueNasStorage::nics() const
{
    QMutexLocker lock(&m_backend->mutex());
    const TrueNasState& s = m_backend->state();
    QList<StorageNic> out;
    for (auto it = s.ifApplied.begin(); it != s.ifApplied.end(); ++it) {
        StorageNic n;
        n.name = it.key();
        const TrueNasNicHw hw = s.nicHw.value(it.key());
        n.linkUp = hw.link;
        n.dhcp = it->value(QStringLiteral("ipv4_dhcp")).toBool();
        const QJsonValue mtu = it->value(QStringLiteral("mtu"));
        n.mtu = mtu.isNull() ? 1500 : mtu.toInt();
        for (const QJsonValue& a : it->value(QStringLiteral("aliases")).toArray())
            if (n.ipv4.isEmpty() &&
                a.toObject().value(QStringLiteral("type")).toString() == QLatin1String("INET")) {
                n.ipv4 = a.toObject().value(QStringLiteral("address")).toString();
                n.prefix = a.toObject().value(QStringLiteral("netmask")).toInt();
            }
        if (n.ipv4.isEmpty() && n.dhcp) {
            n.ipv4 = hw.dhcpAddress;
            n.prefix = hw.dhcpPrefix;
        }
        out.append(n);
    }
    return out;
}

bool TrueNasStorage::iscsiServiceRunning() const
{
    QMutexLocker lock(&m_backend->mutex());
    return running(m_backend->state());
}

int TrueNasStorage::iscsiPort() const
{
    QMutexLocker lock(&m_backend->mutex());
    return listenPort(m_backend->state());
}

QList<QPair<QString, QStringList>> TrueNasStorage::sendTargets(const QString& initiatorIqn,
                                                               const QString& portalIp) const
{
    QMutexLocker lock(&m_backend->mutex());
    const TrueNasState& s = m_backend->state();
    if (!running(s))
        return {};
    // Global discovery CHAP (any auth entry with discovery_auth) makes SendTargets need credentials, which
    // this interface does not carry: discovery then finds nothing (§3.2).
    for (const QJsonObject& a : s.auths)
        if (a.value(QStringLiteral("discovery_auth")).toString() != QLatin1String("NONE"))
            return {};
    const QString port = QString::number(listenPort(s));
    QList<QPair<QString, QStringList>> out;
    for (const QJsonObject& t : s.targets) {
        if (!hasLuns(s, t.value(QStringLiteral("id")).toInt())) // no extent: "enabled 0"
            continue;
        bool allowedHere = false;
        QStringList addrs{portalIp + QLatin1Char(':') + port};
        for (const QJsonValue& gv : t.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject g = gv.toObject();
            if (!initiatorAllowed(s, g, initiatorIqn))
                continue;
            const QStringList pa =
                portalAddresses(s, s.portals.value(g.value(QStringLiteral("portal")).toInt()));
            allowedHere = allowedHere || pa.contains(portalIp);
            // The queried portal first, then every other address the initiator is allowed on (SCST).
            for (const QString& ip : pa)
                if (!addrs.contains(ip + QLatin1Char(':') + port))
                    addrs.append(ip + QLatin1Char(':') + port);
        }
        if (allowedHere)
            out.append(qMakePair(s.targetIqn(t), addrs));
    }
    return out;
}

LoginResult TrueNasStorage::login(const LoginRequest& r)
{
    QMutexLocker lock(&m_backend->mutex());
    TrueNasState& s = m_backend->state();
    LoginResult res;
    bool listening = false;
    for (const QJsonObject& p : s.portals)
        listening = listening || portalAddresses(s, p).contains(r.portalIp);
    if (!running(s) || r.portalPort != listenPort(s) || !listening) {
        res.reason = QStringLiteral("no portal");
        return res;
    }
    const QJsonObject* target = nullptr;
    for (const QJsonObject& t : s.targets)
        if (s.targetIqn(t) == r.targetIqn)
            target = &t;
    if (!target || !hasLuns(s, target->value(QStringLiteral("id")).toInt())) {
        res.reason = QStringLiteral("target not found");
        return res;
    }
    // per_portal_acl: the initiator must be in a group of a portal that listens on this address (§3.5).
    QList<QJsonObject> groups;
    for (const QJsonValue& gv : target->value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        if (portalAddresses(s, s.portals.value(g.value(QStringLiteral("portal")).toInt()))
                .contains(r.portalIp) &&
            initiatorAllowed(s, g, r.initiatorIqn))
            groups.append(g);
    }
    if (groups.isEmpty() || !networkAllowed(*target, r.initiatorIp)) {
        res.reason = QStringLiteral("authorization failure");
        return res;
    }
    bool authenticated = false;
    for (const QJsonObject& g : groups) {
        const QString method = g.value(QStringLiteral("authmethod")).toString();
        if (method == QLatin1String("NONE") || method.isEmpty()) {
            authenticated = true;
            break;
        }
        // CHAP: user/secret of an iscsi.auth entry with the group's tag; mutual: its peeruser/peersecret too.
        for (const QJsonObject& a : s.auths) {
            if (a.value(QStringLiteral("tag")).toInt() != g.value(QStringLiteral("auth")).toInt(-1))
                continue;
            const bool chapOk = !r.chapUser.isEmpty() &&
                                a.value(QStringLiteral("user")).toString() == r.chapUser &&
                                a.value(QStringLiteral("secret")).toString() == r.chapSecret;
            const bool mutualOk =
                method != QLatin1String("CHAP_MUTUAL") ||
                (!r.mutualUser.isEmpty() && a.value(QStringLiteral("peeruser")).toString() == r.mutualUser &&
                 a.value(QStringLiteral("peersecret")).toString() == r.mutualSecret);
            authenticated = authenticated || (chapOk && mutualOk);
        }
    }
    if (!authenticated) {
        res.reason = QStringLiteral("authentication failure");
        return res;
    }
    const int targetId = target->value(QStringLiteral("id")).toInt();
    const bool tpgs = m_backend->config().ha && s.iscsiGlobal.value(QStringLiteral("alua")).toBool();
    QList<QJsonObject> maps;
    for (const QJsonObject& te : s.targetExtents)
        if (te.value(QStringLiteral("target")).toInt() == targetId)
            maps.append(te);
    std::sort(maps.begin(), maps.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("lunid")).toInt() < b.value(QStringLiteral("lunid")).toInt();
    });
    for (const QJsonObject& te : maps) {
        const QJsonObject e = s.extents.value(te.value(QStringLiteral("extent")).toInt());
        if (!e.value(QStringLiteral("enabled")).toBool(true))
            continue;
        StorageLun lun;
        lun.lunId = te.value(QStringLiteral("lunid")).toInt();
        // ESXi shows the extent's naa without "0x", lowercase (§8).
        lun.naa = QStringLiteral("naa.") + e.value(QStringLiteral("naa")).toString().mid(2).toLower();
        const QString disk = e.value(QStringLiteral("disk")).toString();
        lun.sizeBytes = disk.startsWith(QLatin1String("zvol/"))
                            ? s.datasets.value(disk.mid(5)).volsize
                            : e.value(QStringLiteral("filesize")).toString().toULongLong();
        lun.logicalBlockSize = e.value(QStringLiteral("blocksize")).toInt(512);
        lun.vendor = e.value(QStringLiteral("vendor")).toString(QStringLiteral("TrueNAS"));
        lun.model = e.value(QStringLiteral("product_id")).toString(QStringLiteral("iSCSI Disk"));
        lun.tpgs = tpgs;
        res.luns.append(lun);
    }
    const auto same = [&](const TrueNasSession& x) {
        return x.initiator == r.initiatorIqn && x.portalIp == r.portalIp && x.target == r.targetIqn;
    };
    s.sessions.removeIf(same);
    s.sessions.append(TrueNasSession{r.initiatorIqn, r.initiatorIp, r.portalIp, r.targetIqn, targetId});
    res.ok = true;
    return res;
}

void TrueNasStorage::logout(const QString& initiatorIqn, const QString& portalIp, const QString& targetIqn)
{
    QMutexLocker lock(&m_backend->mutex());
    m_backend->state().sessions.removeIf([&](const TrueNasSession& x) {
        return x.initiator == initiatorIqn && x.portalIp == portalIp && x.target == targetIqn;
    });
}

QJsonObject TrueNasStorage::dumpState() const
{
    QJsonObject o = m_backend->dumpState();
    o.insert(QStringLiteral("kind"), QStringLiteral("truenas"));
    return o;
}

} // namespace mpio::lab
