#pragma once

#include "core/common/Result.h"
#include "core/truenas/TrueNasSnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mpio {

// TrueNasSnapshot ↔ JSON (`mpioctl discover --truenas --json`, saved discovery for tests and reports) and the
// text form for people. The JSON names follow the snapshot's members in camelCase; "schema": 1.
class TrueNasSnapshotJson
{
    Q_DECLARE_TR_FUNCTIONS(mpio::TrueNasSnapshotJson) // the context lupdate gives tr() in its members
public:
    static constexpr int kSchema = 1;
    static QJsonObject toJson(const TrueNasSnapshot& snapshot);
    static Result<TrueNasSnapshot> fromJson(const QJsonObject& json);
    static QString toText(const TrueNasSnapshot& snapshot);
};

} // namespace mpio
