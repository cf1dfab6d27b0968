#include "app/lab/truenas/TrueNasState.h"

#include <algorithm>

namespace mpio::lab {

int TrueNasState::allocId(const QString& table)
{
    return ++lastIds[table];
}

quint64 TrueNasState::poolAvailable(const QString& pool) const
{
    quint64 free = 0;
    for (const TrueNasPoolSpec& p : pools)
        if (p.name == pool)
            free = p.freeBytes;
    for (const TrueNasDataset& d : datasets)
        if (d.pool() == pool && d.type == QLatin1String("VOLUME") && !d.sparse)
            free = free > d.volsize ? free - d.volsize : 0;
    return free;
}

QString TrueNasState::targetIqn(const QJsonObject& target) const
{
    // A target's IQN is always <basename>:<name> (scst.conf.mako, truenas-api.md §3).
    return iscsiGlobal.value(QStringLiteral("basename")).toString() + QLatin1Char(':') +
           target.value(QStringLiteral("name")).toString();
}

TrueNasState TrueNasState::initial(const TrueNasConfig& c)
{
    TrueNasState s;
    int idx = 0;
    for (const TrueNasNicSpec& n : c.nics) {
        TrueNasNicHw hw;
        hw.name = n.name;
        hw.link = n.link;
        hw.mac = QStringLiteral("3c:ec:ef:10:%1:%2")
                     .arg(idx / 256, 2, 16, QLatin1Char('0'))
                     .arg(idx % 256, 2, 16, QLatin1Char('0'));
        ++idx;
        if (n.dhcp) {
            hw.dhcpAddress = n.ipv4;
            hw.dhcpPrefix = n.prefix;
        }
        s.nicHw.insert(n.name, hw);
        QJsonArray aliases;
        if (!n.dhcp && !n.ipv4.isEmpty())
            aliases.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("INET")},
                                       {QStringLiteral("address"), n.ipv4},
                                       {QStringLiteral("netmask"), n.prefix}});
        s.ifDb.insert(n.name, QJsonObject{{QStringLiteral("name"), n.name},
                                          {QStringLiteral("description"), QString()},
                                          {QStringLiteral("ipv4_dhcp"), n.dhcp},
                                          {QStringLiteral("ipv6_auto"), false},
                                          {QStringLiteral("aliases"), aliases},
                                          {QStringLiteral("mtu"), n.mtu}});
    }
    s.ifApplied = s.ifDb;
    s.pools = c.pools;
    for (const TrueNasPoolSpec& p : c.pools) {
        TrueNasDataset root;
        root.name = p.name;
        root.compression = QStringLiteral("LZ4");
        root.sync = QStringLiteral("STANDARD");
        root.deduplication = QStringLiteral("OFF");
        root.readonly = QStringLiteral("OFF");
        s.datasets.insert(root.name, root);
    }
    for (const QString& name : c.datasets) {
        const QStringList parts = name.split(QLatin1Char('/'));
        for (qsizetype i = 2; i <= parts.size(); ++i) {
            TrueNasDataset d;
            d.name = parts.mid(0, i).join(QLatin1Char('/'));
            if (!s.datasets.contains(d.name))
                s.datasets.insert(d.name, d);
        }
    }
    s.iscsiGlobal = QJsonObject{{QStringLiteral("id"), 1},
                                {QStringLiteral("basename"), QStringLiteral("iqn.2005-10.org.freenas.ctl")},
                                {QStringLiteral("isns_servers"), QJsonArray()},
                                {QStringLiteral("listen_port"), 3260},
                                {QStringLiteral("pool_avail_threshold"), QJsonValue::Null},
                                {QStringLiteral("alua"), false},
                                {QStringLiteral("iser"), false}};
    const QList<QPair<QString, bool>> services{
        {QStringLiteral("cifs"), false},        {QStringLiteral("ftp"), false},
        {QStringLiteral("iscsitarget"), false}, {QStringLiteral("nfs"), false},
        {QStringLiteral("snmp"), false},        {QStringLiteral("ssh"), true},
        {QStringLiteral("ups"), false},         {QStringLiteral("smartd"), true}};
    int sid = 0;
    for (const auto& [name, on] : services) {
        bool enable = on, running = on;
        if (name == QLatin1String("iscsitarget")) {
            enable = c.iscsiServiceEnabled;
            running = c.iscsiServiceRunning;
        }
        s.services.insert(
            name, QJsonObject{{QStringLiteral("id"), ++sid},
                              {QStringLiteral("service"), name},
                              {QStringLiteral("enable"), enable},
                              {QStringLiteral("state"),
                               running ? QStringLiteral("RUNNING") : QStringLiteral("STOPPED")},
                              {QStringLiteral("pids"), running ? QJsonArray{1000 + sid} : QJsonArray()}});
    }
    return s;
}

