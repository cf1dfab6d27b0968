#pragma once

#include "app/lab/truenas/MethodTable.h"

#include <QJsonObject>

namespace mpio::lab {

struct TrueNasConfig;
struct TrueNasState;

// iscsi.target.*, iscsi.extent.*, iscsi.targetextent.*, iscsi.global.sessions (truenas-api.md §3.5–3.7).
class IscsiTargetMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
    // The zvol dataset name behind a DISK extent's "zvol/<name>".
    static QString zvolOf(const QJsonObject& extent);
    static QJsonArray sessionRows(const TrueNasState& state);
};

} // namespace mpio::lab
