#pragma once

#include "core/checks/JumboCell.h"
#include "core/validation/Finding.h"

#include <QCoreApplication>

namespace mpio {

// Interprets a cell's pings per guidance.md MTU-DIAGNOSIS and MTU-CROSS-PATH, and decides the jumbo gate.
class JumboDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(mpio::JumboDiagnosis)

public:
    // Fills verdict, ruleId and diagnosis from the pings. `mtu` is the path MTU being checked (9000).
    static void diagnose(JumboCell& cell, int mtu = 9000);
    // The gate: passes when every same-path cell passes. Findings explain each failing or suspicious cell.
    static bool gate(const QList<JumboCell>& cells, Findings* findings);
    static QString toString(JumboCell::Verdict v);
};

} // namespace mpio
