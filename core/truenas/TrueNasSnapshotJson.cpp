#include "core/truenas/TrueNasSnapshotJson.h"

#include "core/model/ByteSize.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mpio {

namespace {

using S = TrueNasSnapshot;

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& s : v.toArray())
        out.append(s.toString());
    return out;
}

template<typename T, typename F> QJsonArray array(const QList<T>& list, F f)
{
    QJsonArray out;
    for (const auto& item : list)
        out.append(f(item));
    return out;
}

template<typename T, typename F> QList<T> list(const QJsonValue& v, F f)
{
    QList<T> out;
    for (const auto& item : v.toArray())
        out.append(f(item.toObject()));
    return out;
}

QJsonArray addresses(const QList<S::Address>& list)
{
    return array(list, [](const S::Address& a) {
        return QJsonObject{{QStringLiteral("address"), a.address}, {QStringLiteral("prefix"), a.prefix}};
    });
}

QList<S::Address> addresses(const QJsonValue& v)
{
    return list<S::Address>(v, [](const QJsonObject& o) {
        return S::Address{o.value(QStringLiteral("address")).toString(),
                          o.value(QStringLiteral("prefix")).toInt()};
    });
}

QString s(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
int i(const QJsonObject& o, const char* key, int fallback = 0)
{
    return o.value(QLatin1String(key)).toInt(fallback);
}
qint64 l(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
bool b(const QJsonObject& o, const char* key, bool fallback = false)
{
    return o.value(QLatin1String(key)).toBool(fallback);
}

QString addressText(const QList<S::Address>& list)
{
    QStringList parts;
    for (const auto& a : list)
        parts.append(QStringLiteral("%1/%2").arg(a.address).arg(a.prefix));
    return parts.join(QStringLiteral(", "));
}

QString size(qint64 bytes)
{
    return bytes > 0 ? ByteSize::format(quint64(bytes)) : QStringLiteral("?");
}

} // namespace

QJsonObject TrueNasSnapshotJson::toJson(const TrueNasSnapshot& snap)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), kSchema);
    o.insert(QStringLiteral("host"), snap.host);
    o.insert(QStringLiteral("version"), snap.version);
    o.insert(QStringLiteral("apiLine"), snap.apiLine);
    o.insert(QStringLiteral("hostname"), snap.hostname);
    o.insert(QStringLiteral("apiInterface"), snap.apiInterface);
    o.insert(QStringLiteral("nics"), array(snap.nics, [](const S::Nic& n) {
                 return QJsonObject{{QStringLiteral("name"), n.name},
                                    {QStringLiteral("description"), n.description},
                                    {QStringLiteral("type"), n.type},
                                    {QStringLiteral("linkState"), n.linkState},
                                    {QStringLiteral("linkUp"), n.linkUp},
                                    {QStringLiteral("media"), n.media},
                                    {QStringLiteral("mtu"), n.mtu},
                                    {QStringLiteral("configuredMtu"), n.configuredMtu},
                                    {QStringLiteral("dhcp"), n.dhcp},
                                    {QStringLiteral("staticAliases"), addresses(n.staticAliases)},
                                    {QStringLiteral("liveAddresses"), addresses(n.liveAddresses)},
                                    {QStringLiteral("mac"), n.mac},
                                    {QStringLiteral("carriesApi"), n.carriesApi}};
             }));
    o.insert(QStringLiteral("pools"), array(snap.pools, [](const S::Pool& p) {
                 return QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("status"), p.status},
                                    {QStringLiteral("healthy"), p.healthy},
                                    {QStringLiteral("hasSlog"), p.hasSlog},
                                    {QStringLiteral("slogVdevs"), strings(p.slogVdevs)},
                                    {QStringLiteral("size"), p.size},
                                    {QStringLiteral("free"), p.free}};
             }));
    o.insert(QStringLiteral("zvols"), array(snap.zvols, [](const S::Zvol& z) {
                 return QJsonObject{
                     {QStringLiteral("name"), z.name},       {QStringLiteral("pool"), z.pool},
                     {QStringLiteral("volsize"), z.volsize}, {QStringLiteral("volblocksize"), z.volblocksize},
                     {QStringLiteral("sync"), z.sync},       {QStringLiteral("compression"), z.compression}};
             }));
    o.insert(QStringLiteral("freeZvols"), strings(snap.freeZvols));
    o.insert(
        QStringLiteral("iscsi"),
        QJsonObject{
            {QStringLiteral("basename"), snap.basename},
            {QStringLiteral("listenPort"), snap.listenPort},
            {QStringLiteral("service"), QJsonObject{{QStringLiteral("enabled"), snap.serviceEnabled},
                                                    {QStringLiteral("state"), snap.serviceState}}},
            {QStringLiteral("portals"), array(snap.portals,
                                              [](const S::Portal& p) {
                                                  return QJsonObject{{QStringLiteral("id"), p.id},
                                                                     {QStringLiteral("tag"), p.tag},
                                                                     {QStringLiteral("ips"), strings(p.ips)},
                                                                     {QStringLiteral("port"), p.port},
                                                                     {QStringLiteral("comment"), p.comment}};
                                              })},
            {QStringLiteral("initiatorGroups"),
             array(snap.initiatorGroups,
                   [](const S::InitiatorGroup& g) {
                       return QJsonObject{{QStringLiteral("id"), g.id},
                                          {QStringLiteral("initiators"), strings(g.initiators)},
                                          {QStringLiteral("comment"), g.comment}};
                   })},
            {QStringLiteral("authEntries"), array(snap.authEntries,
                                                  [](const S::AuthEntry& a) {
                                                      return QJsonObject{
                                                          {QStringLiteral("id"), a.id},
                                                          {QStringLiteral("tag"), a.tag},
                                                          {QStringLiteral("user"), a.user},
                                                          {QStringLiteral("peerUser"), a.peerUser},
                                                          {QStringLiteral("discoveryAuth"), a.discoveryAuth}};
                                                  })},
            {QStringLiteral("targets"),
             array(snap.targets,
                   [](const S::Target& t) {
                       return QJsonObject{
                           {QStringLiteral("id"), t.id},
                           {QStringLiteral("name"), t.name},
                           {QStringLiteral("iqn"), t.iqn},
                           {QStringLiteral("alias"), t.alias},
                           {QStringLiteral("mode"), t.mode},
                           {QStringLiteral("groups"), array(t.groups, [](const S::TargetGroup& g) {
                                return QJsonObject{{QStringLiteral("portal"), g.portal},
                                                   {QStringLiteral("initiator"), g.initiator},
                                                   {QStringLiteral("authMethod"), g.authMethod},
                                                   {QStringLiteral("authTag"), g.authTag}};
                            })}};
                   })},
            {QStringLiteral("extents"), array(snap.extents,
                                              [](const S::Extent& e) {
                                                  return QJsonObject{
                                                      {QStringLiteral("id"), e.id},
                                                      {QStringLiteral("name"), e.name},
                                                      {QStringLiteral("type"), e.type},
                                                      {QStringLiteral("disk"), e.disk},
                                                      {QStringLiteral("blocksize"), e.blocksize},
                                                      {QStringLiteral("naa"), e.naa},
                                                      {QStringLiteral("serial"), e.serial},
                                                      {QStringLiteral("vendor"), e.vendor},
                                                      {QStringLiteral("productId"), e.productId},
                                                      {QStringLiteral("rpm"), e.rpm},
                                                      {QStringLiteral("enabled"), e.enabled},
                                                      {QStringLiteral("readOnly"), e.readOnly},
                                                      {QStringLiteral("insecureTpc"), e.insecureTpc}};
                                              })},
            {QStringLiteral("targetExtents"), array(snap.targetExtents,
                                                    [](const S::TargetExtent& m) {
                                                        return QJsonObject{
                                                            {QStringLiteral("id"), m.id},
                                                            {QStringLiteral("target"), m.target},
                                                            {QStringLiteral("extent"), m.extent},
                                                            {QStringLiteral("lunId"), m.lunId}};
                                                    })},
            {QStringLiteral("sessions"), array(snap.sessions, [](const S::Session& x) {
                 return QJsonObject{{QStringLiteral("initiator"), x.initiator},
                                    {QStringLiteral("initiatorAddress"), x.initiatorAddress},
                                    {QStringLiteral("target"), x.target}};
             })}});
    o.insert(QStringLiteral("notes"), strings(snap.notes));
    return o;
}

