#pragma once

#include "core/common/Result.h"
#include "core/model/Ipv4.h"

#include <QList>

namespace mpio {

// Proposes vmk addresses for the hosts of one path. Deterministic: starting right after the TrueNAS
// address and wrapping once through the subnet, skipping the network and broadcast addresses, the TrueNAS
// address and every address in `taken`. 10.20.10.8/29 with TrueNAS .10 gives .11, .12, .13, .14, .9.
class IpAllocator
{
public:
    static Result<QList<Ipv4Address>> allocate(const Ipv4Subnet& subnet, Ipv4Address truenas, int hostCount,
                                               const QList<Ipv4Address>& taken = {});
};

} // namespace mpio
