#pragma once

#include "core/validation/Finding.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <functional>

namespace mpio::ui {

// The validator's findings as the pages show them: at the field they concern (Finding::field is a JSON
// location such as "/hosts/0/paths/1/ip") and as a list under the form. Pages keep only the findings of
// the fields they edit (append), so a page does not block on what another page owns.
class FieldFindings
{
public:
    const Findings& all() const { return m_findings; }
    Findings at(const QString& field) const;
    bool hasErrors() const { return mpio::hasErrors(m_findings); }
    void append(const Finding& finding) { m_findings.append(finding); }

    // "NET-IP-IN-SUBNET: message\nFix: …", one block per finding, for tooltips.
    static QString toolTip(const Findings& findings);
    // One rich-text line per finding (rule id in bold, where, message, the fix in italics), escaped.
    static QString html(const Findings& findings, const std::function<QString(const QString&)>& where);
    // Cell and field colours: a light red for errors, a light amber for warnings, invalid when clean.
    static QColor background(const Findings& findings);

private:
    Findings m_findings;
};

} // namespace mpio::ui
