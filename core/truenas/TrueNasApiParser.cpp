#include "core/truenas/TrueNasApiParser.h"

namespace mpio {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

int num(const QJsonObject& o, const char* key, int fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}

qint64 big(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

// ZFS properties come as {"parsed":…, "rawvalue":…, "value":…} (§4.1).
QJsonObject prop(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

QList<TrueNasSnapshot::Nic> TrueNasApiParser::interfaces(const QJsonArray& result,
                                                         const QString& apiInterface)
{
    QList<TrueNasSnapshot::Nic> nics;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        const QJsonObject state = o.value(QStringLiteral("state")).toObject();
        TrueNasSnapshot::Nic n;
        n.name = str(o, "name");
        n.description = str(o, "description");
        n.type = str(o, "type");
        n.linkState = str(state, "link_state");
        n.linkUp = n.linkState == QLatin1String("LINK_STATE_UP");
        n.media = str(state, "active_media_subtype");
        n.mtu = num(state, "mtu");
        n.configuredMtu = num(o, "mtu");
        n.dhcp = o.value(QStringLiteral("ipv4_dhcp")).toBool();
        for (const auto& a : o.value(QStringLiteral("aliases")).toArray()) {
            const QJsonObject alias = a.toObject();
            if (str(alias, "type") == QLatin1String("INET") || str(alias, "type").isEmpty())
                n.staticAliases.append({str(alias, "address"), num(alias, "netmask")});
        }
        for (const auto& a : state.value(QStringLiteral("aliases")).toArray()) {
            const QJsonObject alias = a.toObject();
            if (str(alias, "type") == QLatin1String("LINK"))
                n.mac = str(alias, "address");
            else if (str(alias, "type") == QLatin1String("INET"))
                n.liveAddresses.append({str(alias, "address"), num(alias, "netmask")});
        }
        if (n.mac.isEmpty())
            n.mac = str(state, "link_address");
        n.carriesApi = !apiInterface.isEmpty() && n.name == apiInterface;
        nics.append(n);
    }
    return nics;
}

QList<TrueNasSnapshot::Pool> TrueNasApiParser::pools(const QJsonArray& result)
{
    QList<TrueNasSnapshot::Pool> pools;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        TrueNasSnapshot::Pool p;
        p.name = str(o, "name");
        p.status = str(o, "status");
        p.healthy = o.value(QStringLiteral("healthy")).toBool();
        p.size = big(o.value(QStringLiteral("size")));
        p.free = big(o.value(QStringLiteral("free")));
        // TN-SLOG: the pool has a SLOG iff topology.log is non-empty (§4.3).
        for (const auto& log :
             o.value(QStringLiteral("topology")).toObject().value(QStringLiteral("log")).toArray()) {
            const QJsonObject vdev = log.toObject();
            p.slogVdevs.append(QStringLiteral("%1 (%2)").arg(str(vdev, "name"), str(vdev, "type")));
        }
        p.hasSlog = !p.slogVdevs.isEmpty();
        pools.append(p);
    }
    return pools;
}

QList<TrueNasSnapshot::Zvol> TrueNasApiParser::zvols(const QJsonArray& result)
{
    QList<TrueNasSnapshot::Zvol> zvols;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        if (str(o, "type") != QLatin1String("VOLUME"))
            continue;
        TrueNasSnapshot::Zvol z;
        z.name = str(o, "name");
        z.pool = str(o, "pool").isEmpty() ? z.name.section(QLatin1Char('/'), 0, 0) : str(o, "pool");
        const QJsonObject volsize = prop(o, "volsize");
        z.volsize = volsize.contains(QStringLiteral("parsed"))
                        ? big(volsize.value(QStringLiteral("parsed")))
                        : big(volsize.value(QStringLiteral("rawvalue")));
        z.volblocksize = str(prop(o, "volblocksize"), "value");
        z.sync = str(prop(o, "sync"), "value");
        z.compression = str(prop(o, "compression"), "value");
        zvols.append(z);
    }
    return zvols;
}

QStringList TrueNasApiParser::diskChoices(const QJsonObject& result)
{
    QStringList out;
    for (auto it = result.begin(); it != result.end(); ++it)
        if (it.key().startsWith(QLatin1String("zvol/")))
            out.append(it.key());
    out.sort();
    return out;
}

