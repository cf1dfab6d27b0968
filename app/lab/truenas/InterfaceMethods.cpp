#include "app/lab/truenas/InterfaceMethods.h"

#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

#include <QHostAddress>
#include <cmath>

namespace mpio::lab {

namespace {

QString networkOf(const QString& address, int prefix)
{
    const QHostAddress a(address);
    const quint32 mask = prefix <= 0 ? 0u : prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1u);
    return QHostAddress(a.toIPv4Address() & mask).toString() + QLatin1Char('/') + QString::number(prefix);
}

bool overlaps(const QString& a, int pa, const QString& b, int pb)
{
    const int p = std::min(pa, pb);
    const quint32 mask = p <= 0 ? 0u : p >= 32 ? 0xffffffffu : ~((1u << (32 - p)) - 1u);
    return (QHostAddress(a).toIPv4Address() & mask) == (QHostAddress(b).toIPv4Address() & mask);
}

QString broadcastOf(const QString& address, int prefix)
{
    const quint32 mask = prefix <= 0 ? 0u : prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1u);
    return QHostAddress((QHostAddress(address).toIPv4Address() & mask) | ~mask).toString();
}

Fields updateFields()
{
    return {Field::string(QStringLiteral("description")),
            Field::boolean(QStringLiteral("ipv4_dhcp")),
            Field::boolean(QStringLiteral("ipv6_auto")),
            Field::objectList(
                QStringLiteral("aliases"),
                {Field::choice(QStringLiteral("type"), {QStringLiteral("INET"), QStringLiteral("INET6")})
                     .def(QStringLiteral("INET")),
                 Field::string(QStringLiteral("address")).req(),
                 Field::integer(QStringLiteral("netmask")).req()}),
            Field::integer(QStringLiteral("mtu")).range(68, 9216).null(),
            Field::boolean(QStringLiteral("failover_critical")),
            Field::integer(QStringLiteral("failover_group")).null(),
            Field::any(QStringLiteral("failover_aliases")),
            Field::any(QStringLiteral("failover_virtual_aliases"))};
}

// Portal IPs that are no longer configured are rewritten to 0.0.0.0 by the listen delegate (§5.3).
void rewritePortals(TrueNasState& s)
{
    const QStringList ips = InterfaceMethods::staticAddresses(s);
    auto stale = [&ips](const QJsonValue& l) {
        const QString ip = l.toObject().value(QStringLiteral("ip")).toString();
        return ip != QLatin1String("0.0.0.0") && ip != QLatin1String("::") && !ips.contains(ip);
    };
    QMap<int, QJsonObject> next = s.portals;
    bool changed = false;
    for (auto it = next.begin(); it != next.end(); ++it) {
        QJsonArray listen = it->value(QStringLiteral("listen")).toArray();
        for (qsizetype i = 0; i < listen.size(); ++i)
            if (stale(listen.at(i))) {
                listen.replace(i, QJsonObject{{QStringLiteral("ip"), QStringLiteral("0.0.0.0")}});
                changed = true;
            }
        it->insert(QStringLiteral("listen"), listen);
    }
    if (!changed)
        return;
    if (!s.portalSnapshot) // the rollback restores the portals as they were before the first rewrite
        s.portalSnapshot = s.portals;
    s.portals = next;
}

