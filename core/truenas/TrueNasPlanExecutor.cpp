#include "core/truenas/TrueNasPlanExecutor.h"

#include "core/truenas/TrueNasOperation.h"
#include "core/truenas/TrueNasOperationRunner.h"

#include <QJsonArray>
#include <memory>

namespace mpio {

namespace {

void collectHosts(const QJsonValue& v, QStringList* hosts)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.size() == 1 && o.contains(QStringLiteral("$esxi-iqn"))) {
            const QString h = o.value(QStringLiteral("$esxi-iqn")).toString();
            if (!hosts->contains(h))
                hosts->append(h);
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            collectHosts(it.value(), hosts);
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            collectHosts(x, hosts);
    }
}

QJsonValue substitute(const QJsonValue& v, const QHash<QString, QString>& iqns)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (o.size() == 1 && o.contains(QStringLiteral("$esxi-iqn")))
            return iqns.value(o.value(QStringLiteral("$esxi-iqn")).toString());
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = substitute(it.value(), iqns);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = substitute(a.at(i), iqns);
        return a;
    }
    return v;
}

} // namespace

TrueNasPlanExecutor::TrueNasPlanExecutor(TrueNasOperationRunner* runner, IqnLookup iqnOf, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_iqnOf(std::move(iqnOf))
{}

void TrueNasPlanExecutor::resolveIqns(QJsonValue value, std::function<void(Result<QJsonValue>)> done)
{
    QStringList hosts;
    collectHosts(value, &hosts);
    if (hosts.isEmpty() || !m_iqnOf)
        return done(value);
    struct State
    {
        QHash<QString, QString> iqns;
        int pending = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->pending = int(hosts.size());
    for (const QString& h : hosts) {
        m_iqnOf(h, [state, h, value, done](Result<QString> iqn) {
            if (state->failed)
                return;
            if (!iqn) {
                state->failed = true;
                return done(iqn.error());
            }
            state->iqns.insert(h, *iqn);
            if (--state->pending == 0)
                done(substitute(value, state->iqns));
        });
    }
}

void TrueNasPlanExecutor::execute(const Operation& operation, const Action& action,
                                  std::function<void(Result<QJsonObject>)> done)
{
    const QString phase = action.payload.value(QStringLiteral("phase")).toString();
    resolveIqns(action.payload.value(QStringLiteral("op")),
                [this, phase, operation, done](Result<QJsonValue> resolved) {
                    if (!resolved)
                        return done(resolved.error());
                    const auto op = TrueNasOperation::fromJson(resolved->toObject());
                    if (!op)
                        return done(op.error());
                    if (phase == QLatin1String("undo"))
                        return m_runner->undo(*op, {}, done);
                    if (phase == QLatin1String("verify"))
                        return m_runner->verify(*op, done);
                    if (phase == QLatin1String("apply"))
                        return m_runner->apply(*op, done);
                    done(Error::make(QStringLiteral("plan.no-executor"),
                                     tr("Unknown TrueNAS phase “%1” in step %2.").arg(phase, operation.id)));
                });
}

} // namespace mpio
