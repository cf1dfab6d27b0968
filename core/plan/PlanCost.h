#pragma once

#include "core/plan/Operation.h"

namespace mpio {

// A time model for the critical path and the benchmark's lower bound: what one esxcli call and one TrueNAS
// API call take, and how many calls may run at once per host and overall (0 = unlimited). The defaults are
// rough figures for a real ESXi host over SSH (esxcli starts a Python interpreter) and a LAN WebSocket call.
struct PlanCost
{
    int esxcliMs = 1500;
    int apiMs = 50;
    int perHostConcurrency = 1;
    int globalConcurrency = 0;

    qint64 costMs(const Operation& operation) const;
};

} // namespace mpio
