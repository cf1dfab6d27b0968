#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mpio::test {

// Before/after comparisons of the lab's `state` dump (ENDPOINTS.md), as tst_apply_lab does them: counters
// that can only grow (ISIDs, TSIHs, object ids handed out, call counts) are left out, and so is the software
// iSCSI IQN (ESXi generates it on the first enable and keeps it when the adapter is disabled again, so no
// rollback can — or should — remove it).
QJsonValue normalizedLabState(const QJsonValue& state);
// The first place where two dumps differ, as "/path/: a vs b" (empty when equal): a readable failure.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& at = QStringLiteral("/"));

} // namespace mpio::test
