#pragma once

#include "app/lab/truenas/MethodTable.h"

namespace mpio::lab {

struct TrueNasConfig;

// service.query/update/start/stop/restart/reload, and on 25.10+ service.control as a job (§3.8).
class ServiceMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
};

} // namespace mpio::lab
