#include "app/lab/truenas/PoolMethods.h"

#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

#include <QCryptographicHash>

namespace mpio::lab {

namespace {

const QStringList kBlockSizes{QStringLiteral("512"), QStringLiteral("512B"), QStringLiteral("1K"),
                              QStringLiteral("2K"),  QStringLiteral("4K"),   QStringLiteral("8K"),
                              QStringLiteral("16K"), QStringLiteral("32K"),  QStringLiteral("64K"),
                              QStringLiteral("128K")};

QStringList compressionChoices()
{
    QStringList c{QStringLiteral("ON"),   QStringLiteral("OFF"),       QStringLiteral("LZ4"),
                  QStringLiteral("GZIP"), QStringLiteral("GZIP-1"),    QStringLiteral("GZIP-9"),
                  QStringLiteral("ZSTD"), QStringLiteral("ZSTD-FAST"), QStringLiteral("ZLE"),
                  QStringLiteral("LZJB")};
    for (int i = 1; i <= 19; ++i)
        c.append(QStringLiteral("ZSTD-%1").arg(i));
    for (int i : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 500, 1000})
        c.append(QStringLiteral("ZSTD-FAST-%1").arg(i));
    c.append(QStringLiteral("INHERIT"));
    return c;
}

// Fields that exist only for FILESYSTEM ("This field is not valid for VOLUME", §4.1).
const QStringList kFsOnly{QStringLiteral("aclmode"),   QStringLiteral("acltype"),
                          QStringLiteral("atime"),     QStringLiteral("casesensitivity"),
                          QStringLiteral("quota"),     QStringLiteral("refquota"),
                          QStringLiteral("recordsize")};

Fields createFields()
{
    const QStringList onOffInherit{QStringLiteral("ON"), QStringLiteral("OFF"), QStringLiteral("INHERIT")};
    Fields f{
        Field::string(QStringLiteral("name")).req().length(1, 200),
        Field::choice(QStringLiteral("type"), {QStringLiteral("FILESYSTEM"), QStringLiteral("VOLUME")})
            .def(QStringLiteral("FILESYSTEM")),
        Field::integer(QStringLiteral("volsize")).range(0, std::numeric_limits<qint64>::max()),
        Field::choice(QStringLiteral("volblocksize"), kBlockSizes),
        Field::boolean(QStringLiteral("sparse")).def(false),
        Field::boolean(QStringLiteral("force_size")).def(false),
        Field::choice(QStringLiteral("compression"), compressionChoices()).def(QStringLiteral("INHERIT")),
        Field::choice(QStringLiteral("sync"), {QStringLiteral("STANDARD"), QStringLiteral("ALWAYS"),
                                               QStringLiteral("DISABLED"), QStringLiteral("INHERIT")})
            .def(QStringLiteral("INHERIT")),
        Field::string(QStringLiteral("comments")).def(QString()),
        Field::choice(QStringLiteral("deduplication"), {QStringLiteral("ON"), QStringLiteral("VERIFY"),
                                                        QStringLiteral("OFF"), QStringLiteral("INHERIT")})
            .def(QStringLiteral("INHERIT")),
        Field::string(QStringLiteral("checksum")),
        Field::choice(QStringLiteral("readonly"), onOffInherit).def(QStringLiteral("INHERIT")),
        Field::any(QStringLiteral("copies")),
        Field::choice(QStringLiteral("snapdev"),
                      {QStringLiteral("HIDDEN"), QStringLiteral("VISIBLE"), QStringLiteral("INHERIT")}),
        Field::integer(QStringLiteral("reservation")),
        Field::integer(QStringLiteral("refreservation")),
        Field::intOrString(QStringLiteral("special_small_block_size")),
        Field::boolean(QStringLiteral("encryption")),
        Field::any(QStringLiteral("encryption_options")),
        Field::boolean(QStringLiteral("inherit_encryption")),
        Field::any(QStringLiteral("user_properties")),
        Field::boolean(QStringLiteral("create_ancestors")).def(false),
        Field::string(QStringLiteral("share_type")),
        Field::any(QStringLiteral("exec"))};
    for (const QString& n : kFsOnly)
        f.append(Field::any(n));
    return f;
}

QJsonObject prop(const QJsonValue& parsed, const QString& raw, const QString& value, const QString& source,
                 const QJsonValue& sourceInfo = QJsonValue::Null)
{
    return QJsonObject{{QStringLiteral("parsed"), parsed},
                       {QStringLiteral("rawvalue"), raw},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("source_info"), sourceInfo}};
}

