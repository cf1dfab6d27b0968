#include "app/lab/truenas/TrueNasBackend.h"

#include "app/lab/truenas/AuthMethods.h"
#include "app/lab/truenas/CoreMethods.h"
#include "app/lab/truenas/InterfaceMethods.h"
#include "app/lab/truenas/IscsiMethods.h"
#include "app/lab/truenas/IscsiTargetMethods.h"
#include "app/lab/truenas/PoolMethods.h"
#include "app/lab/truenas/ServiceMethods.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator>

namespace mpio::lab {

namespace {
// §1.7: the (method, IP) cache holds at most 100 entries and is flushed every 600 s; the window is 60 s.
constexpr int kRateCacheMax = 100;
constexpr qint64 kRateWindowMs = 60 * 1000;
constexpr qint64 kRateFlushMs = 600 * 1000;
} // namespace

TrueNasBackend::TrueNasBackend(const TrueNasConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_state(TrueNasState::initial(config))
{
    m_clock.start();
    m_rollbackTimer.setSingleShot(true);
    m_rollbackTimer.setTimerType(Qt::PreciseTimer); // checkin_waiting must not report more than was asked
    connect(&m_rollbackTimer, &QTimer::timeout, this, [this] {
        QMutexLocker lock(&m_mutex);
        InterfaceMethods::rollback(*this);
    });
    AuthMethods::registerAll(m_table, m_config);
    CoreMethods::registerAll(m_table, m_config);
    InterfaceMethods::registerAll(m_table, m_config);
    PoolMethods::registerAll(m_table, m_config);
    IscsiMethods::registerAll(m_table, m_config);
    IscsiTargetMethods::registerAll(m_table, m_config);
    ServiceMethods::registerAll(m_table, m_config);
}

TrueNasBackend::~TrueNasBackend() = default;

bool TrueNasBackend::applySeed(QString* error)
{
    QMutexLocker lock(&m_mutex);
    RpcSession root;
    root.authenticated = true;
    root.username = m_config.apiUser;
    for (qsizetype i = 0; i < m_config.seed.size(); ++i) {
        const QJsonArray entry = m_config.seed.at(i).toArray();
        const QString method = entry.at(0).toString();
        QJsonArray params = entry.at(1).toArray();
        QString naa;
        if (method == QLatin1String("iscsi.extent.create") && params.at(0).isObject()) {
            QJsonObject o = params.at(0).toObject();
            naa = o.take(QStringLiteral("naa")).toString().toLower();
            params.replace(0, o);
        }
        const RpcReply r = call(root, method, params, int(i));
        if (r.error) {
            *error =
                QStringLiteral("truenas.seed[%1] %2: %3")
                    .arg(i)
                    .arg(method, r.error->reason.isEmpty() ? r.error->message : r.error->reason.trimmed());
            return false;
        }
        if (!naa.isEmpty()) {
            const int id = r.result.toObject().value(QStringLiteral("id")).toInt();
            naa = naa.startsWith(QLatin1String("naa.")) ? QStringLiteral("0x") + naa.mid(4) : naa;
            m_state.extents[id].insert(QStringLiteral("naa"), naa);
        }
        // A seeded system has been up for a while: every zvol device node exists.
        for (TrueNasDataset& d : m_state.datasets)
            d.deviceReady = true;
    }
    return true;
}

void TrueNasBackend::setApiKey(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    TrueNasApiKey k;
    k.id = key.section(QLatin1Char('-'), 0, 0).toInt();
    k.secret = key.section(QLatin1Char('-'), 1);
    k.username = m_config.apiUser;
    m_state.apiKeys = {k};
}

QString TrueNasBackend::apiKey() const
{
    QMutexLocker lock(&m_mutex);
    if (m_state.apiKeys.isEmpty())
        return {};
    return QString::number(m_state.apiKeys.first().id) + QLatin1Char('-') + m_state.apiKeys.first().secret;
}

void TrueNasBackend::failCall(const QString& method, int k, const QString& errname, const QString& error,
                              FaultMode mode)
{
    QMutexLocker lock(&m_mutex);
    m_faults[method].append(
        Fault{std::max(1, k), errname.isEmpty() ? QStringLiteral("EFAULT") : errname, error, mode});
}

int TrueNasBackend::scaled(double ms) const
{
    return int(std::max(0.0, ms * m_config.timeScale));
}

std::optional<RpcError> TrueNasBackend::rateLimit(const RpcSession& session, const QString& method,
                                                  int* delayMs)
{
    const qint64 now = m_clock.elapsed();
    if (now - m_rateFlushedMs >= kRateFlushMs) {
        m_rate.clear();
        m_rateFlushedMs = now;
    }
    const QString key = method + QLatin1Char('|') + session.peerIp;
    const RpcError limited =
        RpcError::call(16, QStringLiteral("EBUSY"), QStringLiteral("Rate Limit Exceeded"));
    auto it = m_rate.find(key);
    if (it == m_rate.end()) {
        // Once the cache is full, every unauthenticated call from any address is refused until the flush.
        if (m_rate.size() >= kRateCacheMax) {
            *delayMs = scaled(1000 + QRandomGenerator::global()->bounded(9000));
            return limited;
        }
        it = m_rate.insert(key, Window{now, 0});
    }
    if (now - it->startMs >= kRateWindowMs)
        *it = Window{now, 0};
    if (++it->count > m_config.rateLimitPerMinute) {
        // The server sleeps a random 1–10 s before answering (§1.7).
        *delayMs = scaled(1000 + QRandomGenerator::global()->bounded(9000));
        return limited;
    }
    return std::nullopt;
}

RpcReply TrueNasBackend::call(RpcSession& session, const QString& method, const QJsonArray& params,
                              const QJsonValue& requestId)
{
    QMutexLocker lock(&m_mutex);
    const MethodSpec* spec = m_table.find(method);
    if (!spec)
        return RpcReply::fail(RpcError::methodNotFound());
    if (!session.authenticated && !spec->rateLimitExempt) {
        int delay = 0;
        if (auto e = rateLimit(session, method, &delay)) {
            RpcReply r = RpcReply::fail(*e);
            r.delayMs = delay;
            return r;
        }
    }
    if (!session.authenticated && !spec->noAuth)
        return RpcReply::fail(
            RpcError::call(207, QStringLiteral("ENOTAUTHENTICATED"), QStringLiteral("Not authenticated")));
    auto fit = m_faults.find(method);
    if (fit != m_faults.end()) {
        std::optional<Fault> fire;
        for (Fault& f : *fit)
            if (--f.remaining == 0 && !fire)
                fire = f;
        fit->removeIf([](const Fault& f) { return f.remaining <= 0; });
        if (fit->isEmpty())
            m_faults.erase(fit);
        if (fire && fire->mode != FaultMode::Error) {
            RpcReply r;
            r.drop = fire->mode == FaultMode::Drop;
            r.deferred = fire->mode == FaultMode::Hang; // deferred, and nothing ever answers it
            return r;
        }
        if (fire)
            return RpcReply::fail(
                RpcError::call(RpcError::errnoOf(fire->errname), fire->errname, fire->error));
    }
    CallContext ctx{*this, m_state, m_config, session, method, requestId};
    return spec->handler(ctx, params);
}

RpcReply TrueNasBackend::startJob(CallContext& ctx, const QJsonArray& args, std::function<RpcReply()> work)
{
    const int id = ++m_lastJobId;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QJsonObject job{{QStringLiteral("id"), id},
                    {QStringLiteral("method"), ctx.method},
                    {QStringLiteral("arguments"), args},
                    {QStringLiteral("transient"), false},
                    {QStringLiteral("description"), QJsonValue::Null},
                    {QStringLiteral("abortable"), false},
                    {QStringLiteral("logs_path"), QJsonValue::Null},
                    {QStringLiteral("logs_excerpt"), QJsonValue::Null},
                    {QStringLiteral("progress"), QJsonObject{{QStringLiteral("percent"), 0},
                                                             {QStringLiteral("description"), QString()},
                                                             {QStringLiteral("extra"), QJsonValue::Null}}},
                    {QStringLiteral("result"), QJsonValue::Null},
                    {QStringLiteral("result_encoding_error"), QJsonValue::Null},
                    {QStringLiteral("error"), QJsonValue::Null},
                    {QStringLiteral("exception"), QJsonValue::Null},
                    {QStringLiteral("exc_info"), QJsonValue::Null},
                    {QStringLiteral("state"), QStringLiteral("WAITING")},
                    {QStringLiteral("time_started"), QJsonObject{{QStringLiteral("$date"), double(nowMs)}}},
                    {QStringLiteral("time_finished"), QJsonValue::Null},
                    {QStringLiteral("credentials"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("API_KEY")},
                                 {QStringLiteral("data"),
                                  QJsonObject{{QStringLiteral("username"), ctx.session.username}}}}}};
    if (m_config.atLeast(25, 10))
        job.insert(QStringLiteral("message_ids"), QJsonArray{ctx.requestId});
    m_jobs.insert(id, job);
    publish(QStringLiteral("core.get_jobs"), QStringLiteral("added"), id, job);

    const bool newStyle = !ctx.session.legacyJobs && m_config.atLeast(25, 10);
    const quint64 sessionId = ctx.session.id;
    const QJsonValue requestId = ctx.requestId;
    const int total = scaled(m_config.jobMs);
    QTimer::singleShot(total / 2, this, [this, id] {
        QMutexLocker lock(&m_mutex);
        QJsonObject j = m_jobs.value(id);
        j.insert(QStringLiteral("state"), QStringLiteral("RUNNING"));
        j.insert(QStringLiteral("progress"),
                 QJsonObject{{QStringLiteral("percent"), 50},
                             {QStringLiteral("description"), QStringLiteral("Running")},
                             {QStringLiteral("extra"), QJsonValue::Null}});
        m_jobs.insert(id, j);
        publish(QStringLiteral("core.get_jobs"), QStringLiteral("changed"), id, j);
    });
    QTimer::singleShot(total, this, [this, id, work, newStyle, sessionId, requestId] {
        QMutexLocker lock(&m_mutex);
        const RpcReply r = work();
        QJsonObject j = m_jobs.value(id);
        if (r.error) {
            j.insert(QStringLiteral("state"), QStringLiteral("FAILED"));
            j.insert(QStringLiteral("error"), r.error->reason);
            j.insert(QStringLiteral("exception"), r.error->reason);
            const bool validation = r.error->code == -32602;
            j.insert(
                QStringLiteral("exc_info"),
                QJsonObject{{QStringLiteral("repr"), QString(r.error->traceClass + QStringLiteral("()"))},
                            {QStringLiteral("type"), validation ? QJsonValue(QStringLiteral("VALIDATION"))
                                                                : QJsonValue(QStringLiteral("CallError"))},
                            {QStringLiteral("errno"), r.error->errnum},
                            {QStringLiteral("extra"), r.error->extra}});
        } else {
            j.insert(QStringLiteral("state"), QStringLiteral("SUCCESS"));
            j.insert(QStringLiteral("result"), r.result);
        }
        j.insert(QStringLiteral("progress"),
                 QJsonObject{{QStringLiteral("percent"), 100},
                             {QStringLiteral("description"), QStringLiteral("Done")},
                             {QStringLiteral("extra"), QJsonValue::Null}});
        j.insert(QStringLiteral("time_finished"),
                 QJsonObject{{QStringLiteral("$date"), double(QDateTime::currentMSecsSinceEpoch())}});
        m_jobs.insert(id, j);
        publish(QStringLiteral("core.get_jobs"), QStringLiteral("changed"), id, j);
        if (newStyle)
            emit deferredReply(sessionId, requestId, r);
    });
    if (newStyle) {
        RpcReply d;
        d.deferred = true;
        return d;
    }
    return RpcReply::ok(id);
}

QJsonArray TrueNasBackend::jobs() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray a;
    for (const QJsonObject& j : m_jobs)
        a.append(j);
    return a;
}

