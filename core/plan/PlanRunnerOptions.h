#pragma once

#include <QHash>
#include <QString>

namespace mpio {

// How much a PlanRunner runs at once and where it journals.
struct PlanRunnerOptions
{
    int maxParallel = 8;            // steps in flight overall
    int maxPerHost = 1;             // steps in flight per host (Operation::host)
    QHash<QString, int> hostLimits; // per host override of maxPerHost
    QString journalDir;             // empty: AppPaths::journalDir()
};

} // namespace mpio
