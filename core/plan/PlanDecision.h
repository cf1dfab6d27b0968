#pragma once

#include <QString>

namespace mpio {

// A choice the planner made, explained in words for the review page and the report
// (e.g. id "binding", rule ESX-BINDING-SAME-SUBNET: "No port binding: one subnet per path …").
struct PlanDecision
{
    QString id;
    QString ruleId;
    QString title;
    QString text;
    bool operator==(const PlanDecision&) const = default;
};

} // namespace mpio