// An enumerated property with ZFS inheritance: INHERIT takes the nearest ancestor's local value.
QJsonObject inheritedProp(const TrueNasState& s, const TrueNasDataset& d, QString TrueNasDataset::*member)
{
    QString v = d.*member;
    QString source = QStringLiteral("LOCAL");
    QJsonValue from = QJsonValue::Null;
    QString name = d.name;
    while (v == QLatin1String("INHERIT") && name.contains(QLatin1Char('/'))) {
        name = name.section(QLatin1Char('/'), 0, -2);
        v = s.datasets.value(name).*member;
        source = QStringLiteral("INHERITED");
        from = QString(QStringLiteral("inherited from ") + name);
    }
    if (v == QLatin1String("INHERIT") || v.isEmpty()) {
        v = QStringLiteral("OFF");
        source = QStringLiteral("DEFAULT");
    }
    return prop(v.toLower(), v.toLower(), v, source, from);
}

QJsonValue poolTopologyDisk(const QString& disk, int n)
{
    const QString guid = QString::number(1000000000000000000ULL + quint64(n) * 7919ULL);
    return QJsonObject{{QStringLiteral("name"), guid},
                       {QStringLiteral("type"), QStringLiteral("DISK")},
                       {QStringLiteral("path"),
                        QStringLiteral("/dev/disk/by-partuuid/4b1c%1-lab").arg(n, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("guid"), guid},
                       {QStringLiteral("status"), QStringLiteral("ONLINE")},
                       {QStringLiteral("stats"), QJsonObject{{QStringLiteral("read_errors"), 0},
                                                             {QStringLiteral("write_errors"), 0},
                                                             {QStringLiteral("checksum_errors"), 0}}},
                       {QStringLiteral("children"), QJsonArray()},
                       {QStringLiteral("device"), QString(disk + QStringLiteral("p1"))},
                       {QStringLiteral("disk"), disk},
                       {QStringLiteral("unavail_disk"), QJsonValue::Null}};
}

QJsonObject mirror(const QString& name, const QJsonArray& children, int n)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("MIRROR")},
                       {QStringLiteral("path"), QJsonValue::Null},
                       {QStringLiteral("guid"), QString::number(2000000000000000000ULL + quint64(n))},
                       {QStringLiteral("status"), QStringLiteral("ONLINE")},
                       {QStringLiteral("stats"), QJsonObject()},
                       {QStringLiteral("children"), children},
                       {QStringLiteral("device"), QJsonValue::Null},
                       {QStringLiteral("disk"), QJsonValue::Null},
                       {QStringLiteral("unavail_disk"), QJsonValue::Null}};
}

