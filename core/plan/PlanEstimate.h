#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace mpio {

// What a plan costs under a PlanCost: the longest dependency chain, the work per host, and the resulting
// lower bound of the wall-clock time no runner can beat: max(critical path, busiest host's work / its
// concurrency, all work / global concurrency).
struct PlanEstimate
{
    qint64 criticalPathMs = 0;
    QStringList criticalPath; // operation ids, first to last
    qint64 totalWorkMs = 0;   // everything run one after another
    QHash<QString, qint64> hostWorkMs;
    qint64 lowerBoundMs = 0;
};

} // namespace mpio
