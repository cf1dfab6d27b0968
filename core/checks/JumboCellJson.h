#pragma once

#include "core/checks/JumboCell.h"

#include <QJsonObject>

namespace mpio {

// One jumbo-matrix cell as JSON (mpioctl check-jumbo --json, the as-built report).
QJsonObject toJson(const JumboCell& cell);

} // namespace mpio
