#pragma once

#include "app/lab/truenas/MethodTable.h"

namespace mpio::lab {

struct TrueNasConfig;

// core.* (ping, jobs, subscriptions, options; truenas-api.md §1.4–1.5) and system.* (identity, §6).
class CoreMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
};

} // namespace mpio::lab
