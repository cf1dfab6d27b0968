#include "app/lab/truenas/CoreMethods.h"

#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>

namespace mpio::lab {

namespace {

QJsonObject date(qint64 ms)
{
    return QJsonObject{{QStringLiteral("$date"), double(ms)}};
}

RpcReply noArgs(const QJsonArray& params, const QString& method, const QJsonValue& result)
{
    RpcReply r;
    if (!rpc::argCount(params, 0, method, &r))
        return r;
    return RpcReply::ok(result);
}

} // namespace

void CoreMethods::registerAll(MethodTable& t, const TrueNasConfig& config)
{
    t.add(QStringLiteral("core.ping"), [](CallContext&, const QJsonArray& p) {
        return noArgs(p, QStringLiteral("core.ping"), QStringLiteral("pong"));
    });
    t.add(QStringLiteral("core.get_jobs"),
          [](CallContext& ctx, const QJsonArray& p) { return rpc::query(ctx.backend.jobs(), p); });
    t.add(QStringLiteral("core.subscribe"), [](CallContext& ctx, const QJsonArray& p) {
        RpcReply r;
        if (!rpc::argCount(p, 1, QStringLiteral("event"), &r))
            return r;
        if (p.isEmpty() || !p.at(0).isString())
            return RpcReply::fail(RpcError::validation(
                QStringLiteral("event"), p.isEmpty() ? QStringLiteral("Field required")
                                                     : QStringLiteral("Input should be a valid string")));
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ctx.session.subscriptions.insert(uuid, p.at(0).toString().section(QLatin1Char(':'), 0, 0));
        return RpcReply::ok(uuid);
    });
    t.add(QStringLiteral("core.unsubscribe"), [](CallContext& ctx, const QJsonArray& p) {
        ctx.session.subscriptions.remove(p.at(0).toString());
        return RpcReply::ok(QJsonValue::Null);
    });
    // §1.4: 25.04 accepts only py_exceptions and ignores unknown keys; 25.10 adds legacy_jobs.
    t.addNoAuth(
        QStringLiteral("core.set_options"),
        [](CallContext& ctx, const QJsonArray& p) {
            const QJsonObject o = p.at(0).toObject();
            if (ctx.config.atLeast(25, 10) && o.value(QStringLiteral("legacy_jobs")).isBool())
                ctx.session.legacyJobs = o.value(QStringLiteral("legacy_jobs")).toBool();
            return RpcReply::ok(QJsonValue::Null);
        },
        true);

    t.add(QStringLiteral("system.version"), [](CallContext& ctx, const QJsonArray& p) {
        // 25.04+: f'{BRAND}-{version}' = "TrueNAS-25.04.2.6" (§6).
        return noArgs(p, QStringLiteral("system.version"),
                      QString(QStringLiteral("TrueNAS-") + ctx.config.version));
    });
    t.add(QStringLiteral("system.version_short"), [](CallContext& ctx, const QJsonArray& p) {
        return noArgs(p, QStringLiteral("system.version_short"), ctx.config.version);
    });
    t.add(QStringLiteral("system.host_id"), [](CallContext& ctx, const QJsonArray& p) {
        // SHA-256 hex of /etc/hostid: stable for the lab's hostname.
        const QByteArray id = QCryptographicHash::hash(
                                  QString(QStringLiteral("mpio-lab-hostid:") + ctx.config.hostname).toUtf8(),
                                  QCryptographicHash::Sha256)
                                  .toHex();
        return noArgs(p, QStringLiteral("system.host_id"), QString::fromLatin1(id));
    });
    t.add(QStringLiteral("system.product_type"), [](CallContext& ctx, const QJsonArray& p) {
        return noArgs(p, QStringLiteral("system.product_type"),
                      ctx.config.ha ? QStringLiteral("ENTERPRISE") : QStringLiteral("COMMUNITY_EDITION"));
    });
    t.add(QStringLiteral("system.state"), [](CallContext&, const QJsonArray& p) {
        return noArgs(p, QStringLiteral("system.state"), QStringLiteral("READY"));
    });
    t.add(QStringLiteral("system.ready"),
          [](CallContext&, const QJsonArray& p) { return noArgs(p, QStringLiteral("system.ready"), true); });
    t.add(QStringLiteral("system.info"), [](CallContext& ctx, const QJsonArray& p) {
        static const qint64 bootMs = QDateTime::currentMSecsSinceEpoch() - 90061000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const double up = double(now - bootMs) / 1000.0;
        const int secs = int(up);
        const QString uptime = QStringLiteral("%1 day%2, %3:%4:%5")
                                   .arg(secs / 86400)
                                   .arg(secs / 86400 == 1 ? QString() : QStringLiteral("s"))
                                   .arg((secs % 86400) / 3600)
                                   .arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'))
                                   .arg(secs % 60, 2, 10, QLatin1Char('0'));
        return noArgs(p, QStringLiteral("system.info"),
                      QJsonObject{{QStringLiteral("version"), ctx.config.version},
                                  {QStringLiteral("buildtime"), date(1740000000000)},
                                  {QStringLiteral("hostname"), ctx.config.hostname},
                                  {QStringLiteral("physmem"), 68719476736.0},
                                  {QStringLiteral("model"),
                                   QStringLiteral("Intel(R) Xeon(R) Silver 4210R CPU @ 2.40GHz")},
                                  {QStringLiteral("cores"), 20},
                                  {QStringLiteral("physical_cores"), 10},
                                  {QStringLiteral("loadavg"), QJsonArray{0.12, 0.08, 0.05}},
                                  {QStringLiteral("uptime"), uptime},
                                  {QStringLiteral("uptime_seconds"), up},
                                  {QStringLiteral("system_serial"), QStringLiteral("MPIOLAB0001")},
                                  {QStringLiteral("system_product"), QStringLiteral("mpio-lab")},
                                  {QStringLiteral("system_product_version"), QStringLiteral("1.0")},
                                  {QStringLiteral("license"), QJsonValue::Null},
                                  {QStringLiteral("boottime"), date(bootMs)},
                                  {QStringLiteral("datetime"), date(now)},
                                  {QStringLiteral("timezone"), QStringLiteral("UTC")},
                                  {QStringLiteral("system_manufacturer"), QStringLiteral("mpio-lab")},
                                  {QStringLiteral("ecc_memory"), true}});
    });
    if (config.atLeast(25, 10)) {
        // GET /api/boot_id and system.boot_id exist from 25.10 (§1.1, §6); no authentication needed.
        t.addNoAuth(QStringLiteral("system.boot_id"), [](CallContext&, const QJsonArray&) {
            static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            return RpcReply::ok(id);
        });
    }
}

} // namespace mpio::lab
