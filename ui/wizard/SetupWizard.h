#pragma once

#include <QWizard>

namespace mpio::ui {

class WizardDraft;
class ApplyPage;

// The guided flow (DESIGN.md "The flow", issue 7): welcome → connect and discover → paths → storage → jumbo
// check → plan review → apply → verify → failover test → live IOPS. One class per page in pages/, ids in
// PageId.h, shared state in WizardDraft.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(QWidget* parent = nullptr);
    ~SetupWizard() override;
    // Prefill from the command line (mpio-wizard --profile FILE --lab STATE_DIR; ./run.sh demo uses it).
    void preset(const QString& profilePath, const QString& labStateDir);
    WizardDraft* draft() const { return m_draft; }
    // The About dialog (version and licences); also the About button and F1.
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void done(int result) override;

private:
    void keepDraft();

    WizardDraft* m_draft;
    ApplyPage* m_apply;
};

} // namespace mpio::ui
