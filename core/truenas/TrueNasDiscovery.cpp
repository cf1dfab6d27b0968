#include "core/truenas/TrueNasDiscovery.h"

#include "core/log/Log.h"
#include "core/truenas/TrueNasApiParser.h"
#include "core/truenas/TrueNasErrors.h"
#include "core/truenas/TrueNasQuery.h"

namespace mpio {

TrueNasDiscovery::TrueNasDiscovery(TrueNasClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

void TrueNasDiscovery::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result.reset();
    m_answers.clear();
    m_notes.clear();
    m_handles.clear();
    m_done = 0;
    m_timer.start();
    if (!m_client || !m_client->isReady()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Error::make(TrueNasErrors::Connection,
                                   tr("Not connected to TrueNAS: nothing was discovered.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject zvolOptions{
        {QStringLiteral("extra"),
         QJsonObject{{QStringLiteral("properties"),
                      QJsonArray{QStringLiteral("volsize"), QStringLiteral("volblocksize"),
                                 QStringLiteral("sync"), QStringLiteral("compression")}},
                     {QStringLiteral("retrieve_user_props"), false}}}};
    const QList<Step> steps{
        {QStringLiteral("system.info"), {}, false},
        {QStringLiteral("interface.websocket_interface"), {}, false},
        {QStringLiteral("interface.query"), {}, true},
        {QStringLiteral("pool.query"), {}, true},
        {QStringLiteral("pool.dataset.query"),
         TrueNasQuery::where(QStringLiteral("type"), QStringLiteral("VOLUME"), zvolOptions), true},
        {QStringLiteral("iscsi.extent.disk_choices"), {}, false},
        {QStringLiteral("iscsi.global.config"), {}, true},
        {QStringLiteral("iscsi.portal.query"), {}, true},
        {QStringLiteral("iscsi.initiator.query"), {}, true},
        {QStringLiteral("iscsi.auth.query"), {}, true},
        {QStringLiteral("iscsi.target.query"), {}, true},
        {QStringLiteral("iscsi.extent.query"), {}, true},
        {QStringLiteral("iscsi.targetextent.query"), {}, true},
        {QStringLiteral("service.query"),
         TrueNasQuery::where(QStringLiteral("service"), QStringLiteral("iscsitarget")), true},
        {QStringLiteral("iscsi.global.sessions"), {}, false},
    };
    m_total = int(steps.size());
    for (const Step& step : steps) {
        QPointer<TrueNasDiscovery> self(this);
        m_handles.append(m_client->call(step.method, step.params, [self, step](Result<QJsonValue> r) {
            if (self)
                self->onAnswer(step, std::move(r));
        }));
    }
}

void TrueNasDiscovery::onAnswer(const Step& step, Result<QJsonValue> result)
{
    if (!m_running)
        return;
    ++m_done;
    emit progress(m_done, m_total, step.method);
    if (!result) {
        if (step.required || result.error().code == TrueNasErrors::Connection) {
            finish(result.error());
            return;
        }
        m_notes.append(tr("%1 could not be read: %2").arg(step.method, result.error().message));
    } else {
        m_answers.insert(step.method, *result);
    }
    if (m_done == m_total)
        finish(std::nullopt);
}

void TrueNasDiscovery::cancel()
{
    if (!m_running)
        return;
    finish(TrueNasErrors::cancelled(tr("The TrueNAS discovery")));
}

void TrueNasDiscovery::finish(std::optional<Error> error)
{
    m_running = false;
    m_elapsedMs = m_timer.elapsed();
    const auto handles = std::exchange(m_handles, {});
    if (m_client)
        for (auto h : handles)
            m_client->cancel(h); // answered calls are no-ops
    if (error) {
        Log::get("truenas")->warn("discovery failed after {} ms: {}", m_elapsedMs, error->toString());
        m_result = *error;
    } else {
        m_result = assemble();
        Log::get("truenas")->info("discovery: {} calls in {} ms", m_total, m_elapsedMs);
    }
    emit finished();
}

Result<TrueNasSnapshot> TrueNasDiscovery::result() const
{
    if (!m_result)
        return Error::make(QStringLiteral("truenas.discovery"),
                           tr("The TrueNAS discovery has not finished."));
    return *m_result;
}

TrueNasSnapshot TrueNasDiscovery::assemble() const
{
    TrueNasSnapshot s;
    if (m_client) {
        s.host = m_client->options().url.authority();
        s.version = m_client->apiVersion().text();
        s.apiLine = m_client->apiVersion().lineName();
    }
    const auto array = [this](const char* method) {
        return m_answers.value(QLatin1String(method)).toArray();
    };
    s.hostname = m_answers.value(QStringLiteral("system.info"))
                     .toObject()
                     .value(QStringLiteral("hostname"))
                     .toString();
    s.apiInterface =
        TrueNasApiParser::interfaceName(m_answers.value(QStringLiteral("interface.websocket_interface")));
    s.nics = TrueNasApiParser::interfaces(array("interface.query"), s.apiInterface);
    s.pools = TrueNasApiParser::pools(array("pool.query"));
    s.zvols = TrueNasApiParser::zvols(array("pool.dataset.query"));
    s.freeZvols = TrueNasApiParser::diskChoices(
        m_answers.value(QStringLiteral("iscsi.extent.disk_choices")).toObject());
    const QJsonObject global = m_answers.value(QStringLiteral("iscsi.global.config")).toObject();
    s.basename = global.value(QStringLiteral("basename")).toString();
    s.listenPort = global.value(QStringLiteral("listen_port")).toInt(3260);
    s.portals = TrueNasApiParser::portals(array("iscsi.portal.query"));
    s.initiatorGroups = TrueNasApiParser::initiatorGroups(array("iscsi.initiator.query"));
    s.authEntries = TrueNasApiParser::authEntries(array("iscsi.auth.query"));
    s.targets = TrueNasApiParser::targets(array("iscsi.target.query"), s.basename);
    s.extents = TrueNasApiParser::extents(array("iscsi.extent.query"));
    s.targetExtents = TrueNasApiParser::targetExtents(array("iscsi.targetextent.query"));
    TrueNasApiParser::service(array("service.query"), &s.serviceEnabled, &s.serviceState);
    s.sessions = TrueNasApiParser::sessions(array("iscsi.global.sessions"));
    s.notes = m_notes;
    if (s.apiInterface.isEmpty())
        s.notes.append(
            tr("The interface carrying the API connection is unknown: check by hand before changing any "
               "interface (TN-NET-CHECKIN)."));
    return s;
}

} // namespace mpio
