#pragma once

// ProbeOutcome/ProbeResult are the world's (app/lab/world/ProbeResult.h): one definition for both sides.
#include "app/lab/world/ProbeResult.h"

#include <QString>

namespace mpio::lab {

// Implemented by the world; the ESXi shell asks it about every vmkping packet (probe) and about iSCSI
// reachability during a rescan (reachable). `vmk` may be empty: then the world routes by destination
// (vmkping without -I, SendTargets discovery). The signatures match World::probe()/reachable(), so World
// can implement this interface directly.
class NetworkProbe
{
public:
    virtual ~NetworkProbe() = default;
    virtual ProbeResult probe(const QString& host, const QString& vmk, const QString& dstIp, int payloadSize,
                              bool dontFragment) const = 0;
    virtual bool reachable(const QString& host, const QString& vmk, const QString& dstIp) const = 0;
};

} // namespace mpio::lab
