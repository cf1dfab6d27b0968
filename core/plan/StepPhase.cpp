#include "core/plan/StepPhase.h"

namespace mpio {

QString toString(StepPhase phase)
{
    switch (phase) {
    case StepPhase::Apply:
        return QStringLiteral("apply");
    case StepPhase::Undo:
        return QStringLiteral("undo");
    case StepPhase::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

bool stepPhaseFromString(const QString& text, StepPhase* phase)
{
    for (StepPhase p : {StepPhase::Apply, StepPhase::Undo, StepPhase::Verify}) {
        if (text == toString(p)) {
            *phase = p;
            return true;
        }
    }
    return false;
}

} // namespace mpio
