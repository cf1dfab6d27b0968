#include "core/checks/LabFaultActor.h"

#include "core/lab/LabControlClient.h"

namespace mpio {

LabFaultActor::LabFaultActor(LabControlClient* control)
    : m_control(control)
{
}

void LabFaultActor::inject(const FaultSpec& fault, std::function<void(Status)> done)
{
    send(fault, true, std::move(done));
}

void LabFaultActor::restore(const FaultSpec& fault, std::function<void(Status)> done)
{
    send(fault, false, std::move(done));
}

void LabFaultActor::send(const FaultSpec& fault, bool breakIt, std::function<void(Status)> done)
{
    const bool isSwitch = fault.kind == FaultSpec::Kind::SwitchDown;
    const QString action = isSwitch ? (breakIt ? QStringLiteral("switch-down") : QStringLiteral("switch-up"))
                                    : (breakIt ? QStringLiteral("cable-pull") : QStringLiteral("cable-restore"));
    const QJsonObject args{{isSwitch ? QStringLiteral("switch") : QStringLiteral("cable"), fault.target}};
    m_control->send(action, args, [done = std::move(done)](Result<QJsonObject> r) {
        if (r)
            done(Status());
        else
            done(r.error());
    });
}

} // namespace mpio
