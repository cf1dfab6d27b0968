#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace mpio::ui {

class WizardDraft;

// [1 → audit] The read-only audit of an existing setup (Welcome: "Audit an existing setup"): after
// discovery, the same rules as `mpioctl audit` against the profile — rule findings, every difference the
// plan would change (with its exact command as the fix), and the verification of paths, PSP/iops, claim
// rule and sessions. Nothing is changed; this page is the last one of the audit.
class AuditPage : public QWizardPage
{
    Q_OBJECT

public:
    AuditPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    int nextId() const override { return -1; }

private:
    WizardDraft* m_draft;
    QLabel* m_verdict;
    QPlainTextEdit* m_text;
};

} // namespace mpio::ui
