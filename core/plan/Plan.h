#pragma once

#include "core/common/Result.h"
#include "core/plan/Operation.h"
#include "core/plan/PlanCost.h"
#include "core/plan/PlanDecision.h"
#include "core/plan/PlanEstimate.h"
#include "core/validation/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mpio {

// What an apply would do: a DAG of operations on both sides, the findings that block or accompany it, and
// the decisions it made, in words. A plan with no operations is "nothing to do" (DESIGN.md: a second apply of
// the same profile is a no-op). A value type: print it (PlanRenderer), save it (PlanJson), run it
// (PlanRunner).
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(mpio::Plan) // the context lupdate gives tr() in its members

public:
    QString siteName;
    QString profileHash; // of the profile the plan was made from; carried into the journal
    QList<Operation> operations;
    Findings findings;
    QList<PlanDecision> decisions;

    bool isEmpty() const { return operations.isEmpty(); }
    bool hasBlockingFindings() const { return hasErrors(findings); }
    const Operation* find(const QString& id) const;
    int indexOf(const QString& id) const;

    // Empty ids, duplicate ids, unknown dependencies, self-dependencies, cycles, inline secrets:
    // error code "plan.invalid" with one FieldError per problem (field = operation id).
    Status validate() const;
    // Every operation once, dependencies first; ties keep the plan's order. Fails like validate().
    Result<QStringList> topologicalOrder() const;
    // Level 0: no dependencies; level n: the deepest dependency is at level n-1.
    Result<QList<QStringList>> levels() const;
    Result<PlanEstimate> estimate(const PlanCost& cost) const;
    bool operator==(const Plan&) const = default;
};

} // namespace mpio