QJsonObject poolEntry(const TrueNasState& s, int index)
{
    const TrueNasPoolSpec& p = s.pools.at(index);
    const int base = index * 10;
    QJsonArray log;
    if (p.slog && p.mirroredSlog)
        log.append(mirror(QStringLiteral("mirror-2"),
                          QJsonArray{poolTopologyDisk(QStringLiteral("nvme0n1"), base + 5),
                                     poolTopologyDisk(QStringLiteral("nvme1n1"), base + 6)},
                          base + 2));
    else if (p.slog)
        log.append(poolTopologyDisk(QStringLiteral("nvme0n1"), base + 5));
    const QJsonObject topology{
        {QStringLiteral("data"),
         QJsonArray{mirror(QStringLiteral("mirror-0"),
                           QJsonArray{poolTopologyDisk(QStringLiteral("sda"), base + 1),
                                      poolTopologyDisk(QStringLiteral("sdb"), base + 2)},
                           base)}},
        {QStringLiteral("log"), log},
        {QStringLiteral("cache"), QJsonArray()},
        {QStringLiteral("spare"), QJsonArray()},
        {QStringLiteral("special"), QJsonArray()},
        {QStringLiteral("dedup"), QJsonArray()}};
    const quint64 avail = s.poolAvailable(p.name);
    const QString guid = QString::fromLatin1(
        QCryptographicHash::hash(p.name.toUtf8(), QCryptographicHash::Md5).toHex().left(15));
    return QJsonObject{
        {QStringLiteral("id"), index + 1},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("guid"), QString::number(guid.toULongLong(nullptr, 16))},
        {QStringLiteral("status"), QStringLiteral("ONLINE")},
        {QStringLiteral("path"), QString(QStringLiteral("/mnt/") + p.name)},
        {QStringLiteral("scan"), QJsonObject{{QStringLiteral("function"), QStringLiteral("SCRUB")},
                                             {QStringLiteral("state"), QStringLiteral("FINISHED")},
                                             {QStringLiteral("errors"), 0}}},
        {QStringLiteral("is_upgraded"), true},
        {QStringLiteral("healthy"), true},
        {QStringLiteral("warning"), false},
        {QStringLiteral("status_code"), QStringLiteral("OK")},
        {QStringLiteral("status_detail"), QJsonValue::Null},
        {QStringLiteral("size"), double(p.sizeBytes)},
        {QStringLiteral("allocated"), double(p.sizeBytes - avail)},
        {QStringLiteral("free"), double(avail)},
        {QStringLiteral("freeing"), 0},
        {QStringLiteral("fragmentation"), QStringLiteral("3")},
        {QStringLiteral("size_str"), QString::number(p.sizeBytes)},
        {QStringLiteral("allocated_str"), QString::number(p.sizeBytes - avail)},
        {QStringLiteral("free_str"), QString::number(avail)},
        {QStringLiteral("freeing_str"), QStringLiteral("0")},
        {QStringLiteral("autotrim"), QJsonObject{{QStringLiteral("parsed"), false},
                                                 {QStringLiteral("rawvalue"), QStringLiteral("off")},
                                                 {QStringLiteral("value"), QStringLiteral("OFF")},
                                                 {QStringLiteral("source"), QStringLiteral("DEFAULT")}}},
        {QStringLiteral("topology"), topology}};
}

