#pragma once

#include "core/plan/PlanRunner.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace mpio::ui {

class WizardDraft;

// [8] Runs the plan in the background: progress, the live log, Cancel. On a failure the runner waits for a
// decision: roll back, retry the step, or stop and keep what is done — the journal path is shown either way.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    ApplyPage(WizardDraft* draft, QWidget* parent = nullptr);
    ~ApplyPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;

private:
    void showDecision(bool visible);
    static QString outcomeSentence(PlanRunner::Outcome outcome);

    WizardDraft* m_draft;
    QProgressBar* m_progress;
    QLabel* m_status;
    QListWidget* m_log;
    QPushButton* m_cancel;
    QPushButton* m_rollback;
    QPushButton* m_retry;
    QPushButton* m_stop;
    QPushButton* m_override;
    PlanRunner* m_runner = nullptr;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace mpio::ui
