#include "app/lab/truenas/IscsiTargetMethods.h"

#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace mpio::lab {

namespace {

// ---- iscsi.target ----

Fields targetFields()
{
    return {Field::string(QStringLiteral("name")).req(),
            Field::string(QStringLiteral("alias")).null().def(QJsonValue::Null),
            Field::choice(QStringLiteral("mode"),
                          {QStringLiteral("ISCSI"), QStringLiteral("FC"), QStringLiteral("BOTH")})
                .def(QStringLiteral("ISCSI")),
            Field::objectList(
                QStringLiteral("groups"),
                {Field::integer(QStringLiteral("portal")).req(),
                 Field::integer(QStringLiteral("initiator")).null().def(QJsonValue::Null),
                 Field::choice(QStringLiteral("authmethod"), {QStringLiteral("NONE"), QStringLiteral("CHAP"),
                                                              QStringLiteral("CHAP_MUTUAL")})
                     .def(QStringLiteral("NONE")),
                 Field::integer(QStringLiteral("auth")).null().def(QJsonValue::Null)})
                .def(QJsonArray()),
            Field::stringList(QStringLiteral("auth_networks")).def(QJsonArray()),
            Field::object(QStringLiteral("iscsi_parameters"),
                          {Field::intChoice(QStringLiteral("QueuedCommands"), {32, 128}).null()})
                .null()
                .def(QJsonValue::Null)};
}

QString validateTargetName(const TrueNasState& s, const QString& name, int existingId)
{
    static const QRegularExpression re(QStringLiteral("^[-a-z0-9\\.:]+$"));
    if (name.isEmpty() || !re.match(name).hasMatch())
        return QStringLiteral(
            "Only lowercase alphanumeric characters plus dot (.), dash (-), and colon (:) are allowed.");
    if (name.size() > 120)
        return QStringLiteral("Target name cannot exceed 120 characters.");
    for (auto it = s.targets.begin(); it != s.targets.end(); ++it)
        if (it.key() != existingId && it->value(QStringLiteral("name")).toString() == name)
            return QStringLiteral("Target with this name already exists");
    return {};
}

void validateTarget(const TrueNasState& s, const QJsonObject& t, int id, const QString& pre,
                    ValidationErrors* errors)
{
    const QString nameError = validateTargetName(s, t.value(QStringLiteral("name")).toString(), id);
    if (!nameError.isEmpty())
        errors->append({pre + QStringLiteral(".name"), nameError, 22});
    const QJsonValue alias = t.value(QStringLiteral("alias"));
    if (alias.isString()) {
        const QString a = alias.toString();
        if (a.contains(QLatin1Char('"')))
            errors->append(
                {pre + QStringLiteral(".alias"), QStringLiteral("Double quotes are not allowed"), 22});
        else if (a == QLatin1String("target"))
            errors->append({pre + QStringLiteral(".alias"), QStringLiteral("target is a reserved word"), 22});
        for (auto it = s.targets.begin(); it != s.targets.end(); ++it)
            if (it.key() != id && it->value(QStringLiteral("alias")).toString() == a && !a.isEmpty())
                errors->append({pre + QStringLiteral(".alias"), QStringLiteral("Alias already exists"), 22});
    }
    if (t.value(QStringLiteral("mode")).toString() != QLatin1String("ISCSI"))
        errors->append(
            {pre + QStringLiteral(".mode"),
             QStringLiteral("Fibre Channel is not enabled on this system (FIBRECHANNEL feature required)"),
             22});
    QList<int> portals;
    const QJsonArray groups = t.value(QStringLiteral("groups")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups.at(i).toObject();
        const QString gp = pre + QStringLiteral(".groups.") + QString::number(i);
        const int portal = g.value(QStringLiteral("portal")).toInt();
        if (!s.portals.contains(portal))
            errors->append({gp + QStringLiteral(".portal"),
                            QStringLiteral("%1 Portal not found in database").arg(portal), 22});
        else if (portals.contains(portal))
            errors->append({gp + QStringLiteral(".portal"),
                            QStringLiteral("Portal %1 cannot be duplicated on a target").arg(portal), 22});
        portals.append(portal);
        const QJsonValue ini = g.value(QStringLiteral("initiator"));
        if (!ini.isNull() && !s.initiators.contains(ini.toInt()))
            errors->append({gp + QStringLiteral(".initiator"),
                            QStringLiteral("%1 Initiator not found in database").arg(ini.toInt()), 22});
        const QString method = g.value(QStringLiteral("authmethod")).toString();
        const QJsonValue auth = g.value(QStringLiteral("auth"));
        if (method != QLatin1String("NONE")) {
            if (auth.isNull()) {
                errors->append({gp + QStringLiteral(".auth"),
                                QStringLiteral("Authentication group is required for CHAP and CHAP Mutual"),
                                22});
                continue;
            }
            // groups[].auth is the TAG of iscsi.auth entries, not an id (§3.5).
            bool found = false, peer = false;
            for (const QJsonObject& a : s.auths)
                if (a.value(QStringLiteral("tag")).toInt() == auth.toInt()) {
                    found = true;
                    peer = peer || !a.value(QStringLiteral("peeruser")).toString().isEmpty();
                }
            if (!found)
                errors->append(
                    {gp + QStringLiteral(".auth"),
                     QStringLiteral("Authentication group %1 does not support CHAP").arg(auth.toInt()), 22});
            else if (method == QLatin1String("CHAP_MUTUAL") && !peer)
                errors->append(
                    {gp + QStringLiteral(".auth"),
                     QStringLiteral("Authentication group %1 does not support CHAP Mutual").arg(auth.toInt()),
                     22});
        }
    }
    const QJsonArray nets = t.value(QStringLiteral("auth_networks")).toArray();
    for (qsizetype i = 0; i < nets.size(); ++i) {
        const auto subnet = QHostAddress::parseSubnet(nets.at(i).toString());
        if (subnet.first.isNull())
            errors->append({pre + QStringLiteral(".auth_networks.") + QString::number(i),
                            QStringLiteral("Invalid network: %1").arg(nets.at(i).toString()), 22});
    }
}

int freeRelTgtId(const TrueNasState& s)
{
    for (int rel = 1; rel < 32000; ++rel) {
        bool used = false;
        for (const QJsonObject& t : s.targets)
            used = used || t.value(QStringLiteral("rel_tgt_id")).toInt() == rel;
        if (!used)
            return rel;
    }
    return 0;
}

bool targetHasSessions(const TrueNasState& s, int id)
{
    for (const TrueNasSession& x : s.sessions)
        if (x.targetId == id)
            return true;
    return false;
}

RpcReply targetCreate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    QJsonObject in;
    if (!rpc::argCount(p, 1, QStringLiteral("iscsi_target_create"), &r) ||
        !rpc::objectArg(p, 0, targetFields(), QStringLiteral("iscsi_target_create"), true, true, &in, &r))
        return r;
    ValidationErrors errors;
    validateTarget(ctx.state, in, 0, QStringLiteral("iscsi_target_create"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    const int id = ctx.state.allocId(QStringLiteral("target"));
    in.insert(QStringLiteral("id"), id);
    in.insert(QStringLiteral("rel_tgt_id"), freeRelTgtId(ctx.state));
    ctx.state.targets.insert(id, in);
    ctx.backend.publish(QStringLiteral("iscsi.target.query"), QStringLiteral("added"), id, in);
    return RpcReply::ok(in);
}

RpcReply targetUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    QJsonObject in;
    if (!rpc::argCount(p, 2, QStringLiteral("iscsi_target_update"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.targets.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Target"), id));
    Fields fields = targetFields();
    fields[0].required = false;
    if (!rpc::objectArg(p, 1, fields, QStringLiteral("iscsi_target_update"), true, false, &in, &r))
        return r;
    const QJsonObject next = rpc::merged(ctx.state.targets.value(id), in);
    ValidationErrors errors;
    validateTarget(ctx.state, next, id, QStringLiteral("iscsi_target_update"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    ctx.state.targets.insert(id, next);
    ctx.backend.publish(QStringLiteral("iscsi.target.query"), QStringLiteral("changed"), id, next);
    return RpcReply::ok(next);
}

RpcReply targetDelete(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    bool force = false, deleteExtents = false;
    if (!rpc::argCount(p, 3, QStringLiteral("iscsi_target_delete"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r) ||
        !rpc::boolArg(p, 1, QStringLiteral("force"), false, &force, &r) ||
        !rpc::boolArg(p, 2, QStringLiteral("delete_extents"), false, &deleteExtents, &r))
        return r;
    if (!ctx.state.targets.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Target"), id));
    if (targetHasSessions(ctx.state, id) && !force)
        return RpcReply::fail(
            RpcError::call(16, QStringLiteral("EBUSY"),
                           QStringLiteral("Target %1 is in use.")
                               .arg(ctx.state.targets.value(id).value(QStringLiteral("name")).toString())));
    for (auto it = ctx.state.targetExtents.begin(); it != ctx.state.targetExtents.end();) {
        if (it->value(QStringLiteral("target")).toInt() == id) {
            if (deleteExtents)
                ctx.state.extents.remove(it->value(QStringLiteral("extent")).toInt());
            it = ctx.state.targetExtents.erase(it);
        } else {
            ++it;
        }
    }
    ctx.state.sessions.removeIf([id](const TrueNasSession& s) { return s.targetId == id; });
    ctx.state.targets.remove(id);
    ctx.backend.publish(QStringLiteral("iscsi.target.query"), QStringLiteral("removed"), id, {});
    return RpcReply::ok(true);
}

// ---- iscsi.extent ----

Fields extentFields(const TrueNasConfig& c)
{
    Fields f{Field::string(QStringLiteral("name")).req().length(1, 64),
             Field::choice(QStringLiteral("type"), {QStringLiteral("DISK"), QStringLiteral("FILE")})
                 .def(QStringLiteral("DISK")),
             Field::string(QStringLiteral("disk")).null().def(QJsonValue::Null),
             Field::string(QStringLiteral("serial")).null().def(QJsonValue::Null),
             Field::string(QStringLiteral("path")).null().def(QJsonValue::Null),
             Field::intOrString(QStringLiteral("filesize")).def(QStringLiteral("0")),
             Field::intChoice(QStringLiteral("blocksize"), {512, 1024, 2048, 4096}).def(512),
             Field::boolean(QStringLiteral("pblocksize")).def(false),
             Field::integer(QStringLiteral("avail_threshold")).range(1, 99).null().def(QJsonValue::Null),
             Field::string(QStringLiteral("comment")).def(QString()),
             Field::boolean(QStringLiteral("insecure_tpc")).def(true),
             Field::boolean(QStringLiteral("xen")).def(false),
             Field::choice(QStringLiteral("rpm"),
                           {QStringLiteral("UNKNOWN"), QStringLiteral("SSD"), QStringLiteral("5400"),
                            QStringLiteral("7200"), QStringLiteral("10000"), QStringLiteral("15000")})
                 .def(QStringLiteral("SSD")),
             Field::boolean(QStringLiteral("ro")).def(false),
             Field::boolean(QStringLiteral("enabled")).def(true)};
    // 25.10 adds product_id (default "iSCSI Disk", §3.6/§3.9).
    if (c.atLeast(25, 10))
        f.append(Field::string(QStringLiteral("product_id")).length(1, 16).null().def(QJsonValue::Null));
    return f;
}

void validateExtent(const TrueNasState& s, const QJsonObject& e, int id, const QString& pre,
                    ValidationErrors* errors)
{
    const QString name = e.value(QStringLiteral("name")).toString();
    if (name.contains(QLatin1Char('"')))
        errors->append({pre + QStringLiteral(".name"), QStringLiteral("Double quotes are not allowed"), 22});
    const QJsonValue serial = e.value(QStringLiteral("serial"));
    for (auto it = s.extents.begin(); it != s.extents.end(); ++it) {
        if (it.key() == id)
            continue;
        if (it->value(QStringLiteral("name")).toString() == name)
            errors->append({pre + QStringLiteral(".name"), QStringLiteral("Extent name must be unique"), 22});
        if (serial.isString() && it->value(QStringLiteral("serial")).toString() == serial.toString())
            errors->append(
                {pre + QStringLiteral(".serial"), QStringLiteral("Serial number must be unique"), 22});
    }
    if (serial.isString() && serial.toString().size() > 20)
        errors->append({pre + QStringLiteral(".serial"),
                        QStringLiteral("Extent serial can not exceed 20 characters"), 22});
    if (e.value(QStringLiteral("type")).toString() == QLatin1String("DISK")) {
        const QString disk = e.value(QStringLiteral("disk")).toString();
        if (e.value(QStringLiteral("disk")).isNull() || disk.isEmpty()) {
            errors->append({pre + QStringLiteral(".disk"), QStringLiteral("This field is required"), 22});
        } else if (!disk.startsWith(QLatin1String("zvol/"))) {
            errors->append(
                {pre + QStringLiteral(".disk"), QStringLiteral("Disk name must start with \"zvol/\""), 22});
        } else {
            const QString zvol = disk.mid(5);
            const TrueNasDataset d = s.datasets.value(zvol);
            // The device node appears a moment after pool.dataset.create (§4.1): before that, this error.
            if (d.type != QLatin1String("VOLUME") || !d.deviceReady)
                errors->append({pre + QStringLiteral(".disk"),
                                QStringLiteral("Device '/dev/zvol/%1' for volume '%2' does not exist")
                                    .arg(QString(zvol).replace(QLatin1Char(' '), QLatin1Char('+')), zvol),
                                22});
            if (zvol.contains(QLatin1Char('@')) && !e.value(QStringLiteral("ro")).toBool())
                errors->append({pre + QStringLiteral(".ro"),
                                QStringLiteral("Must be set when disk is a ZFS Snapshot"), 22});
        }
    } else {
        const QString path = e.value(QStringLiteral("path")).toString();
        bool inPool = false;
        for (const TrueNasPoolSpec& p : s.pools)
            inPool = inPool || path.startsWith(QStringLiteral("/mnt/") + p.name + QLatin1Char('/'));
        if (path.isEmpty())
            errors->append({pre + QStringLiteral(".path"), QStringLiteral("This field is required"), 22});
        else if (!inPool)
            errors->append({pre + QStringLiteral(".path"),
                            QStringLiteral("The path must reside within a pool mount point"), 22});
        const QJsonValue fs = e.value(QStringLiteral("filesize"));
        const quint64 size = fs.isString() ? fs.toString().toULongLong() : quint64(fs.toDouble());
        if (size % quint64(e.value(QStringLiteral("blocksize")).toInt(512)) != 0)
            errors->append({pre + QStringLiteral(".filesize"),
                            QStringLiteral("File size must be a multiple of block size"), 22});
    }
}

bool extentHasSessions(const TrueNasState& s, int extentId)
{
    for (const QJsonObject& te : s.targetExtents)
        if (te.value(QStringLiteral("extent")).toInt() == extentId &&
            targetHasSessions(s, te.value(QStringLiteral("target")).toInt()))
            return true;
    return false;
}

RpcReply extentCreate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    QJsonObject in;
    if (!rpc::argCount(p, 1, QStringLiteral("iscsi_extent_create"), &r) ||
        !rpc::objectArg(p, 0, extentFields(ctx.config), QStringLiteral("iscsi_extent_create"), true, true,
                        &in, &r))
        return r;
    ValidationErrors errors;
    validateExtent(ctx.state, in, 0, QStringLiteral("iscsi_extent_create"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    const int id = ctx.state.allocId(QStringLiteral("extent"));
    in.insert(QStringLiteral("id"), id);
    if (in.value(QStringLiteral("serial")).isNull()) // auto-serial: 15 random hex characters
        in.insert(QStringLiteral("serial"),
                  QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                          .rightJustified(16, '0')
                                          .left(15)));
    // naa: "0x6589cfc000000" + 19 hex chars of sha256(uuid4), once, not client-settable (§3.6).
    const QByteArray h =
        QCryptographicHash::hash(QUuid::createUuid().toByteArray(), QCryptographicHash::Sha256).toHex();
    in.insert(QStringLiteral("naa"),
              QString(QStringLiteral("0x6589cfc000000") + QString::fromLatin1(h.left(19))));
    if (in.value(QStringLiteral("type")).toString() == QLatin1String("DISK"))
        in.insert(QStringLiteral("path"), in.value(QStringLiteral("disk")));
    else
        in.insert(QStringLiteral("disk"), QJsonValue::Null);
    if (in.value(QStringLiteral("filesize")).isDouble())
        in.insert(QStringLiteral("filesize"),
                  QString::number(qint64(in.value(QStringLiteral("filesize")).toDouble())));
    in.insert(QStringLiteral("vendor"), QStringLiteral("TrueNAS"));
    in.insert(QStringLiteral("locked"), false);
    if (ctx.config.atLeast(25, 10) && in.value(QStringLiteral("product_id")).isNull())
        in.insert(QStringLiteral("product_id"), QStringLiteral("iSCSI Disk"));
    ctx.state.extents.insert(id, in);
    ctx.backend.publish(QStringLiteral("iscsi.extent.query"), QStringLiteral("added"), id, in);
    return RpcReply::ok(in);
}

RpcReply extentUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    QJsonObject in;
    if (!rpc::argCount(p, 2, QStringLiteral("iscsi_extent_update"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.extents.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Extent"), id));
    Fields fields = extentFields(ctx.config);
    fields[0].required = false;
    if (!rpc::objectArg(p, 1, fields, QStringLiteral("iscsi_extent_update"), true, false, &in, &r))
        return r;
    QJsonObject next = rpc::merged(ctx.state.extents.value(id), in);
    ValidationErrors errors;
    validateExtent(ctx.state, next, id, QStringLiteral("iscsi_extent_update"), &errors);
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    if (next.value(QStringLiteral("type")).toString() == QLatin1String("DISK"))
        next.insert(QStringLiteral("path"), next.value(QStringLiteral("disk")));
    ctx.state.extents.insert(id, next);
    ctx.backend.publish(QStringLiteral("iscsi.extent.query"), QStringLiteral("changed"), id, next);
    return RpcReply::ok(next);
}

RpcReply extentDelete(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    bool remove = false, force = false;
    if (!rpc::argCount(p, 3, QStringLiteral("iscsi_extent_delete"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r) ||
        !rpc::boolArg(p, 1, QStringLiteral("remove"), false, &remove, &r) ||
        !rpc::boolArg(p, 2, QStringLiteral("force"), false, &force, &r))
        return r;
    if (!ctx.state.extents.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Extent"), id));
    if (extentHasSessions(ctx.state, id) && !force)
        return RpcReply::fail(
            RpcError::call(16, QStringLiteral("EBUSY"),
                           QStringLiteral("Associated target %1 is in use.")
                               .arg(ctx.state.extents.value(id).value(QStringLiteral("name")).toString())));
    for (auto it = ctx.state.targetExtents.begin(); it != ctx.state.targetExtents.end();)
        it = it->value(QStringLiteral("extent")).toInt() == id ? ctx.state.targetExtents.erase(it)
                                                               : std::next(it);
    ctx.state.extents.remove(id);
    ctx.backend.publish(QStringLiteral("iscsi.extent.query"), QStringLiteral("removed"), id, {});
    return RpcReply::ok(true);
}

QString humanSize(quint64 n)
{
    static const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = 0;
    double v = double(n);
    while (u < 5 && v >= 1024) {
        v /= 1024;
        ++u;
    }
    QString num = QString::number(v, 'f', 2);
    while (num.contains(QLatin1Char('.')) &&
           (num.endsWith(QLatin1Char('0')) || num.endsWith(QLatin1Char('.'))))
        num.chop(1);
    return num + QLatin1Char(' ') + QLatin1String(units[u]);
}

// ---- iscsi.targetextent ----

RpcReply targetExtentCreate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    QJsonObject in;
    const QString pre = QStringLiteral("iscsi_targetextent_create");
    const Fields fields{Field::integer(QStringLiteral("target")).req(),
                        Field::integer(QStringLiteral("extent")).req(),
                        Field::integer(QStringLiteral("lunid")).range(0, 16382).null().def(QJsonValue::Null)};
    if (!rpc::argCount(p, 1, pre, &r) || !rpc::objectArg(p, 0, fields, pre, true, true, &in, &r))
        return r;
    ValidationErrors errors;
    const int target = in.value(QStringLiteral("target")).toInt();
    const int extent = in.value(QStringLiteral("extent")).toInt();
    if (!ctx.state.targets.contains(target))
        errors.append(
            {pre + QStringLiteral(".target"), QStringLiteral("Target %1 not found").arg(target), 22});
    if (!ctx.state.extents.contains(extent))
        errors.append(
            {pre + QStringLiteral(".extent"), QStringLiteral("Extent %1 not found").arg(extent), 22});
    QList<int> used;
    for (const QJsonObject& te : ctx.state.targetExtents) {
        if (te.value(QStringLiteral("extent")).toInt() == extent)
            errors.append({pre + QStringLiteral(".extent"), QStringLiteral("Extent is already in use."), 22});
        if (te.value(QStringLiteral("target")).toInt() == target)
            used.append(te.value(QStringLiteral("lunid")).toInt());
    }
    int lun = 0;
    if (in.value(QStringLiteral("lunid")).isNull()) {
        while (used.contains(lun)) // the lowest free LUN of the target, from 0 (§3.7)
            ++lun;
    } else {
        lun = in.value(QStringLiteral("lunid")).toInt();
        if (used.contains(lun))
            errors.append({pre + QStringLiteral(".lunid"),
                           QStringLiteral("LUN ID is already being used for this target."), 22});
    }
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    const int id = ctx.state.allocId(QStringLiteral("targetextent"));
    const QJsonObject row{{QStringLiteral("id"), id},
                          {QStringLiteral("target"), target},
                          {QStringLiteral("lunid"), lun},
                          {QStringLiteral("extent"), extent}};
    ctx.state.targetExtents.insert(id, row);
    ctx.backend.publish(QStringLiteral("iscsi.targetextent.query"), QStringLiteral("added"), id, row);
    return RpcReply::ok(row);
}

RpcReply targetExtentUpdate(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    QJsonObject in;
    const QString pre = QStringLiteral("iscsi_targetextent_update");
    const Fields fields{Field::integer(QStringLiteral("target")), Field::integer(QStringLiteral("extent")),
                        Field::integer(QStringLiteral("lunid")).range(0, 16382)};
    if (!rpc::argCount(p, 2, pre, &r) || !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r))
        return r;
    if (!ctx.state.targetExtents.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Target Extent"), id));
    if (!rpc::objectArg(p, 1, fields, pre, true, false, &in, &r))
        return r;
    const QJsonObject next = rpc::merged(ctx.state.targetExtents.value(id), in);
    ValidationErrors errors;
    for (auto it = ctx.state.targetExtents.begin(); it != ctx.state.targetExtents.end(); ++it) {
        if (it.key() == id)
            continue;
        if (it->value(QStringLiteral("extent")) == next.value(QStringLiteral("extent")))
            errors.append({pre + QStringLiteral(".extent"), QStringLiteral("Extent is already in use."), 22});
        if (it->value(QStringLiteral("target")) == next.value(QStringLiteral("target")) &&
            it->value(QStringLiteral("lunid")) == next.value(QStringLiteral("lunid")))
            errors.append({pre + QStringLiteral(".lunid"),
                           QStringLiteral("LUN ID is already being used for this target."), 22});
    }
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));
    ctx.state.targetExtents.insert(id, next);
    return RpcReply::ok(next);
}

RpcReply targetExtentDelete(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    int id = 0;
    bool force = false;
    if (!rpc::argCount(p, 2, QStringLiteral("iscsi_targetextent_delete"), &r) ||
        !rpc::intArg(p, 0, QStringLiteral("id"), &id, &r) ||
        !rpc::boolArg(p, 1, QStringLiteral("force"), false, &force, &r))
        return r;
    if (!ctx.state.targetExtents.contains(id))
        return RpcReply::fail(rpc::notFound(QStringLiteral("iSCSI Target Extent"), id));
    if (targetHasSessions(ctx.state,
                          ctx.state.targetExtents.value(id).value(QStringLiteral("target")).toInt()) &&
        !force)
        return RpcReply::fail(
            RpcError::call(16, QStringLiteral("EBUSY"), QStringLiteral("Associated target is in use.")));
    ctx.state.targetExtents.remove(id);
    ctx.backend.publish(QStringLiteral("iscsi.targetextent.query"), QStringLiteral("removed"), id, {});
    return RpcReply::ok(true);
}

} // namespace

QString IscsiTargetMethods::zvolOf(const QJsonObject& extent)
{
    const QString disk = extent.value(QStringLiteral("disk")).toString();
    return disk.startsWith(QLatin1String("zvol/")) ? disk.mid(5) : QString();
}

QJsonArray IscsiTargetMethods::sessionRows(const TrueNasState& s)
{
    QJsonArray out;
    for (const TrueNasSession& x : s.sessions) {
        const QJsonValue alias = s.targets.value(x.targetId).value(QStringLiteral("alias"));
        out.append(QJsonObject{
            {QStringLiteral("initiator"), x.initiator},
            {QStringLiteral("initiator_addr"), x.initiatorAddr},
            {QStringLiteral("initiator_alias"),
             x.initiator.section(QLatin1Char(':'), 1).section(QLatin1Char('-'), 0, -2)},
            {QStringLiteral("target"), x.target},
            {QStringLiteral("target_alias"), alias.isString() ? alias : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("header_digest"), QStringLiteral("None")},
            {QStringLiteral("data_digest"), QStringLiteral("None")},
            {QStringLiteral("max_data_segment_length"), 262144},
            {QStringLiteral("max_receive_data_segment_length"), 262144},
            {QStringLiteral("max_xmit_data_segment_length"), 262144},
            {QStringLiteral("max_burst_length"), 262144},
            {QStringLiteral("first_burst_length"), 65536},
            {QStringLiteral("immediate_data"), true},
            {QStringLiteral("iser"), false},
            {QStringLiteral("offload"), false}});
    }
    return out;
}

void IscsiTargetMethods::registerAll(MethodTable& t, const TrueNasConfig&)
{
    t.add(QStringLiteral("iscsi.target.query"),
          [](CallContext& ctx, const QJsonArray& p) { return rpc::query(rpc::rows(ctx.state.targets), p); });
    t.add(QStringLiteral("iscsi.target.create"), targetCreate);
    t.add(QStringLiteral("iscsi.target.update"), targetUpdate);
    t.add(QStringLiteral("iscsi.target.delete"), targetDelete);
    t.add(QStringLiteral("iscsi.target.validate_name"), [](CallContext& ctx, const QJsonArray& p) {
        RpcReply r;
        if (!rpc::argCount(p, 2, QStringLiteral("iscsi_target_validate_name"), &r))
            return r;
        if (p.isEmpty() || !p.at(0).isString())
            return RpcReply::fail(RpcError::validation(QStringLiteral("name"),
                                                       QStringLiteral("Input should be a valid string")));
        const int existing = p.size() > 1 && ParamSchema::isInt(p.at(1)) ? p.at(1).toInt() : 0;
        const QString e = validateTargetName(ctx.state, p.at(0).toString(), existing);
        return RpcReply::ok(e.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e));
    });

    t.add(QStringLiteral("iscsi.extent.query"),
          [](CallContext& ctx, const QJsonArray& p) { return rpc::query(rpc::rows(ctx.state.extents), p); });
    t.add(QStringLiteral("iscsi.extent.create"), extentCreate);
    t.add(QStringLiteral("iscsi.extent.update"), extentUpdate);
    t.add(QStringLiteral("iscsi.extent.delete"), extentDelete);
    t.add(QStringLiteral("iscsi.extent.disk_choices"), [](CallContext& ctx, const QJsonArray&) {
        // Unlocked zvols whose device exists and that no extent uses yet (§3.6).
        QStringList attached;
        for (const QJsonObject& e : ctx.state.extents)
            attached.append(zvolOf(e));
        QJsonObject o;
        for (const TrueNasDataset& d : ctx.state.datasets)
            if (d.type == QLatin1String("VOLUME") && d.deviceReady && !attached.contains(d.name))
                o.insert(QStringLiteral("zvol/") +
                             QString(d.name).replace(QLatin1Char(' '), QLatin1Char('+')),
                         QStringLiteral("%1 (%2)").arg(d.name, humanSize(d.volsize)));
        return RpcReply::ok(o);
    });

    t.add(QStringLiteral("iscsi.targetextent.query"), [](CallContext& ctx, const QJsonArray& p) {
        return rpc::query(rpc::rows(ctx.state.targetExtents), p);
    });
    t.add(QStringLiteral("iscsi.targetextent.create"), targetExtentCreate);
    t.add(QStringLiteral("iscsi.targetextent.update"), targetExtentUpdate);
    t.add(QStringLiteral("iscsi.targetextent.delete"), targetExtentDelete);

    t.add(QStringLiteral("iscsi.global.sessions"),
          [](CallContext& ctx, const QJsonArray& p) { return rpc::query(sessionRows(ctx.state), p); });
    t.add(QStringLiteral("iscsi.global.client_count"), [](CallContext& ctx, const QJsonArray&) {
        QStringList ips;
        for (const TrueNasSession& s : ctx.state.sessions)
            if (!ips.contains(s.initiatorAddr))
                ips.append(s.initiatorAddr);
        return RpcReply::ok(int(ips.size()));
    });
}

} // namespace mpio::lab
