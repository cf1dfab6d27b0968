#pragma once

#include "core/model/Site.h"
#include "core/plan/Planner.h"

namespace mpio {

// The site a discovered system already is, for an audit without a profile (issue 5: "infer paths from vmks
// and portals"). Paths come from the TrueNAS portal IPs (or, without a portal, from storage NICs with a
// static address), each with its NIC, subnet and MTU; per host, the vmk whose IPv4 lies in a path's subnet
// with its port group, vSwitch and active uplink. Storage and target are the existing ones; the policy is
// the recommended one (RR, iops=1, no binding for one subnet per path), so an audit measures the site
// against guidance.md, not against itself.
class SiteInference
{
public:
    static Site infer(const Planner::Input& discovered);
};

} // namespace mpio
