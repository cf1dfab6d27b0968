#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace mpio::ui {

class WizardDraft;

// [7] The plan for people: every step grouped by side and host with its exact command and the rule it
// follows, the decisions in words, the findings. Applying needs the explicit confirmation box; blocking
// findings keep the page from advancing.
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    PlanPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    WizardDraft* m_draft;
    QLabel* m_summary;
    QPlainTextEdit* m_text;
    QCheckBox* m_confirm;
};

} // namespace mpio::ui
