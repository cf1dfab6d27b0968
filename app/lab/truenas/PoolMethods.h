#pragma once

#include "app/lab/truenas/MethodTable.h"

#include <QJsonObject>

namespace mpio::lab {

struct TrueNasConfig;
struct TrueNasState;

// pool.query (topology with or without a log vdev, §4.3), pool.dataset.query/create/delete (§4.1–4.2).
class PoolMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
    static QJsonObject datasetEntry(const TrueNasState& state, const QString& name);
    // ZFS's human-readable sizes: 1099511627776 → "1T", 16384 → "16K", 1610612736 → "1.50G".
    static QString zfsNice(quint64 bytes);
    static quint64 blockSizeBytes(const QString& volblocksize); // "16K" → 16384, "512B" → 512
};

} // namespace mpio::lab
