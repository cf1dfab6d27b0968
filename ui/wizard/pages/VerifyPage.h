#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace mpio::ui {

class WizardDraft;

// [9] Reads every host again and shows per host and device: paths (active of expected), PSP, iops, and
// whether the claim rule is there — green only when all match the profile.
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    VerifyPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    WizardDraft* m_draft;
    QLabel* m_status;
    QTableWidget* m_table;
    bool m_verified = false;
};

} // namespace mpio::ui