RpcReply update(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    if (!rpc::argCount(p, 2, QStringLiteral("interface_update"), &r))
        return r;
    if (p.isEmpty() || !p.at(0).isString())
        return RpcReply::fail(RpcError::validation(
            QStringLiteral("id"), p.isEmpty() ? QStringLiteral("Field required")
                                              : QStringLiteral("Input should be a valid string")));
    const QString name = p.at(0).toString();
    if (!ctx.state.ifDb.contains(name))
        return RpcReply::fail(rpc::notFound(QStringLiteral("Interface"), name));
    QJsonObject in;
    if (!rpc::objectArg(p, 1, updateFields(), QStringLiteral("interface_update"), false, false, &in, &r))
        return r;
    const QString pre = QStringLiteral("interface_update");
    ValidationErrors errors;
    const QJsonObject next = rpc::merged(ctx.state.ifDb.value(name), in);
    const QJsonArray aliases = next.value(QStringLiteral("aliases")).toArray();
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        const QJsonObject a = aliases.at(i).toObject();
        const QString attr = pre + QStringLiteral(".aliases.") + QString::number(i);
        const QString address = a.value(QStringLiteral("address")).toString();
        const int mask = a.value(QStringLiteral("netmask")).toInt();
        QHostAddress ha;
        if (a.value(QStringLiteral("type")).toString() == QLatin1String("INET6")) {
            if (!ha.setAddress(address) || ha.protocol() != QAbstractSocket::IPv6Protocol)
                errors.append(
                    {attr + QStringLiteral(".address"), QStringLiteral("Not a valid IPv6 address"), 22});
            continue;
        }
        if (!ha.setAddress(address) || ha.protocol() != QAbstractSocket::IPv4Protocol) {
            errors.append(
                {attr + QStringLiteral(".address"), QStringLiteral("Not a valid IPv4 address"), 22});
            continue;
        }
        if (mask < 0 || mask > 32) {
            errors.append({attr + QStringLiteral(".netmask"), QStringLiteral("Invalid netmask"), 22});
            continue;
        }
        // §5.2: a network already configured on another interface is refused (one subnet per NIC).
        for (auto it = ctx.state.ifDb.begin(); it != ctx.state.ifDb.end(); ++it) {
            if (it.key() == name)
                continue;
            for (const QJsonValue& o : it->value(QStringLiteral("aliases")).toArray()) {
                const QJsonObject oa = o.toObject();
                if (oa.value(QStringLiteral("type")).toString() == QLatin1String("INET") &&
                    overlaps(address, mask, oa.value(QStringLiteral("address")).toString(),
                             oa.value(QStringLiteral("netmask")).toInt())) {
                    errors.append({attr,
                                   QStringLiteral("The network %1 is already in use by another interface.")
                                       .arg(networkOf(address, mask)),
                                   22});
                }
            }
        }
    }
    if (next.value(QStringLiteral("ipv4_dhcp")).toBool())
        for (auto it = ctx.state.ifDb.begin(); it != ctx.state.ifDb.end(); ++it)
            if (it.key() != name && it->value(QStringLiteral("ipv4_dhcp")).toBool())
                errors.append({pre + QStringLiteral(".ipv4_dhcp"),
                               QStringLiteral("Only one interface can be used for DHCP."), 22});
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    // The first staged change snapshots the DB (__save_datastores): has_pending_changes, rollback source.
    if (!ctx.state.ifSnapshot)
        ctx.state.ifSnapshot = ctx.state.ifDb;
    ctx.state.ifDb.insert(name, next);
    return RpcReply::ok(InterfaceMethods::entry(ctx.state, name));
}

RpcReply commit(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    if (!rpc::argCount(p, 1, QStringLiteral("interface_commit"), &r))
        return r;
    QJsonObject in;
    const Fields fields{Field::boolean(QStringLiteral("rollback")).def(true),
                        Field::integer(QStringLiteral("checkin_timeout")).range(0, 1000000).def(60)};
    if (!rpc::objectArg(p, 0, fields, QStringLiteral("options"), false, true, &in, &r))
        return r;
    bool addressed = false;
    for (const QJsonObject& row : ctx.state.ifDb)
        addressed = addressed || row.value(QStringLiteral("ipv4_dhcp")).toBool() ||
                    row.value(QStringLiteral("ipv6_auto")).toBool() ||
                    !row.value(QStringLiteral("aliases")).toArray().isEmpty();
    if (!addressed)
        return RpcReply::fail(
            RpcError::validation(QStringLiteral("interface.commit"),
                                 QStringLiteral("At least one interface must be configured with IPv4 DHCP, "
                                                "IPv6 Autoconfig or a static IP.")));
    if (!ctx.state.ifSnapshot)
        ctx.state.ifSnapshot = ctx.state.ifDb;
    ctx.state.ifApplied = ctx.state.ifDb;
    rewritePortals(ctx.state);
    const bool rollback = in.value(QStringLiteral("rollback")).toBool();
    const int timeout = in.value(QStringLiteral("checkin_timeout")).toInt();
    if (rollback && timeout > 0) {
        ctx.state.ifCheckinPending = true;
        ctx.backend.scheduleRollback(ctx.backend.scaled(timeout * 1000.0));
    } else {
        ctx.backend.cancelRollback();
        ctx.state.ifCheckinPending = false;
        ctx.state.ifSnapshot.reset();
        ctx.state.portalSnapshot.reset();
    }
    ctx.backend.markStorageChanged();
    return RpcReply::ok(QJsonValue::Null);
}

} // namespace

