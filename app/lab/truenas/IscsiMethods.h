#pragma once

#include "app/lab/truenas/MethodTable.h"

#include <QJsonObject>

namespace mpio::lab {

struct TrueNasConfig;
struct TrueNasState;

// iscsi.global.*, iscsi.portal.*, iscsi.initiator.*, iscsi.auth.* (truenas-api.md §3.1–3.4).
class IscsiMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
    // The portal entry as the API returns it: every listen entry carries the global listen_port.
    static QJsonObject portalEntry(const TrueNasState& state, const QJsonObject& stored);
    static QJsonObject listenIpChoices(const TrueNasState& state);
};

} // namespace mpio::lab
