#pragma once

#include "core/esxi/EsxiSnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace mpio::esxi {

// `mpioctl discover --esxi --json`, the wizard's draft and the report: an EsxiSnapshot as JSON (schema
// "mpio-esxi-snapshot/1"), and as text for people.
class EsxiSnapshotJson
{
    Q_DECLARE_TR_FUNCTIONS(mpio::esxi::EsxiSnapshotJson) // the context lupdate gives tr() in its members
public:
    static QJsonObject toJson(const EsxiSnapshot& snapshot);
    static QString toText(const EsxiSnapshot& snapshot);
};

} // namespace mpio::esxi
