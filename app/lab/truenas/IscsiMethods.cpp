#include "app/lab/truenas/IscsiMethods.h"

#include "app/lab/truenas/InterfaceMethods.h"
#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

#include <QHostAddress>

namespace mpio::lab {

namespace {

// ---- iscsi.global ----

RpcReply globalUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    const QString pre = QStringLiteral("iscsiglobal_update");
    if (!rpc::argCount(p, 1, pre, &r))
        return r;
    QJsonObject in;
    const Fields fields{Field::string(QStringLiteral("basename")),
                        Field::stringList(QStringLiteral("isns_servers")),
                        Field::integer(QStringLiteral("listen_port")).range(1025, 65535),
                        Field::integer(QStringLiteral("pool_avail_threshold")).range(1, 99).null(),
                        Field::boolean(QStringLiteral("alua")),
                        Field::boolean(QStringLiteral("iser"))};
    if (!rpc::objectArg(p, 0, fields, QStringLiteral("iscsi_update"), true, false, &in, &r))
        return r;
    ValidationErrors errors;
    const QJsonArray isns = in.value(QStringLiteral("isns_servers")).toArray();
    for (qsizetype i = 0; i < isns.size(); ++i) {
        const QString s = isns.at(i).toString();
        QHostAddress a;
        if (!a.setAddress(s.section(QLatin1Char(':'), 0, 0)))
            errors.append({pre + QStringLiteral(".isns_servers.") + QString::number(i),
                           QStringLiteral("Server \"%1\" is not a valid IP(:PORT)? tuple.").arg(s), 22});
    }
    if (in.value(QStringLiteral("iser")).toBool())
        errors.append({pre + QStringLiteral(".iser"),
                       QStringLiteral("This system does not have any RDMA capable interfaces."), 22});
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    ctx.state.iscsiGlobal = rpc::merged(ctx.state.iscsiGlobal, in);
    return RpcReply::ok(ctx.state.iscsiGlobal);
}

// ---- iscsi.portal ----

// Validation of portal.py __validate (§3.2); `id` = the portal being updated (0 on create).
void validatePortal(const TrueNasState& s, const QJsonObject& in, int id, const QString& pre,
                    ValidationErrors* errors)
{
    const QJsonArray listen = in.value(QStringLiteral("listen")).toArray();
    if (listen.isEmpty()) {
        errors->append(
            {pre + QStringLiteral(".listen"), QStringLiteral("At least one listen entry is required."), 22});
        return;
    }
    const QJsonObject choices = IscsiMethods::listenIpChoices(s);
    QStringList seen;
    for (const QJsonValue& v : listen) {
        const QString ip = v.toObject().value(QStringLiteral("ip")).toString();
        if (!choices.contains(ip)) {
            errors->append({pre + QStringLiteral(".listen"),
                            QStringLiteral("IP %1 not configured on this system.").arg(ip), 22});
            continue;
        }
        bool used = seen.contains(ip);
        for (auto it = s.portals.begin(); it != s.portals.end(); ++it)
            if (it.key() != id)
                for (const QJsonValue& l : it->value(QStringLiteral("listen")).toArray())
                    used = used || l.toObject().value(QStringLiteral("ip")).toString() == ip;
        if (used)
            errors->append(
                {pre + QStringLiteral(".listen"), QStringLiteral("'%1' IP is already in use.").arg(ip), 22});
        seen.append(ip);
    }
}

void renumberPortalTags(TrueNasState& s)
{
    int tag = 0;
    for (auto it = s.portals.begin(); it != s.portals.end(); ++it)
        it->insert(QStringLiteral("tag"), ++tag);
}

Fields portalFields()
{
    return {Field::objectList(QStringLiteral("listen"), {Field::string(QStringLiteral("ip")).req()}),
            Field::string(QStringLiteral("comment")).def(QString())};
}

RpcReply portalCreate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    if (!rpc::argCount(p, 1, QStringLiteral("iscsi_portal_create"), &r))
        return r;
    Fields fields = portalFields();
    fields[0] = fields[0].req();
    QJsonObject in;
    if (!rpc::objectArg(p, 0, fields, QStringLiteral("iscsi_portal_create"), true, true, &in, &r))
        return r;
    ValidationErrors errors;
    validatePortal(ctx.state, in, 0, QStringLiteral("iscsiportal_create"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    const int id = ctx.state.allocId(QStringLiteral("portal"));
    in.insert(QStringLiteral("id"), id);
    in.insert(QStringLiteral("tag"), int(ctx.state.portals.size()) + 1);
    ctx.state.portals.insert(id, in);
    renumberPortalTags(ctx.state);
    const QJsonObject e = IscsiMethods::portalEntry(ctx.state, ctx.state.portals.value(id));
    ctx.backend.publish(QStringLiteral("iscsi.portal.query"), QStringLiteral("added"), id, e);
    return RpcReply::ok(e);
}

RpcReply portalUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    if (!rpc::argCount(p, 2, QStringLiteral("iscsi_portal_update"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.portals.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Portal"), id));
    QJsonObject in;
    if (!rpc::objectArg(p, 1, portalFields(), QStringLiteral("iscsi_portal_update"), true, false, &in, &r))
        return r;
    const QJsonObject next = rpc::merged(ctx.state.portals.value(id), in);
    ValidationErrors errors;
    validatePortal(ctx.state, next, id, QStringLiteral("iscsiportal_update"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    ctx.state.portals.insert(id, next);
    const QJsonObject e = IscsiMethods::portalEntry(ctx.state, next);
    ctx.backend.publish(QStringLiteral("iscsi.portal.query"), QStringLiteral("changed"), id, e);
    return RpcReply::ok(e);
}

RpcReply portalDelete(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    if (!rpc::argCount(p, 1, QStringLiteral("iscsi_portal_delete"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.portals.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Portal"), id));
    ctx.state.portals.remove(id);
    // §3.2: deleting a portal silently deletes every target group that references it, then renumbers tags.
    for (auto it = ctx.state.targets.begin(); it != ctx.state.targets.end(); ++it) {
        QJsonArray kept;
        for (const QJsonValue& g : it->value(QStringLiteral("groups")).toArray())
            if (g.toObject().value(QStringLiteral("portal")).toInt() != id)
                kept.append(g);
        it->insert(QStringLiteral("groups"), kept);
    }
    renumberPortalTags(ctx.state);
    ctx.backend.publish(QStringLiteral("iscsi.portal.query"), QStringLiteral("removed"), id, {});
    return RpcReply::ok(true);
}

// ---- iscsi.initiator ----

Fields initiatorFields()
{
    return {Field::stringList(QStringLiteral("initiators")).def(QJsonArray()),
            Field::string(QStringLiteral("comment")).def(QString())};
}

// Entries are stored newline-separated and split on whitespace (§3.3): a name with a space becomes two.
QJsonObject normalizeInitiators(QJsonObject o)
{
    QJsonArray out;
    for (const QJsonValue& v : o.value(QStringLiteral("initiators")).toArray())
        for (const QString& w :
             v.toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            out.append(w);
    o.insert(QStringLiteral("initiators"), out);
    return o;
}

RpcReply initiatorCreate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    QJsonObject in;
    if (!rpc::argCount(p, 1, QStringLiteral("iscsi_initiator_create"), &r) ||
        !rpc::objectArg(p, 0, initiatorFields(), QStringLiteral("iscsi_initiator_create"), false, true, &in,
                        &r))
        return r;
    const int id = ctx.state.allocId(QStringLiteral("initiator"));
    in.insert(QStringLiteral("id"), id);
    in = normalizeInitiators(in);
    ctx.state.initiators.insert(id, in);
    ctx.backend.publish(QStringLiteral("iscsi.initiator.query"), QStringLiteral("added"), id, in);
    return RpcReply::ok(in);
}

RpcReply initiatorUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    QJsonObject in;
    if (!rpc::argCount(p, 2, QStringLiteral("iscsi_initiator_update"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.initiators.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Initiator"), id));
    if (!rpc::objectArg(p, 1, initiatorFields(), QStringLiteral("iscsi_initiator_update"), true, false, &in,
                        &r))
        return r;
    const QJsonObject next = normalizeInitiators(rpc::merged(ctx.state.initiators.value(id), in));
    ctx.state.initiators.insert(id, next);
    ctx.backend.publish(QStringLiteral("iscsi.initiator.query"), QStringLiteral("changed"), id, next);
    return RpcReply::ok(next);
}

RpcReply initiatorDelete(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    if (!rpc::argCount(p, 1, QStringLiteral("iscsi_initiator_delete"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.initiators.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Initiator"), id));
    ctx.state.initiators.remove(id);
    ctx.backend.publish(QStringLiteral("iscsi.initiator.query"), QStringLiteral("removed"), id, {});
    return RpcReply::ok(true);
}

// ---- iscsi.auth ----

Fields authFields()
{
    return {Field::integer(QStringLiteral("tag")).req(),
            Field::string(QStringLiteral("user")).req(),
            Field::string(QStringLiteral("secret")).req(),
            Field::string(QStringLiteral("peeruser")).def(QString()),
            Field::string(QStringLiteral("peersecret")).def(QString()),
            Field::choice(QStringLiteral("discovery_auth"),
                          {QStringLiteral("NONE"), QStringLiteral("CHAP"), QStringLiteral("CHAP_MUTUAL")})
                .def(QStringLiteral("NONE"))};
}

// plugins/iscsi_/auth.py validation (§3.4).
void validateAuth(const TrueNasState& s, const QJsonObject& a, int id, const QString& pre,
                  ValidationErrors* errors)
{
    auto checkSecret = [&](const QString& key, const QString& v) {
        if (v.size() < 12 || v.size() > 16)
            errors->append({pre + QLatin1Char('.') + key,
                            QStringLiteral("Secret must be between 12 and 16 characters."), 22});
        else if (v.trimmed() != v || v.contains(QLatin1Char('#')))
            errors->append({pre + QLatin1Char('.') + key,
                            QStringLiteral("Secret must not contain '#' or leading/trailing spaces."), 22});
    };
    const QString secret = a.value(QStringLiteral("secret")).toString();
    const QString peeruser = a.value(QStringLiteral("peeruser")).toString();
    const QString peersecret = a.value(QStringLiteral("peersecret")).toString();
    checkSecret(QStringLiteral("secret"), secret);
    if (!peeruser.isEmpty() && peersecret.isEmpty())
        errors->append({pre + QStringLiteral(".peersecret"),
                        QStringLiteral("The peer secret is required if you set a peer user."), 22});
    if (peeruser.isEmpty() && !peersecret.isEmpty())
        errors->append({pre + QStringLiteral(".peeruser"),
                        QStringLiteral("The peer user is required if you set a peer secret."), 22});
    if (!peersecret.isEmpty()) {
        checkSecret(QStringLiteral("peersecret"), peersecret);
        if (peersecret == secret)
            errors->append({pre + QStringLiteral(".peersecret"),
                            QStringLiteral("The peer secret cannot be the same as user secret."), 22});
    }
    if (a.value(QStringLiteral("discovery_auth")).toString() == QLatin1String("CHAP_MUTUAL")) {
        if (peeruser.isEmpty())
            errors->append({pre + QStringLiteral(".discovery_auth"),
                            QStringLiteral("Mutual CHAP discovery authentication requires a peer user."),
                            22});
        for (auto it = s.auths.begin(); it != s.auths.end(); ++it)
            if (it.key() != id &&
                it->value(QStringLiteral("discovery_auth")).toString() == QLatin1String("CHAP_MUTUAL"))
                errors->append(
                    {pre + QStringLiteral(".discovery_auth"),
                     QStringLiteral("Only one mutual CHAP discovery authentication may be configured."), 22});
    }
}

RpcReply authCreate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    QJsonObject in;
    if (!rpc::argCount(p, 1, QStringLiteral("data"), &r) ||
        !rpc::objectArg(p, 0, authFields(), QStringLiteral("data"), true, true, &in, &r))
        return r;
    ValidationErrors errors;
    validateAuth(ctx.state, in, 0, QStringLiteral("iscsi_auth_create"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    const int id = ctx.state.allocId(QStringLiteral("auth"));
    in.insert(QStringLiteral("id"), id);
    ctx.state.auths.insert(id, in);
    ctx.backend.publish(QStringLiteral("iscsi.auth.query"), QStringLiteral("added"), id, in);
    return RpcReply::ok(in);
}

RpcReply authUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    QJsonObject in;
    if (!rpc::argCount(p, 2, QStringLiteral("data"), &r) || !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.auths.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Authorized Access"), id));
    Fields fields = authFields();
    for (Field& f : fields)
        f.required = false;
    if (!rpc::objectArg(p, 1, fields, QStringLiteral("data"), true, false, &in, &r))
        return r;
    const QJsonObject next = rpc::merged(ctx.state.auths.value(id), in);
    ValidationErrors errors;
    validateAuth(ctx.state, next, id, QStringLiteral("iscsi_auth_update"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    ctx.state.auths.insert(id, next);
    ctx.backend.publish(QStringLiteral("iscsi.auth.query"), QStringLiteral("changed"), id, next);
    return RpcReply::ok(next);
}

RpcReply authDelete(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    if (!rpc::argCount(p, 1, QStringLiteral("id"), &r) || !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.auths.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Authorized Access"), id));
    // Deleting the last credential of a tag a target group uses fails, listing the targets (§3.4).
    const int tag = ctx.state.auths.value(id).value(QStringLiteral("tag")).toInt();
    int sameTag = 0;
    for (const QJsonObject& a : ctx.state.auths)
        sameTag += a.value(QStringLiteral("tag")).toInt() == tag ? 1 : 0;
    if (sameTag == 1) {
        QStringList users;
        for (const QJsonObject& t : ctx.state.targets)
            for (const QJsonValue& g : t.value(QStringLiteral("groups")).toArray())
                if (g.toObject().value(QStringLiteral("auth")).toInt(-1) == tag &&
                    !users.contains(t.value(QStringLiteral("name")).toString()))
                    users.append(t.value(QStringLiteral("name")).toString());
        if (!users.isEmpty())
            return RpcReply::fail(RpcError::call(
                14, QStringLiteral("EFAULT"),
                QStringLiteral("Authorized access of %1 is being used by following target(s): %2")
                    .arg(id)
                    .arg(users.join(QStringLiteral(", ")))));
    }
    ctx.state.auths.remove(id);
    ctx.backend.publish(QStringLiteral("iscsi.auth.query"), QStringLiteral("removed"), id, {});
    return RpcReply::ok(true);
}

} // namespace

QJsonObject IscsiMethods::portalEntry(const TrueNasState& s, const QJsonObject& stored)
{
    QJsonObject o = stored;
    QJsonArray listen;
    for (const QJsonValue& v : stored.value(QStringLiteral("listen")).toArray())
        listen.append(QJsonObject{
            {QStringLiteral("ip"), v.toObject().value(QStringLiteral("ip"))},
            {QStringLiteral("port"), s.iscsiGlobal.value(QStringLiteral("listen_port")).toInt(3260)}});
    o.insert(QStringLiteral("listen"), listen);
    return o;
}

QJsonObject IscsiMethods::listenIpChoices(const TrueNasState& s)
{
    // Non-HA: 0.0.0.0, :: and the statically configured aliases only; DHCP leases are not offered (§3.2).
    QJsonObject o{{QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0")},
                  {QStringLiteral("::"), QStringLiteral("::")}};
    for (const QString& ip : InterfaceMethods::staticAddresses(s))
        o.insert(ip, ip);
    return o;
}

void IscsiMethods::registerAll(MethodTable& t, const TrueNasConfig&)
{
    t.add(QStringLiteral("iscsi.global.config"),
          [](CallContext& ctx, const QJsonArray&) { return RpcReply::ok(ctx.state.iscsiGlobal); });
    t.add(QStringLiteral("iscsi.global.update"), globalUpdate);
    t.add(QStringLiteral("iscsi.global.alua_enabled"), [](CallContext& ctx, const QJsonArray&) {
        // Only Enterprise HA with alua on (§3.1, §8).
        return RpcReply::ok(ctx.config.ha && ctx.state.iscsiGlobal.value(QStringLiteral("alua")).toBool());
    });
    t.add(QStringLiteral("iscsi.global.iser_enabled"),
          [](CallContext&, const QJsonArray&) { return RpcReply::ok(false); });

    t.add(QStringLiteral("iscsi.portal.query"), [](CallContext& ctx, const QJsonArray& p) {
        QJsonArray all;
        for (const QJsonObject& o : ctx.state.portals)
            all.append(portalEntry(ctx.state, o));
        return rpc::query(all, p);
    });
    t.add(QStringLiteral("iscsi.portal.create"), portalCreate);
    t.add(QStringLiteral("iscsi.portal.update"), portalUpdate);
    t.add(QStringLiteral("iscsi.portal.delete"), portalDelete);
    t.add(QStringLiteral("iscsi.portal.listen_ip_choices"),
          [](CallContext& ctx, const QJsonArray&) { return RpcReply::ok(listenIpChoices(ctx.state)); });

    t.add(QStringLiteral("iscsi.initiator.query"), [](CallContext& ctx, const QJsonArray& p) {
        return rpc::query(rpc::rows(ctx.state.initiators), p);
    });
    t.add(QStringLiteral("iscsi.initiator.create"), initiatorCreate);
    t.add(QStringLiteral("iscsi.initiator.update"), initiatorUpdate);
    t.add(QStringLiteral("iscsi.initiator.delete"), initiatorDelete);

    t.add(QStringLiteral("iscsi.auth.query"),
          [](CallContext& ctx, const QJsonArray& p) { return rpc::query(rpc::rows(ctx.state.auths), p); });
    t.add(QStringLiteral("iscsi.auth.create"), authCreate);
    t.add(QStringLiteral("iscsi.auth.update"), authUpdate);
    t.add(QStringLiteral("iscsi.auth.delete"), authDelete);
}

} // namespace mpio::lab
