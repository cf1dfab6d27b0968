#pragma once

#include "core/checks/FaultActor.h"

class QObject;

namespace mpio {

class LabControlClient;

// Causes the failover test's faults in mpio-lab through its control interface: "switch-down"/"switch-up"
// for a switch, "cable-pull"/"cable-restore" for a cable id (app/lab/ENDPOINTS.md).
class LabFaultActor final : public FaultActor
{
public:
    explicit LabFaultActor(LabControlClient* control);
    void inject(const FaultSpec& fault, std::function<void(Status)> done) override;
    void restore(const FaultSpec& fault, std::function<void(Status)> done) override;

private:
    void send(const FaultSpec& fault, bool breakIt, std::function<void(Status)> done);
    LabControlClient* m_control;
};

} // namespace mpio
