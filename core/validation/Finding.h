#pragma once

#include <QList>
#include <QString>

namespace mpio {

enum class Severity
{
    Info,
    Warning,
    Error
};

QString toString(Severity severity); // "info", "warning", "error"

// One result of a rule: what is wrong, how to fix it, where (a JSON location in the profile such as
// "/paths/1/subnet", or a discovered object such as "esx01/vmk2"), and the rule it comes from.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QString message; // translated: what is wrong
    QString fix;     // translated: what to do
    QString field;
    QString source; // evidence, e.g. "VMware KB 2038869"
    bool operator==(const Finding&) const = default;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings& findings);
int countOf(const Findings& findings, Severity severity);

} // namespace mpio