RpcReply create(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    const QString pre = QStringLiteral("pool_dataset_create");
    if (!rpc::argCount(p, 1, pre, &r))
        return r;
    QJsonObject in;
    if (!rpc::objectArg(p, 0, createFields(), pre, true, true, &in, &r))
        return r;
    ValidationErrors errors;
    const QString name = in.value(QStringLiteral("name")).toString();
    const bool volume = in.value(QStringLiteral("type")).toString() == QLatin1String("VOLUME");
    const QString parent = name.section(QLatin1Char('/'), 0, -2);
    if (!name.contains(QLatin1Char('/')) || name.endsWith(QLatin1Char(' ')))
        errors.append({pre + QStringLiteral(".name"),
                       QStringLiteral("Please specify a pool which contains the dataset."), 22});
    else if (ctx.state.datasets.contains(name))
        errors.append(
            {pre + QStringLiteral(".name"), QStringLiteral("Path %1 already exists").arg(name), 17});
    else if (!ctx.state.datasets.contains(parent) && !in.value(QStringLiteral("create_ancestors")).toBool())
        errors.append({pre + QStringLiteral(".name"),
                       QStringLiteral("Parent dataset does not exist for specified name."), 2});
    else if (ctx.state.datasets.value(parent).type == QLatin1String("VOLUME"))
        errors.append(
            {pre + QStringLiteral(".name"), QStringLiteral("Parent dataset cannot be a ZVOL."), 22});
    bool poolKnown = false;
    for (const TrueNasPoolSpec& pl : ctx.state.pools)
        poolKnown = poolKnown || pl.name == name.section(QLatin1Char('/'), 0, 0);
    if (errors.isEmpty() && !poolKnown)
        errors.append({pre + QStringLiteral(".name"),
                       QStringLiteral("Parent dataset does not exist for specified name."), 2});
    const QString blockSize = in.value(QStringLiteral("volblocksize")).toString(QStringLiteral("16K"));
    if (volume) {
        for (const QString& f : kFsOnly)
            if (in.contains(f))
                errors.append(
                    {pre + QLatin1Char('.') + f, QStringLiteral("This field is not valid for VOLUME"), 22});
        if (!in.contains(QStringLiteral("volsize"))) {
            errors.append(
                {pre + QStringLiteral(".volsize"), QStringLiteral("This field is required for VOLUME"), 22});
        } else {
            const quint64 volsize = quint64(in.value(QStringLiteral("volsize")).toDouble());
            const quint64 bs = PoolMethods::blockSizeBytes(blockSize);
            if (volsize == 0 || volsize % bs != 0)
                errors.append({pre + QStringLiteral(".volsize"),
                               QStringLiteral("Volume size should be a multiple of volume block size"), 22});
            // §4.1: more than 80 % of the parent's available space needs force_size.
            const quint64 avail = ctx.state.poolAvailable(name.section(QLatin1Char('/'), 0, 0));
            if (!in.value(QStringLiteral("force_size")).toBool() && double(volsize) > 0.8 * double(avail))
                errors.append(
                    {pre + QStringLiteral(".volsize"),
                     QStringLiteral(
                         "It is not recommended to use more than 80% of your available space for VOLUME"),
                     22});
        }
    } else {
        for (const QString& f :
             {QStringLiteral("volsize"), QStringLiteral("volblocksize"), QStringLiteral("sparse")})
            if (p.at(0).toObject().contains(f))
                errors.append({pre + QLatin1Char('.') + f,
                               QStringLiteral("This field is not valid for FILESYSTEM"), 22});
    }
    if (!errors.isEmpty())
        return RpcReply::fail(RpcError::validation(errors));

    if (in.value(QStringLiteral("create_ancestors")).toBool()) {
        const QStringList parts = name.split(QLatin1Char('/'));
        for (qsizetype i = 2; i < parts.size(); ++i) {
            TrueNasDataset a;
            a.name = parts.mid(0, i).join(QLatin1Char('/'));
            if (!ctx.state.datasets.contains(a.name))
                ctx.state.datasets.insert(a.name, a);
        }
    }
    TrueNasDataset d;
    d.name = name;
    d.type = volume ? QStringLiteral("VOLUME") : QStringLiteral("FILESYSTEM");
    d.compression = in.value(QStringLiteral("compression")).toString();
    d.sync = in.value(QStringLiteral("sync")).toString();
    d.deduplication = in.value(QStringLiteral("deduplication")).toString();
    d.readonly = in.value(QStringLiteral("readonly")).toString();
    d.comments = in.value(QStringLiteral("comments")).toString();
    if (volume) {
        d.volsize = quint64(in.value(QStringLiteral("volsize")).toDouble());
        d.volblocksize = in.contains(QStringLiteral("volblocksize")) ? blockSize : QString();
        d.sparse = in.value(QStringLiteral("sparse")).toBool();
        // The create does not wait for the /dev/zvol node (udev): it appears a moment later (§4.1).
        d.deviceReady = ctx.config.zvolDeviceDelayMs <= 0;
    }
    ctx.state.datasets.insert(name, d);
    if (volume && !d.deviceReady)
        ctx.backend.zvolCreated(name);
    const QJsonObject entry = PoolMethods::datasetEntry(ctx.state, name);
    ctx.backend.publish(QStringLiteral("pool.dataset.query"), QStringLiteral("added"), name, entry);
    return RpcReply::ok(entry);
}

