#pragma once

#include "core/model/Site.h"

#include <QList>
#include <QWizardPage>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mpio::ui {

class FindingLabel;
class WizardDraft;

// [2, 3] The real site (skipped for a virtual lab): the TrueNAS address, API user and key; the ESXi hosts —
// added and removed here (SiteEdit: laid out like the first host, checked by the profile's rules) — each
// with its user and password. Checked as they are typed; read from the system keychain when they
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
    void addHost();
    void removeHost(const QString& name);
    // Checks the new host's name and address as typed; the host to add when nothing is wrong.
    std::optional<HostSpec> checkNewHost();
    void checkTrueNasAddress();
    // Users and passwords typed in the rows, into the draft (before the rows are rebuilt, and on Next).
    void keepTypedLogins();
    void buildHostRows();
    void recheck();
    void readRemembered();

    WizardDraft* m_draft;
    QLineEdit* m_truenasAddress;
    FindingLabel* m_truenasError;
    QLineEdit* m_newHostName;
    QLineEdit* m_newHostAddress;
    QPushButton* m_addHost;
    FindingLabel* m_newHostError;
    QLineEdit* m_apiUser;
    QLineEdit* m_apiKey;
    FindingLabel* m_apiError;
    QFormLayout* m_hostForm;
    QList<HostRow> m_hosts;
    QCheckBox* m_remember;
    QLabel* m_status;
};

} // namespace mpio::ui
