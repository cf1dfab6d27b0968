#pragma once

#include "core/validation/Finding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mpio {

class FindingJson
{
public:
    static QJsonObject toJson(const Finding& finding);
    static QJsonArray toJson(const Findings& findings);
    // Plain text grouped by severity (errors first), each with its rule id, place, message and fix.
    static QString toText(const Findings& findings);
};

} // namespace mpio