RpcReply remove(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    if (!rpc::argCount(p, 2, QStringLiteral("pool_dataset_delete"), &r))
        return r;
    if (p.isEmpty() || !p.at(0).isString())
        return RpcReply::fail(
            RpcError::validation(QStringLiteral("id"), QStringLiteral("Input should be a valid string")));
    const QString name = p.at(0).toString();
    QJsonObject opt;
    if (!rpc::objectArg(p, 1,
                        {Field::boolean(QStringLiteral("recursive")).def(false),
                         Field::boolean(QStringLiteral("force")).def(false)},
                        QStringLiteral("options"), false, true, &opt, &r))
        return r;
    if (!ctx.state.datasets.contains(name) || !name.contains(QLatin1Char('/')))
        return RpcReply::fail(
            RpcError::call(2, QStringLiteral("ENOENT"), QStringLiteral("%1 does not exist").arg(name)));
    QStringList children;
    for (const TrueNasDataset& d : ctx.state.datasets)
        if (d.name.startsWith(name + QLatin1Char('/')))
            children.append(d.name);
    if (!children.isEmpty() && !opt.value(QStringLiteral("recursive")).toBool())
        return RpcReply::fail(RpcError::call(
            16, QStringLiteral("EBUSY"),
            QStringLiteral("Failed to delete dataset: cannot destroy '%1': filesystem has children")
                .arg(name)));
    children.append(name);
    // The iSCSI attachment delegate removes extents (and their LUN mappings) on the deleted zvols.
    for (const QString& c : children) {
        const QString disk = QStringLiteral("zvol/") + c;
        for (auto it = ctx.state.extents.begin(); it != ctx.state.extents.end();) {
            if (it->value(QStringLiteral("disk")).toString() == disk) {
                const int eid = it.key();
                for (auto te = ctx.state.targetExtents.begin(); te != ctx.state.targetExtents.end();)
                    te = te->value(QStringLiteral("extent")).toInt() == eid
                             ? ctx.state.targetExtents.erase(te)
                             : std::next(te);
                it = ctx.state.extents.erase(it);
            } else {
                ++it;
            }
        }
        ctx.state.datasets.remove(c);
    }
    ctx.backend.publish(QStringLiteral("pool.dataset.query"), QStringLiteral("removed"), name, {});
    return RpcReply::ok(true);
}

} // namespace

quint64 PoolMethods::blockSizeBytes(const QString& v)
{
    if (v == QLatin1String("512") || v == QLatin1String("512B"))
        return 512;
    return quint64(v.chopped(1).toULongLong()) * 1024;
}

QString PoolMethods::zfsNice(quint64 n)
{
    static const char units[] = "BKMGTPE";
    int u = 0;
    quint64 div = 1;
    while (u < 6 && n >= div * 1024) {
        div *= 1024;
        ++u;
    }
    const QChar unit = QLatin1Char(units[u]);
    if (u == 0)
        return QString::number(n);
    if (n % div == 0)
        return QString::number(n / div) + unit;
    const double v = double(n) / double(div);
    return QString::number(v, 'f', v < 10 ? 2 : v < 100 ? 1 : 0) + unit;
}

