#pragma once

#include "core/common/Result.h"

#include <QString>
#include <functional>

namespace mpio {

// What the failover test breaks and mends. In the lab a LabFaultActor drives the control interface; on real
// hardware a PromptFaultActor asks the person on site ("Pull the cable on enp4s0f0 now") and the test detects
// the change itself.
struct FaultSpec
{
    enum class Kind
    {
        SwitchDown,
        CablePull
    };
    Kind kind = Kind::SwitchDown;
    QString target;      // switch name ("Core-A") or cable id / NIC ("truenas:enp4s0f0")
    QString description; // for people: "switch Core-A down"
};

class FaultActor
{
public:
    virtual ~FaultActor() = default;
    // `done` once the fault is in place (lab) or the person confirmed/was asked (real hardware).
    virtual void inject(const FaultSpec& fault, std::function<void(Status)> done) = 0;
    virtual void restore(const FaultSpec& fault, std::function<void(Status)> done) = 0;
};

} // namespace mpio
