#pragma once

#include "core/report/AsBuiltData.h"

#include <QJsonObject>

namespace mpio {

// `mpioctl report --format json`: the same content as the HTML report, for scripts and ticket systems.
// Passed through the Redactor like every other output.
class AsBuiltJson
{
public:
    static QJsonObject toJson(const AsBuiltData& data);
};

} // namespace mpio
