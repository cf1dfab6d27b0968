#include "app/lab/truenas/ServiceMethods.h"

#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

namespace mpio::lab {

namespace {

// Resolves "iscsitarget" (or, on 25.10+, the row id) to the service name; empty when unknown.
QString serviceName(const CallContext& ctx, const QJsonValue& v)
{
    if (v.isString())
        return ctx.state.services.contains(v.toString()) ? v.toString() : QString();
    if (ParamSchema::isInt(v) && ctx.config.atLeast(25, 10))
        for (const QJsonObject& s : ctx.state.services)
            if (s.value(QStringLiteral("id")).toInt() == v.toInt())
                return s.value(QStringLiteral("service")).toString();
    return {};
}

// Starts/stops a service. Stopping SCST ends its sessions.
bool setRunning(CallContext& ctx, const QString& name, bool running)
{
    QJsonObject s = ctx.state.services.value(name);
    s.insert(QStringLiteral("state"), running ? QStringLiteral("RUNNING") : QStringLiteral("STOPPED"));
    s.insert(QStringLiteral("pids"),
             running ? QJsonArray{1000 + s.value(QStringLiteral("id")).toInt()} : QJsonArray());
    ctx.state.services.insert(name, s);
    if (name == QLatin1String("iscsitarget")) {
        if (!running)
            ctx.state.sessions.clear();
        ctx.backend.markStorageChanged();
    }
    ctx.backend.publish(QStringLiteral("service.query"), QStringLiteral("changed"),
                        s.value(QStringLiteral("id")), s);
    return true;
}

QString verbFromMethod(const QString& method)
{
    return method.section(QLatin1Char('.'), 1).toUpper();
}

RpcReply applyVerb(CallContext& ctx, const QString& verb, const QString& name)
{
    const bool running =
        ctx.state.services.value(name).value(QStringLiteral("state")).toString() == QLatin1String("RUNNING");
    if (verb == QLatin1String("START") || verb == QLatin1String("RESTART"))
        return RpcReply::ok(setRunning(ctx, name, true));
    if (verb == QLatin1String("STOP")) {
        setRunning(ctx, name, false);
        return RpcReply::ok(true);
    }
    // RELOAD: only a running service reloads.
    return RpcReply::ok(running);
}

Fields optionFields(const TrueNasConfig& c)
{
    Fields f{Field::boolean(QStringLiteral("ha_propagate")).def(true),
             Field::boolean(QStringLiteral("silent")).def(true)};
    if (c.atLeast(25, 10))
        f.append(Field::integer(QStringLiteral("timeout")).null().def(120));
    return f;
}

RpcReply startStop(CallContext& ctx, const QJsonArray& p)
{
    RpcReply r;
    if (!rpc::argCount(p, 2, QStringLiteral("service"), &r))
        return r;
    if (p.isEmpty() || (!p.at(0).isString() && !ctx.config.atLeast(25, 10)))
        return RpcReply::fail(RpcError::validation(
            QStringLiteral("service"), p.isEmpty() ? QStringLiteral("Field required")
                                                   : QStringLiteral("Input should be a valid string")));
    QJsonObject opt;
    if (!rpc::objectArg(p, 1, optionFields(ctx.config), QStringLiteral("options"), false, true, &opt, &r))
        return r;
    const QString name = serviceName(ctx, p.at(0));
    if (name.isEmpty())
        return RpcReply::fail(
            RpcError::call(2, QStringLiteral("ENOENT"),
                           QStringLiteral("%1 service not found").arg(p.at(0).toVariant().toString())));
    return applyVerb(ctx, verbFromMethod(ctx.method), name);
}

} // namespace

void ServiceMethods::registerAll(MethodTable& t, const TrueNasConfig& config)
{
    t.add(QStringLiteral("service.query"), [](CallContext& ctx, const QJsonArray& p) {
        QJsonArray all;
        QList<QJsonObject> rows = ctx.state.services.values();
        std::sort(rows.begin(), rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("id")).toInt() < b.value(QStringLiteral("id")).toInt();
        });
        for (const QJsonObject& o : rows)
            all.append(o);
        return rpc::query(all, p);
    });
    t.add(QStringLiteral("service.update"), [](CallContext& ctx, const QJsonArray& p) {
        RpcReply r;
        if (!rpc::argCount(p, 2, QStringLiteral("service_update"), &r))
            return r;
        // 24.10/25.04: Str('id_or_name'); 25.10 accepts int or str (§3.8).
        if (p.isEmpty() ||
            (!p.at(0).isString() && !(ctx.config.atLeast(25, 10) && ParamSchema::isInt(p.at(0)))))
            return RpcReply::fail(
                RpcError::validation(QStringLiteral("id_or_name"),
                                     p.isEmpty() ? QStringLiteral("Field required")
                                                 : QStringLiteral("Input should be a valid string")));
        QJsonObject in;
        if (!rpc::objectArg(p, 1, {Field::boolean(QStringLiteral("enable"))},
                            QStringLiteral("service_update"), true, false, &in, &r))
            return r;
        const QString name = serviceName(ctx, p.at(0));
        if (name.isEmpty())
            return RpcReply::fail(rpc::notFound(QStringLiteral("Service"), p.at(0)));
        QJsonObject s = rpc::merged(ctx.state.services.value(name), in);
        ctx.state.services.insert(name, s);
        return RpcReply::ok(s.value(QStringLiteral("id")));
    });
    t.add(QStringLiteral("service.started"), [](CallContext& ctx, const QJsonArray& p) {
        const QString name = serviceName(ctx, p.at(0));
        return RpcReply::ok(ctx.state.services.value(name).value(QStringLiteral("state")).toString() ==
                            QLatin1String("RUNNING"));
    });
    // 26.x makes service.start & co. private: only service.control remains (§3.8).
    if (!config.atLeast(26, 0))
        for (const QString& verb : {QStringLiteral("start"), QStringLiteral("stop"),
                                    QStringLiteral("restart"), QStringLiteral("reload")})
            t.add(QStringLiteral("service.") + verb, startStop);
    if (config.atLeast(25, 10)) {
        t.add(QStringLiteral("service.control"), [](CallContext& ctx, const QJsonArray& p) {
            RpcReply r;
            if (!rpc::argCount(p, 3, QStringLiteral("service_control"), &r))
                return r;
            ValidationErrors errors;
            const Field verb =
                Field::choice(QStringLiteral("verb"), {QStringLiteral("START"), QStringLiteral("STOP"),
                                                       QStringLiteral("RESTART"), QStringLiteral("RELOAD")})
                    .req();
            if (p.isEmpty())
                errors.append({QStringLiteral("verb"), QStringLiteral("Field required"), 22});
            else
                ParamSchema::checkValue(p.at(0), verb, QStringLiteral("verb"), &errors, nullptr, true);
            if (p.size() < 2)
                errors.append({QStringLiteral("service"), QStringLiteral("Field required"), 22});
            else if (!p.at(1).isString() && !ParamSchema::isInt(p.at(1)))
                errors.append(
                    {QStringLiteral("service"), QStringLiteral("Input should be a valid string"), 22});
            QJsonObject opt;
            if (!errors.isEmpty())
                return RpcReply::fail(RpcError::validation(errors));
            if (!rpc::objectArg(p, 2, optionFields(ctx.config), QStringLiteral("options"), false, true, &opt,
                                &r))
                return r;
            const QString name = serviceName(ctx, p.at(1));
            const QString v = p.at(0).toString();
            // A job: the call returns its id (legacy jobs) and the state changes when the job runs (§1.4).
            TrueNasBackend* backend = &ctx.backend;
            const RpcSession session = ctx.session;
            const QString method = ctx.method;
            return ctx.backend.startJob(ctx, p, [backend, session, method, name, v]() {
                if (name.isEmpty())
                    return RpcReply::fail(
                        RpcError::call(2, QStringLiteral("ENOENT"), QStringLiteral("Service not found")));
                RpcSession js = session;
                CallContext jc{*backend, backend->state(), backend->config(), js, method, QJsonValue()};
                return applyVerb(jc, v, name);
            });
        });
    }
}

} // namespace mpio::lab