QList<TrueNasSnapshot::Portal> TrueNasApiParser::portals(const QJsonArray& result)
{
    QList<TrueNasSnapshot::Portal> portals;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        TrueNasSnapshot::Portal p;
        p.id = num(o, "id");
        p.tag = num(o, "tag");
        p.comment = str(o, "comment");
        for (const auto& l : o.value(QStringLiteral("listen")).toArray()) {
            p.ips.append(str(l.toObject(), "ip"));
            p.port = num(l.toObject(), "port", p.port);
        }
        portals.append(p);
    }
    return portals;
}

QList<TrueNasSnapshot::InitiatorGroup> TrueNasApiParser::initiatorGroups(const QJsonArray& result)
{
    QList<TrueNasSnapshot::InitiatorGroup> groups;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        TrueNasSnapshot::InitiatorGroup g;
        g.id = num(o, "id");
        g.comment = str(o, "comment");
        for (const auto& i : o.value(QStringLiteral("initiators")).toArray())
            g.initiators.append(i.toString());
        groups.append(g);
    }
    return groups;
}

QList<TrueNasSnapshot::AuthEntry> TrueNasApiParser::authEntries(const QJsonArray& result)
{
    QList<TrueNasSnapshot::AuthEntry> entries;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        TrueNasSnapshot::AuthEntry a; // `secret` and `peersecret` are deliberately not read
        a.id = num(o, "id");
        a.tag = num(o, "tag");
        a.user = str(o, "user");
        a.peerUser = str(o, "peeruser");
        a.discoveryAuth = str(o, "discovery_auth");
        entries.append(a);
    }
    return entries;
}

QList<TrueNasSnapshot::Target> TrueNasApiParser::targets(const QJsonArray& result, const QString& basename)
{
    QList<TrueNasSnapshot::Target> targets;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        TrueNasSnapshot::Target t;
        t.id = num(o, "id");
        t.name = str(o, "name");
        t.iqn = basename.isEmpty() ? t.name : basename + QLatin1Char(':') + t.name; // §3: <basename>:<name>
        t.alias = str(o, "alias");
        t.mode = str(o, "mode");
        for (const auto& g : o.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject group = g.toObject();
            t.groups.append({num(group, "portal"), num(group, "initiator"), str(group, "authmethod"),
                             num(group, "auth")});
        }
        targets.append(t);
    }
    return targets;
}

QList<TrueNasSnapshot::Extent> TrueNasApiParser::extents(const QJsonArray& result)
{
    QList<TrueNasSnapshot::Extent> extents;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        TrueNasSnapshot::Extent e;
        e.id = num(o, "id");
        e.name = str(o, "name");
        e.type = str(o, "type");
        e.disk = str(o, "disk");
        e.blocksize = num(o, "blocksize");
        e.naa = str(o, "naa");
        e.serial = str(o, "serial");
        e.vendor = str(o, "vendor");
        e.productId = str(o, "product_id");
        e.rpm = str(o, "rpm");
        e.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        e.readOnly = o.value(QStringLiteral("ro")).toBool();
        e.insecureTpc = o.value(QStringLiteral("insecure_tpc")).toBool();
        extents.append(e);
    }
    return extents;
}

QList<TrueNasSnapshot::TargetExtent> TrueNasApiParser::targetExtents(const QJsonArray& result)
{
    QList<TrueNasSnapshot::TargetExtent> mappings;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        mappings.append({num(o, "id"), num(o, "target"), num(o, "extent"), num(o, "lunid")});
    }
    return mappings;
}

QList<TrueNasSnapshot::Session> TrueNasApiParser::sessions(const QJsonArray& result)
{
    QList<TrueNasSnapshot::Session> sessions;
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        sessions.append({str(o, "initiator"), str(o, "initiator_addr"), str(o, "target")});
    }
    return sessions;
}

void TrueNasApiParser::service(const QJsonArray& result, bool* enabled, QString* state)
{
    for (const auto& v : result) {
        const QJsonObject o = v.toObject();
        if (str(o, "service") != QLatin1String("iscsitarget"))
            continue;
        *enabled = o.value(QStringLiteral("enable")).toBool();
        *state = str(o, "state");
        return;
    }
    *enabled = false;
    *state = QStringLiteral("UNKNOWN");
}

QString TrueNasApiParser::interfaceName(const QJsonValue& result)
{
    if (result.isString())
        return result.toString();
    const QJsonObject o = result.toObject();
    return o.value(QStringLiteral("name")).toString();
}

} // namespace mpio
