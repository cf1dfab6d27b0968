#pragma once

#include "core/esxi/EsxiSnapshot.h"

#include <QJsonObject>
#include <QString>

namespace mpio::esxi {

// `mpioctl discover --esxi --json`, the wizard's draft and the report: an EsxiSnapshot as JSON (schema
// "mpio-esxi-snapshot/1"), and as text for people.
class EsxiSnapshotJson
{
public:
    static QJsonObject toJson(const EsxiSnapshot& snapshot);
    static QString toText(const EsxiSnapshot& snapshot);
};

} // namespace mpio::esxi
