#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mpio::ui {

class FindingLabel;
class WizardDraft;

// [2, 3] The real site's logins (skipped for a virtual lab): the TrueNAS API user and key, and per ESXi host
// of the profile its user and password. Checked as they are typed; read from the system keychain when they
// were remembered, written there on Next when "Remember" is on (the default). Never into the profile.
class SystemsPage : public QWizardPage
{
    Q_OBJECT

public:
    SystemsPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct HostRow
    {
        QString name;
        QString address;
        QLineEdit* user = nullptr;
        QLineEdit* password = nullptr;
        FindingLabel* error = nullptr;
    };
    void buildHostRows();
    void recheck();
    void readRemembered();

    WizardDraft* m_draft;
    QLabel* m_truenasAddress;
    QLineEdit* m_apiUser;
    QLineEdit* m_apiKey;
    FindingLabel* m_apiError;
    QFormLayout* m_hostForm;
    QList<HostRow> m_hosts;
    QCheckBox* m_remember;
    QLabel* m_status;
};

} // namespace mpio::ui
