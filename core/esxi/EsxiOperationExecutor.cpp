#include "core/esxi/EsxiOperationExecutor.h"

#include "core/esxi/EsxiHostClient.h"
#include "core/esxi/text/VmkpingText.h"

#include <QJsonArray>

namespace mpio::esxi {

namespace {

QStringList argvOf(const Action& action)
{
    QStringList argv;
    for (const QJsonValue& v : action.payload.value(QStringLiteral("argv")).toArray())
        argv.append(v.toString());
    return argv;
}

const char* pingErrorName(PingOutcome::Error e)
{
    switch (e) {
    case PingOutcome::Error::None:
        return "none";
    case PingOutcome::Error::MessageTooLong:
        return "message-too-long";
    case PingOutcome::Error::HostDown:
        return "host-down";
    case PingOutcome::Error::NetworkUnreachable:
        return "network-unreachable";
    case PingOutcome::Error::Other:
        break;
    }
    return "other";
}

bool mentionsAdapter(const Action& action)
{
    const QLatin1String token(EsxiOperationExecutor::kAdapterToken);
    if (argvOf(action).contains(token))
        return true;
    for (const QJsonValue& t : action.payload.value(QStringLiteral("then")).toArray())
        for (const QJsonValue& w : t.toArray())
            if (w.toString() == token)
                return true;
    return false;
}

} // namespace

void EsxiOperationExecutor::execute(const Operation& operation, const Action& action,
                                    std::function<void(Result<QJsonObject>)> done)
{
    EsxiHostClient* client = m_hosts.value(operation.host);
    auto later = [this, done](Error e) {
        QMetaObject::invokeMethod(
            this, [done, e] { done(e); }, Qt::QueuedConnection);
    };
    if (!client)
        return later(Error::make(
            QStringLiteral("plan.unknown-host"),
            tr("No connection to the ESXi host “%1” for step %2.").arg(operation.host, operation.id)));

    if (action.kind == QLatin1String("esxcli") && mentionsAdapter(action)) {
        // The software iSCSI vmhba exists only after the enable step and is never hard-coded (reference
        // §4.1): looked up when a step needs it, remembered per host.
        const QString cached = m_adapters.value(operation.host);
        auto substitute = [action](const QString& adapter) {
            auto replace = [&adapter](const QJsonArray& in) {
                QJsonArray out;
                for (const QJsonValue& v : in)
                    out.append(v.toString() == QLatin1String(kAdapterToken) ? QJsonValue(adapter) : v);
                return out;
            };
            Action bound = action;
            bound.payload.insert(QStringLiteral("argv"),
                                 replace(action.payload.value(QStringLiteral("argv")).toArray()));
            QJsonArray then;
            for (const QJsonValue& t : action.payload.value(QStringLiteral("then")).toArray())
                then.append(replace(t.toArray()));
            if (!then.isEmpty())
                bound.payload.insert(QStringLiteral("then"), then);
            return bound;
        };
        if (!cached.isEmpty())
            return execute(operation, substitute(cached), std::move(done));
        // Steps that need it at the same time share one lookup (two static targets would otherwise both
        // ask, and the number of calls per host would depend on timing).
        QList<AdapterWaiter>& waiters = m_adapterWaiters[operation.host];
        waiters << [this, operation, substitute, done](Result<QString> adapter) {
            if (!adapter)
                return done(adapter.error());
            execute(operation, substitute(*adapter), done);
        };
        if (waiters.size() > 1)
            return;
        const QString host = operation.host;
        client->esxcli(
            {QStringLiteral("iscsi"), QStringLiteral("adapter"), QStringLiteral("list")},
            [this, host](Result<EsxcliValue> r) {
                Result<QString> adapter = r ? Result<QString>(QString()) : Result<QString>(r.error());
                if (r) {
                    QString name;
                    for (const EsxcliValue& a : r->records())
                        if (a.string(QStringLiteral("Driver")) == QLatin1String("iscsi_vmk"))
                            name = a.string(QStringLiteral("Adapter"));
                    if (name.isEmpty())
                        adapter = Error::make(
                            QStringLiteral("esxi.no-adapter"),
                            tr("%1 has no software iSCSI adapter (is software iSCSI enabled?).").arg(host));
                    else
                        adapter = name;
                }
                if (adapter)
                    m_adapters.insert(host, *adapter);
                const QList<AdapterWaiter> waiting = m_adapterWaiters.take(host);
                for (const AdapterWaiter& w : waiting)
                    w(adapter);
            });
        return;
    }
    if (action.kind == QLatin1String("esxcli")) {
        const QStringList args = argvOf(action);
        auto finish = [done, args](Result<ExecResult> r) {
            if (!r)
                return done(r.error());
            const QString output = r->combined().trimmed();
            if (r->exitCode != 0)
                return done(
                    Error::make(QStringLiteral("esxi.esxcli"),
                                output.isEmpty() ? tr("esxcli exited with %1").arg(r->exitCode) : output,
                                QStringLiteral("esxcli ") + args.join(u' ')));
            done(QJsonObject{{QStringLiteral("after"), QJsonObject{{QStringLiteral("exit"), r->exitCode},
                                                                   {QStringLiteral("output"), output}}}});
        };
        // "then": further commands of the same step, in order, each only after the previous succeeded.
        const QJsonArray then = action.payload.value(QStringLiteral("then")).toArray();
        if (then.isEmpty())
            return client->run(QStringList{QStringLiteral("esxcli")} + args, finish);
        Action rest = action;
        QJsonArray remaining = then;
        rest.payload.insert(QStringLiteral("argv"), remaining.takeAt(0));
        if (remaining.isEmpty())
            rest.payload.remove(QStringLiteral("then"));
        else
            rest.payload.insert(QStringLiteral("then"), remaining);
        client->run(QStringList{QStringLiteral("esxcli")} + args,
                    [this, operation, rest, finish, done](Result<ExecResult> r) {
                        if (!r || r->exitCode != 0)
                            return finish(r);
                        execute(operation, rest, [finish, done, r](Result<QJsonObject> more) {
                            if (!more)
                                return done(more.error());
                            finish(r);
                        });
                    });
        return;
    }
    if (action.kind == QLatin1String("esxcli-check")) {
        const QJsonObject match = action.payload.value(QStringLiteral("match")).toObject();
        client->esxcli(argvOf(action), [done, match](Result<EsxcliValue> r) {
            if (!r)
                return done(r.error());
            bool applied = false;
            for (const EsxcliValue& record : r->records()) {
                bool all = true;
                for (auto it = match.begin(); it != match.end() && all; ++it) {
                    const QString want = it.value().isString() ? it.value().toString()
                                                               : QString::number(it.value().toInteger());
                    const EsxcliValue& f = record.field(it.key());
                    all = f.kind == EsxcliValue::Kind::List ? record.strings(it.key()).contains(want)
                                                            : record.string(it.key()) == want;
                }
                if (all) {
                    applied = true;
                    break;
                }
            }
            done(QJsonObject{{QStringLiteral("applied"), applied}});
        });
        return;
    }
    if (action.kind == QLatin1String("vmkping")) {
        const QJsonObject p = action.payload;
        QStringList argv{QStringLiteral("vmkping"), QStringLiteral("-I"),
                         p.value(QStringLiteral("vmk")).toString()};
        if (p.value(QStringLiteral("df")).toBool(true))
            argv << QStringLiteral("-d");
        argv << QStringLiteral("-s") << QString::number(p.value(QStringLiteral("size")).toInt(8972))
             << QStringLiteral("-c") << QString::number(p.value(QStringLiteral("count")).toInt(3))
             << QStringLiteral("-W") << QString::number(p.value(QStringLiteral("wait")).toInt(1))
             << p.value(QStringLiteral("ip")).toString();
        client->run(argv, [done](Result<ExecResult> r) {
            if (!r)
                return done(r.error());
            const PingOutcome o = parseVmkping(r->combined());
            done(QJsonObject{{QStringLiteral("after"),
                              QJsonObject{{QStringLiteral("sent"), o.sent},
                                          {QStringLiteral("received"), o.received},
                                          {QStringLiteral("avgRttMs"), o.avgRttMs},
                                          {QStringLiteral("error"), QLatin1String(pingErrorName(o.error))},
                                          {QStringLiteral("errorText"), o.errorText},
                                          {QStringLiteral("exit"), r->exitCode}}}});
        });
        return;
    }
    later(Error::make(
        QStringLiteral("plan.no-executor"),
        tr("The ESXi executor cannot run actions of kind “%1” (step %2).").arg(action.kind, operation.id)));
}

} // namespace mpio::esxi
