#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mpio::ui {

class DiscoveryTree;
class WizardDraft;

// [2, 3] Connects to TrueNAS (TLS WebSocket) and every ESXi host (SSH) in parallel and shows what each has:
// versions, pools with SLOG, NICs, vmnics, vSwitches, vmks, software iSCSI. Runs in the background;
// the page completes when every system answered. First contact with a real system's certificate or host key
// stops with its fingerprint and asks; a changed one is refused with both fingerprints (the core's error).
class DiscoverPage : public QWizardPage
{
    Q_OBJECT

public:
    DiscoverPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override; // the audit page for an audit, the paths otherwise

private:
    void offerTrust();
    void trustAndReconnect();

    WizardDraft* m_draft;
    QLabel* m_trustText;
    QPushButton* m_trust;
    QProgressBar* m_busy;
    QLabel* m_status;
    DiscoveryTree* m_tree;
    QPlainTextEdit* m_details;
    bool m_done = false;
};

} // namespace mpio::ui