void TrueNasBackend::publish(const QString& collection, const QString& msg, const QJsonValue& id,
                             const QJsonObject& fields)
{
    QJsonObject p{
        {QStringLiteral("msg"), msg}, {QStringLiteral("collection"), collection}, {QStringLiteral("id"), id}};
    if (msg != QLatin1String("removed"))
        p.insert(QStringLiteral("fields"), fields);
    emit collectionEvent(collection, p);
}

void TrueNasBackend::scheduleRollback(int ms)
{
    m_rollbackTimer.start(std::max(0, ms));
}

void TrueNasBackend::cancelRollback()
{
    m_rollbackTimer.stop();
}

int TrueNasBackend::rollbackRemainingMs() const
{
    if (!m_rollbackTimer.isActive())
        return -1;
    return std::min(m_rollbackTimer.remainingTime(), m_rollbackTimer.interval());
}

void TrueNasBackend::zvolCreated(const QString& name)
{
    QTimer::singleShot(m_config.zvolDeviceDelayMs, this, [this, name] {
        QMutexLocker lock(&m_mutex);
        auto it = m_state.datasets.find(name);
        if (it != m_state.datasets.end())
            it->deviceReady = true;
    });
}

void TrueNasBackend::markStorageChanged()
{
    if (m_storageChangeQueued)
        return;
    m_storageChangeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            {
                QMutexLocker lock(&m_mutex);
                m_storageChangeQueued = false;
            }
            emit storageChanged();
        },
        Qt::QueuedConnection);
}

QJsonObject TrueNasBackend::dumpState() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject o = m_state.toJson();
    o.insert(QStringLiteral("version"), m_config.version);
    return o;
}

} // namespace mpio::lab
