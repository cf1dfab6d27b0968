#include "ui/wizard/pages/AuditPage.h"

#include "core/checks/Audit.h"
#include "core/site/SiteConnection.h"
#include "ui/wizard/WizardDraft.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mpio::ui {

AuditPage::AuditPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("auditPage"));
    setTitle(tr("Audit"));
    setSubTitle(tr("The discovered site measured against the profile and the rules. Nothing was changed."));
    setFinalPage(true);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Audit findings"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_text, 1);
}

void AuditPage::initializePage()
{
    const SiteConnection* site = m_draft->connection();
    if (!site) {
        m_verdict->setText(tr("Nothing was discovered: go back and connect first."));
        m_text->clear();
        return;
    }
    // Pure computation on the discovered snapshots: no call leaves this computer here.
    const AuditResult audit = Audit::run(site->input(), true);
    const int errors = countOf(audit.findings, Severity::Error);
    const int warnings = countOf(audit.findings, Severity::Warning);
    if (audit.clean())
        m_verdict->setText(
            tr("✔ The site follows every rule checked (%n warning(s) to consider).", nullptr, warnings));
    else
        m_verdict->setText(tr("✘ %1 error(s), %2 warning(s) and %3 difference(s) from the profile. Each "
                              "finding below says what is wrong and how to fix it; running the setup with "
                              "this profile would make exactly the listed changes.")
                               .arg(errors)
                               .arg(warnings)
                               .arg(audit.differences));
    m_verdict->setStyleSheet(audit.clean() ? QStringLiteral("color: #1b7f3b;")
                                           : QStringLiteral("color: #b3261e;"));
    m_text->setPlainText(audit.toText());
}

} // namespace mpio::ui