QStringList InterfaceMethods::staticAddresses(const TrueNasState& s)
{
    QStringList out;
    for (const QJsonObject& row : s.ifApplied)
        for (const QJsonValue& a : row.value(QStringLiteral("aliases")).toArray())
            out.append(a.toObject().value(QStringLiteral("address")).toString());
    return out;
}

QJsonObject InterfaceMethods::entry(const TrueNasState& s, const QString& name)
{
    const QJsonObject db = s.ifDb.value(name);
    const QJsonObject live = s.ifApplied.value(name);
    const TrueNasNicHw hw = s.nicHw.value(name);
    QJsonArray liveAliases{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("LINK")}, {QStringLiteral("address"), hw.mac}}};
    for (const QJsonValue& v : live.value(QStringLiteral("aliases")).toArray()) {
        const QJsonObject a = v.toObject();
        QJsonObject o = a;
        if (a.value(QStringLiteral("type")).toString() == QLatin1String("INET"))
            o.insert(QStringLiteral("broadcast"), broadcastOf(a.value(QStringLiteral("address")).toString(),
                                                              a.value(QStringLiteral("netmask")).toInt()));
        liveAliases.append(o);
    }
    // state.aliases also shows DHCP leases (the DB aliases only the static configuration, §5.1).
    if (live.value(QStringLiteral("ipv4_dhcp")).toBool() && !hw.dhcpAddress.isEmpty())
        liveAliases.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("INET")},
                        {QStringLiteral("address"), hw.dhcpAddress},
                        {QStringLiteral("netmask"), hw.dhcpPrefix},
                        {QStringLiteral("broadcast"), broadcastOf(hw.dhcpAddress, hw.dhcpPrefix)}});
    const QJsonValue liveMtu = live.value(QStringLiteral("mtu"));
    const QString speed = QStringLiteral("%1Mb/s Twisted Pair").arg(hw.speedMbps);
    const QJsonObject state{
        {QStringLiteral("name"), name},
        {QStringLiteral("orig_name"), name},
        {QStringLiteral("description"), live.value(QStringLiteral("description")).toString()},
        {QStringLiteral("mtu"), liveMtu.isNull() ? 1500 : liveMtu.toInt()},
        {QStringLiteral("cloned"), false},
        {QStringLiteral("flags"),
         hw.link
             ? QJsonArray{QStringLiteral("RUNNING"), QStringLiteral("UP"), QStringLiteral("BROADCAST"),
                          QStringLiteral("MULTICAST"), QStringLiteral("LOWER_UP")}
             : QJsonArray{QStringLiteral("UP"), QStringLiteral("BROADCAST"), QStringLiteral("MULTICAST")}},
        {QStringLiteral("nd6_flags"), QJsonArray()},
        {QStringLiteral("capabilities"), QJsonArray()},
        {QStringLiteral("link_state"),
         hw.link ? QStringLiteral("LINK_STATE_UP") : QStringLiteral("LINK_STATE_DOWN")},
        {QStringLiteral("media_type"), QStringLiteral("Ethernet")},
        {QStringLiteral("media_subtype"), QStringLiteral("autoselect")},
        {QStringLiteral("active_media_type"), QStringLiteral("Ethernet")},
        {QStringLiteral("active_media_subtype"), hw.link ? speed : QStringLiteral("Unknown")},
        {QStringLiteral("supported_media"),
         QJsonArray{QStringLiteral("1000baseT/Full"), QStringLiteral("10000baseT/Full")}},
        {QStringLiteral("media_options"), QJsonValue::Null},
        {QStringLiteral("link_address"), hw.mac},
        {QStringLiteral("permanent_link_address"), hw.mac},
        {QStringLiteral("hardware_link_address"), hw.mac},
        {QStringLiteral("rx_queues"), 8},
        {QStringLiteral("tx_queues"), 8},
        {QStringLiteral("aliases"), liveAliases},
        {QStringLiteral("vrrp_config"), QJsonArray()}};
    return QJsonObject{{QStringLiteral("id"), name},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("fake"), false},
                       {QStringLiteral("type"), QStringLiteral("PHYSICAL")},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("aliases"), db.value(QStringLiteral("aliases"))},
                       {QStringLiteral("ipv4_dhcp"), db.value(QStringLiteral("ipv4_dhcp"))},
                       {QStringLiteral("ipv6_auto"), db.value(QStringLiteral("ipv6_auto"))},
                       {QStringLiteral("description"), db.value(QStringLiteral("description"))},
                       {QStringLiteral("mtu"), db.value(QStringLiteral("mtu"))},
                       {QStringLiteral("failover_critical"), false},
                       {QStringLiteral("failover_vhid"), QJsonValue::Null},
                       {QStringLiteral("failover_group"), QJsonValue::Null},
                       {QStringLiteral("failover_aliases"), QJsonArray()},
                       {QStringLiteral("failover_virtual_aliases"), QJsonArray()}};
}

