#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProcess;
class QPushButton;
class QRadioButton;

namespace mpio::ui {

class WizardDraft;

// [1] Welcome: which site (a profile) and where its systems are — a running virtual lab's state dir, or a
// lab started from here with a chosen scenario (mpio-lab on loopback only).
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(WizardDraft* draft, QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void startLab();
    void pollLab();
    void browseProfile();

    WizardDraft* m_draft;
    QLineEdit* m_profile;
    QRadioButton* m_setup;
    QRadioButton* m_audit;
    QRadioButton* m_realSite;
    QRadioButton* m_useLab;
    QLineEdit* m_lab;
    QComboBox* m_scenario;
    QPushButton* m_startLab;
    QComboBox* m_language;
    QLabel* m_status;
    QProcess* m_labProcess = nullptr;
    int m_polls = 0;
};

} // namespace mpio::ui
