#include "ui/wizard/pages/PlanPage.h"

#include "core/plan/PlanRenderer.h"
#include "core/plan/Planner.h"
#include "core/site/SiteConnection.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/WizardDraft.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mpio::ui {

PlanPage::PlanPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("planPage"));
    setTitle(tr("Review the plan"));
    setSubTitle(
        tr("Only what differs from the profile is changed. Every step can be undone from the journal."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("planText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("The plan, step by step"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_confirm =
        new QCheckBox(tr("I have reviewed these changes; &apply them to TrueNAS and the ESXi hosts"), this);
    m_confirm->setObjectName(QStringLiteral("confirmApply"));
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_confirm);
}

void PlanPage::initializePage()
{
    m_confirm->setChecked(false);
    // The profile as edited on the paths and storage pages, against what discovery saw.
    Planner::Input input = m_draft->connection()->input();
    input.site = m_draft->site;
    m_draft->plan = Planner::make(input);
    const Plan& plan = m_draft->plan;
    QStringList decisions;
    for (const PlanDecision& d : plan.decisions)
        decisions << QStringLiteral("• %1 (%2): %3").arg(d.title, d.ruleId, d.text);
    if (plan.hasBlockingFindings())
        m_summary->setText(tr("The plan has blocking findings; fix them and discover again."));
    else if (plan.isEmpty())
        m_summary->setText(tr("Nothing to do: both sides already match the profile.") + QLatin1Char('\n') +
                           decisions.join(u'\n'));
    else
        m_summary->setText(
            tr("%n step(s) on TrueNAS and the ESXi hosts.", nullptr, int(plan.operations.size())) +
            QLatin1Char('\n') + decisions.join(u'\n'));
    m_text->setPlainText(PlanRenderer::toText(plan));
    m_confirm->setVisible(!plan.isEmpty() && !plan.hasBlockingFindings());
}

bool PlanPage::isComplete() const
{
    const Plan& plan = m_draft->plan;
    if (plan.hasBlockingFindings())
        return false;
    return plan.isEmpty() || m_confirm->isChecked();
}

int PlanPage::nextId() const
{
    return m_draft->plan.isEmpty() ? VerifyPageId : ApplyPageId;
}

} // namespace mpio::ui