namespace {

QJsonArray rows(const QMap<int, QJsonObject>& m)
{
    QJsonArray a;
    for (const QJsonObject& o : m)
        a.append(o);
    return a;
}

QJsonObject ifaces(const QMap<QString, QJsonObject>& m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject TrueNasState::toJson() const
{
    QJsonArray ds;
    for (const TrueNasDataset& d : datasets)
        ds.append(QJsonObject{{QStringLiteral("name"), d.name},
                              {QStringLiteral("type"), d.type},
                              {QStringLiteral("volsize"), double(d.volsize)},
                              {QStringLiteral("volblocksize"), d.volblocksize},
                              {QStringLiteral("sparse"), d.sparse},
                              {QStringLiteral("compression"), d.compression},
                              {QStringLiteral("sync"), d.sync},
                              {QStringLiteral("comments"), d.comments},
                              {QStringLiteral("deviceReady"), d.deviceReady}});
    QJsonArray pl;
    for (const TrueNasPoolSpec& p : pools)
        pl.append(QJsonObject{{QStringLiteral("name"), p.name},
                              {QStringLiteral("sizeBytes"), double(p.sizeBytes)},
                              {QStringLiteral("freeBytes"), double(p.freeBytes)},
                              {QStringLiteral("available"), double(poolAvailable(p.name))},
                              {QStringLiteral("slog"), p.slog}});
    QList<TrueNasSession> sorted = sessions;
    std::sort(sorted.begin(), sorted.end(), [](const TrueNasSession& a, const TrueNasSession& b) {
        return std::tie(a.target, a.initiator, a.portalIp) < std::tie(b.target, b.initiator, b.portalIp);
    });
    QJsonArray ss;
    for (const TrueNasSession& x : sorted)
        ss.append(QJsonObject{{QStringLiteral("initiator"), x.initiator},
                              {QStringLiteral("initiatorAddr"), x.initiatorAddr},
                              {QStringLiteral("portalIp"), x.portalIp},
                              {QStringLiteral("target"), x.target}});
    QJsonArray keys;
    for (const TrueNasApiKey& k : apiKeys)
        keys.append(QJsonObject{{QStringLiteral("id"), k.id},
                                {QStringLiteral("username"), k.username},
                                {QStringLiteral("revoked"), k.revoked}});
    QJsonObject svc;
    for (auto it = services.begin(); it != services.end(); ++it)
        svc.insert(it.key(), it.value());
    QJsonObject links;
    for (const TrueNasNicHw& hw : nicHw)
        links.insert(hw.name, hw.link);
    QJsonObject auth;
    QJsonArray authRows;
    for (QJsonObject a : auths) { // secrets never leave the lab's dump
        a.insert(QStringLiteral("secret"), QStringLiteral("********"));
        if (!a.value(QStringLiteral("peersecret")).toString().isEmpty())
            a.insert(QStringLiteral("peersecret"), QStringLiteral("********"));
        authRows.append(a);
    }
    return QJsonObject{
        {QStringLiteral("interfaces"), QJsonObject{{QStringLiteral("db"), ifaces(ifDb)},
                                                   {QStringLiteral("applied"), ifaces(ifApplied)},
                                                   {QStringLiteral("pendingChanges"), ifSnapshot.has_value()},
                                                   {QStringLiteral("checkinPending"), ifCheckinPending},
                                                   {QStringLiteral("link"), links}}},
        {QStringLiteral("pools"), pl},
        {QStringLiteral("datasets"), ds},
        {QStringLiteral("iscsi"), QJsonObject{{QStringLiteral("global"), iscsiGlobal},
                                              {QStringLiteral("portals"), rows(portals)},
                                              {QStringLiteral("initiators"), rows(initiators)},
                                              {QStringLiteral("auths"), authRows},
                                              {QStringLiteral("targets"), rows(targets)},
                                              {QStringLiteral("extents"), rows(extents)},
                                              {QStringLiteral("targetextents"), rows(targetExtents)},
                                              {QStringLiteral("sessions"), ss}}},
        {QStringLiteral("services"), svc},
        {QStringLiteral("apiKeys"), keys}};
}

} // namespace mpio::lab