QJsonObject PoolMethods::datasetEntry(const TrueNasState& s, const QString& name)
{
    const TrueNasDataset d = s.datasets.value(name);
    const bool volume = d.type == QLatin1String("VOLUME");
    const quint64 avail = s.poolAvailable(d.pool());
    quint64 used = volume ? (d.sparse ? 57344 : d.volsize) : 98304;
    if (!volume)
        for (const TrueNasDataset& c : s.datasets)
            if (c.name.startsWith(name + QLatin1Char('/')) && c.type == QLatin1String("VOLUME") && !c.sparse)
                used += c.volsize;
    QJsonObject o{{QStringLiteral("id"), name},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("type"), d.type},
                  {QStringLiteral("pool"), d.pool()},
                  {QStringLiteral("encrypted"), false},
                  {QStringLiteral("encryption_root"), QJsonValue::Null},
                  {QStringLiteral("key_loaded"), false},
                  {QStringLiteral("locked"), false},
                  {QStringLiteral("children"), QJsonArray()},
                  {QStringLiteral("user_properties"), QJsonObject()},
                  {QStringLiteral("mountpoint"), volume
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(QString(QStringLiteral("/mnt/") + name))},
                  {QStringLiteral("comments"),
                   prop(d.comments, d.comments, d.comments,
                        d.comments.isEmpty() ? QStringLiteral("DEFAULT") : QStringLiteral("LOCAL"))},
                  {QStringLiteral("sync"), inheritedProp(s, d, &TrueNasDataset::sync)},
                  {QStringLiteral("compression"), inheritedProp(s, d, &TrueNasDataset::compression)},
                  {QStringLiteral("deduplication"), inheritedProp(s, d, &TrueNasDataset::deduplication)},
                  {QStringLiteral("readonly"), inheritedProp(s, d, &TrueNasDataset::readonly)},
                  {QStringLiteral("used"),
                   prop(double(used), QString::number(used), zfsNice(used), QStringLiteral("NONE"))},
                  {QStringLiteral("available"),
                   prop(double(avail), QString::number(avail), zfsNice(avail), QStringLiteral("NONE"))}};
    if (volume) {
        const QString bs = d.volblocksize.isEmpty() ? QStringLiteral("16K") : d.volblocksize;
        const quint64 bsBytes = blockSizeBytes(bs);
        o.insert(QStringLiteral("volsize"), prop(double(d.volsize), QString::number(d.volsize),
                                                 zfsNice(d.volsize), QStringLiteral("LOCAL")));
        o.insert(QStringLiteral("volblocksize"),
                 prop(double(bsBytes), QString::number(bsBytes), zfsNice(bsBytes),
                      d.volblocksize.isEmpty() ? QStringLiteral("DEFAULT") : QStringLiteral("LOCAL")));
        const quint64 refres = d.sparse ? 0 : d.volsize;
        o.insert(QStringLiteral("refreservation"),
                 prop(double(refres), QString::number(refres),
                      refres ? zfsNice(refres) : QStringLiteral("none"), QStringLiteral("LOCAL")));
    } else {
        o.insert(QStringLiteral("recordsize"),
                 prop(131072, QStringLiteral("131072"), QStringLiteral("128K"), QStringLiteral("DEFAULT")));
    }
    return o;
}

void PoolMethods::registerAll(MethodTable& t, const TrueNasConfig&)
{
    t.add(QStringLiteral("pool.query"), [](CallContext& ctx, const QJsonArray& p) {
        QJsonArray all;
        for (int i = 0; i < ctx.state.pools.size(); ++i)
            all.append(poolEntry(ctx.state, i));
        return rpc::query(all, p);
    });
    t.add(QStringLiteral("pool.dataset.query"), [](CallContext& ctx, const QJsonArray& p) {
        QJsonArray all;
        for (auto it = ctx.state.datasets.begin(); it != ctx.state.datasets.end(); ++it)
            all.append(datasetEntry(ctx.state, it.key()));
        return rpc::query(all, p);
    });
    t.add(QStringLiteral("pool.dataset.create"), create);
    t.add(QStringLiteral("pool.dataset.delete"), remove);
}

} // namespace mpio::lab
