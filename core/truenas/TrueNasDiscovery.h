#pragma once

#include "core/common/Result.h"
#include "core/truenas/TrueNasClient.h"
#include "core/truenas/TrueNasSnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

namespace mpio {

// Reads everything the planner needs from a connected TrueNasClient, with all calls issued at once (the
// client keeps ≤ 10 in flight): version, hostname, NICs, the API's NIC, pools (SLOG), zvols, free zvols,
// iSCSI global config, portals, initiator groups, CHAP entries (no secrets), targets, extents, mappings,
// service, sessions. A failing required call ends the discovery with its error (pending calls are cancelled);
// optional ones (system.info, websocket_interface, disk_choices, sessions) leave a note in the snapshot.
class TrueNasDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit TrueNasDiscovery(TrueNasClient* client, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Valid after finished().
    Result<TrueNasSnapshot> result() const;
    qint64 elapsedMs() const { return m_elapsedMs; }
    int callCount() const { return m_total; }

signals:
    void progress(int done, int total, const QString& method);
    void finished();

private:
    struct Step
    {
        QString method;
        QJsonArray params;
        bool required = true;
    };
    void onAnswer(const Step& step, Result<QJsonValue> result);
    void finish(std::optional<Error> error);
    TrueNasSnapshot assemble() const;

    QPointer<TrueNasClient> m_client;
    QList<TrueNasClient::Handle> m_handles;
    QHash<QString, QJsonValue> m_answers;
    QStringList m_notes;
    std::optional<Result<TrueNasSnapshot>> m_result;
    QElapsedTimer m_timer;
    qint64 m_elapsedMs = 0;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace mpio