Result<TrueNasSnapshot> TrueNasSnapshotJson::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("schema")).toInt() != kSchema)
        return Error::make(QStringLiteral("truenas.snapshot"),
                           tr("Not a TrueNAS discovery snapshot of schema %1.").arg(kSchema));
    TrueNasSnapshot snap;
    snap.host = s(o, "host");
    snap.version = s(o, "version");
    snap.apiLine = s(o, "apiLine");
    snap.hostname = s(o, "hostname");
    snap.apiInterface = s(o, "apiInterface");
    snap.nics = list<S::Nic>(o.value(QStringLiteral("nics")), [](const QJsonObject& n) {
        return S::Nic{s(n, "name"),
                      s(n, "description"),
                      s(n, "type"),
                      s(n, "linkState"),
                      b(n, "linkUp"),
                      s(n, "media"),
                      i(n, "mtu"),
                      i(n, "configuredMtu"),
                      b(n, "dhcp"),
                      addresses(n.value(QStringLiteral("staticAliases"))),
                      addresses(n.value(QStringLiteral("liveAddresses"))),
                      s(n, "mac"),
                      b(n, "carriesApi")};
    });
    snap.pools = list<S::Pool>(o.value(QStringLiteral("pools")), [](const QJsonObject& p) {
        return S::Pool{s(p, "name"),
                       s(p, "status"),
                       b(p, "healthy"),
                       b(p, "hasSlog"),
                       strings(p.value(QStringLiteral("slogVdevs"))),
                       l(p, "size"),
                       l(p, "free")};
    });
    snap.zvols = list<S::Zvol>(o.value(QStringLiteral("zvols")), [](const QJsonObject& z) {
        return S::Zvol{s(z, "name"),         s(z, "pool"), l(z, "volsize"),
                       s(z, "volblocksize"), s(z, "sync"), s(z, "compression")};
    });
    snap.freeZvols = strings(o.value(QStringLiteral("freeZvols")));
    const QJsonObject iscsi = o.value(QStringLiteral("iscsi")).toObject();
    snap.basename = s(iscsi, "basename");
    snap.listenPort = i(iscsi, "listenPort", 3260);
    snap.serviceEnabled = b(iscsi.value(QStringLiteral("service")).toObject(), "enabled");
    snap.serviceState = s(iscsi.value(QStringLiteral("service")).toObject(), "state");
    snap.portals = list<S::Portal>(iscsi.value(QStringLiteral("portals")), [](const QJsonObject& p) {
        return S::Portal{i(p, "id"), i(p, "tag"), strings(p.value(QStringLiteral("ips"))), i(p, "port", 3260),
                         s(p, "comment")};
    });
    snap.initiatorGroups = list<
        S::InitiatorGroup>(iscsi.value(QStringLiteral("initiatorGroups")), [](const QJsonObject& g) {
        return S::InitiatorGroup{i(g, "id"), strings(g.value(QStringLiteral("initiators"))), s(g, "comment")};
    });
    snap.authEntries = list<S::AuthEntry>(iscsi.value(QStringLiteral("authEntries")), [](const QJsonObject&
                                                                                             a) {
        return S::AuthEntry{i(a, "id"), i(a, "tag"), s(a, "user"), s(a, "peerUser"), s(a, "discoveryAuth")};
    });
    snap.targets = list<S::Target>(iscsi.value(QStringLiteral("targets")), [](const QJsonObject& t) {
        return S::Target{
            i(t, "id"),
            s(t, "name"),
            s(t, "iqn"),
            s(t, "alias"),
            s(t, "mode"),
            list<S::TargetGroup>(t.value(QStringLiteral("groups")), [](const QJsonObject& g) {
                return S::TargetGroup{i(g, "portal"), i(g, "initiator"), s(g, "authMethod"), i(g, "authTag")};
            })};
    });
    snap.extents = list<S::Extent>(iscsi.value(QStringLiteral("extents")), [](const QJsonObject& e) {
        return S::Extent{i(e, "id"),         s(e, "name"), s(e, "type"),          s(e, "disk"),
                         i(e, "blocksize"),  s(e, "naa"),  s(e, "serial"),        s(e, "vendor"),
                         s(e, "productId"),  s(e, "rpm"),  b(e, "enabled", true), b(e, "readOnly"),
                         b(e, "insecureTpc")};
    });
    snap.targetExtents =
        list<S::TargetExtent>(iscsi.value(QStringLiteral("targetExtents")), [](const QJsonObject& m) {
            return S::TargetExtent{i(m, "id"), i(m, "target"), i(m, "extent"), i(m, "lunId")};
        });
    snap.sessions = list<S::Session>(iscsi.value(QStringLiteral("sessions")), [](const QJsonObject& x) {
        return S::Session{s(x, "initiator"), s(x, "initiatorAddress"), s(x, "target")};
    });
    snap.notes = strings(o.value(QStringLiteral("notes")));
    return snap;
}

