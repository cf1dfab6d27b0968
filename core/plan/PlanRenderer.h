#pragma once

#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mpio {

// A plan for people (the review page, `mpioctl plan`, the report) and for scripts.
// Text: decisions, findings, then the operations grouped by side and host (TrueNAS first, then each ESXi host
// in plan order), numbered in an order that respects dependencies; each with its description, the exact
// command or call, the rule it follows, its preconditions, what it waits for, and its undo.
// `status` (operation id → "succeeded", "failed", …) annotates a plan read back from a journal.
class PlanRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mpio::PlanRenderer) // the context lupdate gives tr() in its members
public:
    static QString toText(const Plan& plan, const QHash<QString, QString>& status = {});
    // PlanJson plus "numbering" (operation id → number used in the text) and, if given, "status".
    static QJsonObject toJson(const Plan& plan, const QHash<QString, QString>& status = {});
    // The numbering the text uses: operation id → 1-based number.
    static QHash<QString, int> numbering(const Plan& plan);
};

} // namespace mpio
