#pragma once

#include "core/validation/Finding.h"

#include <QString>

namespace mpio {

// Every rule the product enforces, with a stable id (from reference/guidance.md where one fits), its
// severity and the evidence it rests on. Findings take severity and source from here, so a rule's
// standing is defined once. Ids are stable: reports, tests and documentation cite them.
struct Rule
{
    const char* id;
    Severity severity;
    const char* title;  // short, translatable (context "mpio::Rules")
    const char* source; // evidence, not translated
};

class RuleCatalog
{
public:
    static const QList<Rule>& all();
    static const Rule* find(const QString& id);
    // A finding of rule `id`; the severity can be lowered or raised for a rule with two standings
    // (ESX-BINDING-SAME-SUBNET is a warning as an explicit choice and an error otherwise).
    static Finding make(const char* id, QString field, QString message, QString fix);
    static Finding make(const char* id, Severity severity, QString field, QString message, QString fix);
};

} // namespace mpio