QString TrueNasSnapshotJson::toText(const TrueNasSnapshot& snap)
{
    QStringList out;
    out.append(tr("TrueNAS %1 at %2 — version %3 (API %4)")
                   .arg(snap.hostname.isEmpty() ? tr("(hostname unknown)") : snap.hostname, snap.host,
                        snap.version, snap.apiLine));
    out.append(QString());
    out.append(tr("Network interfaces:"));
    for (const auto& n : snap.nics) {
        QString line = QStringLiteral("  %1 %2 MTU %3")
                           .arg(n.name.leftJustified(10), (n.linkUp ? tr("up") : tr("down")).leftJustified(5))
                           .arg(n.mtu);
        if (n.configuredMtu == 0)
            line += tr(" (default)");
        line += QStringLiteral("  ");
        if (n.dhcp)
            line += tr("DHCP %1").arg(addressText(n.liveAddresses));
        else
            line +=
                tr("static %1").arg(n.staticAliases.isEmpty() ? tr("(none)") : addressText(n.staticAliases));
        if (!n.description.isEmpty())
            line += QStringLiteral("  \"%1\"").arg(n.description);
        if (!n.media.isEmpty())
            line += QStringLiteral("  ") + n.media;
        if (n.carriesApi)
            line += tr("  [API connection]");
        out.append(line);
    }
    out.append(QString());
    out.append(tr("Pools:"));
    for (const auto& p : snap.pools)
        out.append(tr("  %1 %2  SLOG: %3  size %4, free %5")
                       .arg(p.name.leftJustified(10), p.status,
                            p.hasSlog ? tr("yes (%1)").arg(p.slogVdevs.join(QStringLiteral(", "))) : tr("no"),
                            size(p.size), size(p.free)));
    out.append(tr("Zvols:"));
    if (snap.zvols.isEmpty())
        out.append(tr("  none"));
    for (const auto& z : snap.zvols)
        out.append(tr("  %1  %2, volblocksize %3, sync %4, compression %5%6")
                       .arg(z.name, size(z.volsize), z.volblocksize, z.sync, z.compression,
                            snap.freeZvols.contains(QStringLiteral("zvol/") + z.name)
                                ? tr(", not yet an extent")
                                : QString()));
    out.append(QString());
    out.append(
        tr("iSCSI: basename %1, port %2, service iscsitarget %3, %4")
            .arg(snap.basename)
            .arg(snap.listenPort)
            .arg(snap.serviceEnabled ? tr("enabled at boot") : tr("not enabled at boot"), snap.serviceState));
    out.append(tr("  Portals:"));
    if (snap.portals.isEmpty())
        out.append(tr("    none"));
    for (const auto& p : snap.portals)
        out.append(tr("    #%1 (tag %2): %3 port %4%5")
                       .arg(p.id)
                       .arg(p.tag)
                       .arg(p.ips.join(QStringLiteral(", ")))
                       .arg(p.port)
                       .arg(p.comment.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(p.comment)));
    out.append(tr("  Initiator groups:"));
    if (snap.initiatorGroups.isEmpty())
        out.append(tr("    none"));
    for (const auto& g : snap.initiatorGroups)
        out.append(
            tr("    #%1: %2%3")
                .arg(g.id)
                .arg(g.initiators.isEmpty() ? tr("any initiator") : g.initiators.join(QStringLiteral(", ")))
                .arg(g.comment.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(g.comment)));
    out.append(tr("  CHAP credentials (secrets not shown):"));
    if (snap.authEntries.isEmpty())
        out.append(tr("    none"));
    for (const auto& a : snap.authEntries)
        out.append(tr("    #%1 tag %2: user %3%4, discovery %5")
                       .arg(a.id)
                       .arg(a.tag)
                       .arg(a.user)
                       .arg(a.peerUser.isEmpty() ? QString() : tr(", mutual (peer %1)").arg(a.peerUser))
                       .arg(a.discoveryAuth.isEmpty() ? QStringLiteral("NONE") : a.discoveryAuth));
    out.append(tr("  Targets:"));
    if (snap.targets.isEmpty())
        out.append(tr("    none"));
    for (const auto& t : snap.targets) {
        QStringList groups;
        for (const auto& g : t.groups)
            groups.append(tr("portal %1 / initiators %2 / %3%4")
                              .arg(g.portal)
                              .arg(g.initiator == 0 ? tr("any") : QString::number(g.initiator))
                              .arg(g.authMethod.isEmpty() ? QStringLiteral("NONE") : g.authMethod)
                              .arg(g.authTag ? tr(" (auth tag %1)").arg(g.authTag) : QString()));
        out.append(tr("    #%1 %2: %3")
                       .arg(t.id)
                       .arg(t.iqn, groups.isEmpty() ? tr("no groups (exposes nothing)")
                                                    : groups.join(QStringLiteral("; "))));
    }
    out.append(tr("  Extents:"));
    if (snap.extents.isEmpty())
        out.append(tr("    none"));
    for (const auto& e : snap.extents)
        out.append(tr("    #%1 %2: %3, %4-byte blocks, %5 %6%7")
                       .arg(e.id)
                       .arg(e.name, e.disk)
                       .arg(e.blocksize)
                       .arg(e.vendor, e.naa.isEmpty() ? QString() : QStringLiteral("naa.") + e.naa.mid(2))
                       .arg(e.enabled ? QString() : tr(" (disabled)")));
    out.append(tr("  LUN mappings:"));
    if (snap.targetExtents.isEmpty())
        out.append(tr("    none"));
    for (const auto& m : snap.targetExtents)
        out.append(tr("    target #%1 LUN %2 → extent #%3").arg(m.target).arg(m.lunId).arg(m.extent));
    out.append(tr("  Sessions:"));
    if (snap.sessions.isEmpty())
        out.append(tr("    none"));
    for (const auto& x : snap.sessions)
        out.append(QStringLiteral("    %1 (%2) → %3").arg(x.initiator, x.initiatorAddress, x.target));
    if (!snap.notes.isEmpty()) {
        out.append(QString());
        out.append(tr("Notes:"));
        for (const auto& n : snap.notes)
            out.append(QStringLiteral("  ") + n);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace mpio
