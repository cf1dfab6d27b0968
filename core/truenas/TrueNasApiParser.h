#pragma once

#include "core/truenas/TrueNasSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mpio {

// Turns middleware results (truenas-api.md §3–§5 shapes) into TrueNasSnapshot parts. Lenient about missing
// optional keys (they differ between releases), never about meaning: a value of the wrong type reads as
// absent.
class TrueNasApiParser
{
public:
    static QList<TrueNasSnapshot::Nic> interfaces(const QJsonArray& result, const QString& apiInterface);
    static QList<TrueNasSnapshot::Pool> pools(const QJsonArray& result);
    static QList<TrueNasSnapshot::Zvol> zvols(const QJsonArray& result); // pool.dataset.query, VOLUMEs only
    static QStringList diskChoices(const QJsonObject& result);           // keys "zvol/…"
    static QList<TrueNasSnapshot::Portal> portals(const QJsonArray& result);
    static QList<TrueNasSnapshot::InitiatorGroup> initiatorGroups(const QJsonArray& result);
    static QList<TrueNasSnapshot::AuthEntry> authEntries(const QJsonArray& result); // secrets dropped
    static QList<TrueNasSnapshot::Target> targets(const QJsonArray& result, const QString& basename);
    static QList<TrueNasSnapshot::Extent> extents(const QJsonArray& result);
    static QList<TrueNasSnapshot::TargetExtent> targetExtents(const QJsonArray& result);
    static QList<TrueNasSnapshot::Session> sessions(const QJsonArray& result);
    // service.query [[["service","=","iscsitarget"]]]
    static void service(const QJsonArray& result, bool* enabled, QString* state);
    // The interface name from interface.websocket_interface (an interface entry or null).
    static QString interfaceName(const QJsonValue& result);
};

} // namespace mpio
