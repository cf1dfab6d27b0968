#include "core/plan/Operation.h"

namespace mpio {

QString toString(Side side)
{
    return side == Side::TrueNas ? QStringLiteral("truenas") : QStringLiteral("esxi");
}

bool sideFromString(const QString& text, Side* side)
{
    if (text == QLatin1String("truenas"))
        *side = Side::TrueNas;
    else if (text == QLatin1String("esxi"))
        *side = Side::Esxi;
    else
        return false;
    return true;
}

Operation::Cost Operation::effectiveCost() const
{
    if (cost.esxcliCalls > 0 || cost.apiCalls > 0)
        return cost;
    if (action.kind == QLatin1String("esxcli"))
        return Cost{1, 0};
    if (action.kind == QLatin1String("truenas"))
        return Cost{0, 1};
    return side == Side::Esxi ? Cost{1, 0} : Cost{0, 1};
}

} // namespace mpio
