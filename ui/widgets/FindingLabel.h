#pragma once

#include "core/validation/Finding.h"

#include <QLabel>

namespace mpio::ui {

// The message under a form field: rule id, what is wrong and the fix of every finding at that field, red
// for errors and amber for warnings; hidden when the field is clean. It also sets the field's tooltip and
// accessible description, so screen readers announce the problem with the field.
class FindingLabel : public QLabel
{
    Q_OBJECT

public:
    FindingLabel(QWidget* field, const QString& objectName, QWidget* parent = nullptr);
    void setFindings(const Findings& findings);
    const Findings& findings() const { return m_findings; }

private:
    QWidget* m_field;
    QString m_fieldToolTip;
    Findings m_findings;
};

} // namespace mpio::ui