void InterfaceMethods::rollback(TrueNasBackend& b)
{
    TrueNasState& s = b.state();
    b.cancelRollback();
    if (s.ifSnapshot) {
        s.ifDb = *s.ifSnapshot;
        s.ifApplied = *s.ifSnapshot;
    }
    if (s.portalSnapshot)
        s.portals = *s.portalSnapshot;
    s.ifSnapshot.reset();
    s.portalSnapshot.reset();
    s.ifCheckinPending = false;
    b.markStorageChanged();
}

void InterfaceMethods::registerAll(MethodTable& t, const TrueNasConfig& config)
{
    t.add(QStringLiteral("interface.query"), [](CallContext& ctx, const QJsonArray& p) {
        QJsonArray all;
        for (auto it = ctx.state.ifDb.begin(); it != ctx.state.ifDb.end(); ++it)
            all.append(entry(ctx.state, it.key()));
        return rpc::query(all, p);
    });
    t.add(QStringLiteral("interface.update"), update);
    t.add(QStringLiteral("interface.commit"), commit);
    t.add(QStringLiteral("interface.checkin"), [](CallContext& ctx, const QJsonArray&) {
        ctx.backend.cancelRollback();
        ctx.state.ifSnapshot.reset();
        ctx.state.portalSnapshot.reset();
        ctx.state.ifCheckinPending = false;
        return RpcReply::ok(QJsonValue::Null);
    });
    t.add(QStringLiteral("interface.cancel_rollback"), [](CallContext& ctx, const QJsonArray&) {
        ctx.backend.cancelRollback();
        ctx.state.ifCheckinPending = false;
        return RpcReply::ok(QJsonValue::Null);
    });
    t.add(QStringLiteral("interface.checkin_waiting"), [](CallContext& ctx, const QJsonArray&) {
        const int ms = ctx.backend.rollbackRemainingMs();
        if (ms < 0)
            return RpcReply::ok(QJsonValue::Null);
        // Remaining lab seconds, in the client's (unscaled) units.
        return RpcReply::ok(std::max(1, int(std::ceil(ms / (1000.0 * ctx.config.timeScale) - 1e-6))));
    });
    t.add(QStringLiteral("interface.rollback"), [](CallContext& ctx, const QJsonArray&) {
        rollback(ctx.backend);
        return RpcReply::ok(QJsonValue::Null);
    });
    t.add(QStringLiteral("interface.has_pending_changes"),
          [](CallContext& ctx, const QJsonArray&) { return RpcReply::ok(ctx.state.ifSnapshot.has_value()); });
    // The lab's management address is the first NIC's (the client really talks to 127.0.0.1).
    t.add(QStringLiteral("interface.websocket_local_ip"), [](CallContext& ctx, const QJsonArray&) {
        const QStringList ips = staticAddresses(ctx.state);
        return RpcReply::ok(ips.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ips.first()));
    });
    t.add(QStringLiteral("interface.websocket_interface"), [](CallContext& ctx, const QJsonArray&) {
        if (ctx.state.ifDb.isEmpty())
            return RpcReply::ok(QJsonValue::Null);
        return RpcReply::ok(entry(ctx.state, ctx.state.ifDb.firstKey()));
    });
    if (config.atLeast(25, 10))
        t.add(QStringLiteral("interface.network_config_to_be_removed"),
              [](CallContext&, const QJsonArray&) { return RpcReply::ok(QJsonArray()); });
    else
        t.add(QStringLiteral("interface.default_route_will_be_removed"),
              [](CallContext&, const QJsonArray&) { return RpcReply::ok(false); });
}

} // namespace mpio::lab
