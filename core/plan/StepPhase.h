#pragma once

#include <QMetaType>
#include <QString>

namespace mpio {

// What a runner does with an operation: run its action, run its undo, or check whether its effect is there.
enum class StepPhase
{
    Apply,
    Undo,
    Verify
};

QString toString(StepPhase phase); // "apply", "undo", "verify"
bool stepPhaseFromString(const QString& text, StepPhase* phase);

} // namespace mpio

Q_DECLARE_METATYPE(mpio::StepPhase)
