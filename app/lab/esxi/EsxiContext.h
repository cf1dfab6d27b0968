#pragma once

#include "app/lab/esxi/EsxiHostState.h"

#include <QString>

namespace mpio::lab {

class NetworkProbe;
class StorageSide;

// Everything one command of a simulated ESXi host may touch. `probe` and `storage` may be null (unit tests,
// a world without storage): then every address counts as reachable and no iSCSI login succeeds.
struct EsxiContext
{
    QString hostName;
    EsxiHostState* host = nullptr;
    NetworkProbe* probe = nullptr;
    StorageSide* storage = nullptr;
    int extraLatencyMs = 0; // time the real host would have spent (failed logins during a rescan)
    int pingMs = 0;         // how long the real vmkping would have run (slept only with vmkpingTiming)
};

} // namespace mpio::lab
