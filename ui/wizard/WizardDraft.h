#pragma once

#include "core/checks/FailoverResult.h"
#include "core/checks/JumboCell.h"
#include "core/model/Site.h"
#include "core/plan/Plan.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

namespace mpio {
class CredentialStore;
class KeychainCredentialStore;
class MemoryCredentialStore;
class SiteConnection;
} // namespace mpio

namespace mpio::ui {

// What the pages share (DESIGN.md: one controller/draft, pages hold no state of their own that another page
// needs): the profile being worked on, where its systems are (a lab's state dir for now), the live
// connection to both sides, the plan and the journal of the apply.
class WizardDraft : public QObject
{
    Q_OBJECT

public:
    explicit WizardDraft(QObject* parent = nullptr);
    ~WizardDraft() override;

    QString profilePath;
    QString labStateDir; // empty: the real site at the profile's addresses
    bool usesLab() const { return !labStateDir.isEmpty(); }
    bool auditOnly = false; // Welcome: audit an existing setup (read-only) instead of setting it up
    // The real site's secrets as typed (or read from the keychain) on the Systems page: memory only.
    QString truenasApiKey;
    QHash<QString, QString> hostPasswords; // by host name
    Site site;
    Plan plan;
    QString journalPath;
    // What the checks measured, for the as-built report (issue 8): the jumbo matrix (and whether its gate
    // was overridden by the user) and the failover test, when they ran.
    QList<JumboCell> jumboCells;
    bool jumboOverridden = false;
    bool failoverRan = false;
    FailoverResult failover;

    // A new connection for the current profile: to the lab, or to the real site with the secrets above (the
    // old connection, if any, is dropped).
    SiteConnection* connectSite(QString* error);
    SiteConnection* connection() const { return m_connection.get(); }
    // Where secrets typed into the wizard go (CHAP secrets on the storage page).
    CredentialStore* credentials() const;
    // The operating system's keychain: the Systems page remembers logins there when asked to.
    CredentialStore* keychain() const;

private:
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<SiteConnection> m_connection;
};

} // namespace mpio::ui
