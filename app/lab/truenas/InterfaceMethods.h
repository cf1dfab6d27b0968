#pragma once

#include "app/lab/truenas/MethodTable.h"

#include <QJsonObject>

namespace mpio::lab {

class TrueNasBackend;
struct TrueNasConfig;
struct TrueNasState;

// interface.* with the safe commit protocol (truenas-api.md §5): update stages DB rows, commit applies them
// and arms the automatic rollback, checkin makes them permanent.
class InterfaceMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
    // interface.rollback / the checkin timer: restore the snapshot, re-apply, restore rewritten portals.
    static void rollback(TrueNasBackend& backend);
    // The interface.query entry of one interface (DB config on top, the running state under "state").
    static QJsonObject entry(const TrueNasState& state, const QString& name);
    // Static IPv4 aliases of the applied configuration (iscsi.portal.listen_ip_choices, §3.2).
    static QStringList staticAddresses(const TrueNasState& state);
};

} // namespace mpio::lab
