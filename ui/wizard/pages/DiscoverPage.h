#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace mpio::ui {

class WizardDraft;

// [2, 3] Connects to TrueNAS (TLS WebSocket) and every ESXi host (SSH) in parallel and shows what each has:
// versions, pools with SLOG, NICs, vmnics, vSwitches, vmks, software iSCSI. Runs in the background;
// the page completes when every system answered.
class DiscoverPage : public QWizardPage
{
    Q_OBJECT

public:
    DiscoverPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    WizardDraft* m_draft;
    QProgressBar* m_busy;
    QLabel* m_status;
    QPlainTextEdit* m_details;
    bool m_done = false;
};

} // namespace mpio::ui
