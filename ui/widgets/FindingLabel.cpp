#include "ui/widgets/FindingLabel.h"

#include "ui/wizard/FieldFindings.h"

namespace mpio::ui {

FindingLabel::FindingLabel(QWidget* field, const QString& objectName, QWidget* parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldToolTip(field->toolTip())
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setVisible(false);
    setIndent(2);
}

void FindingLabel::setFindings(const Findings& findings)
{
    m_findings = findings;
    setVisible(!findings.isEmpty());
    setText(FieldFindings::html(findings, [](const QString&) { return QString(); }));
    const QString tip = FieldFindings::toolTip(findings);
    m_field->setToolTip(tip.isEmpty() ? m_fieldToolTip
                                      : (m_fieldToolTip.isEmpty() ? tip : m_fieldToolTip + u"\n\n" + tip));
    m_field->setAccessibleDescription(tip);
    // The field's frame turns red for errors (line edits and combo boxes honour the property selector).
    m_field->setProperty("mpioError", hasErrors(findings));
    m_field->setStyleSheet(hasErrors(findings) ? QStringLiteral("border: 1px solid #c62828;") : QString());
}

} // namespace mpio::ui
