#include "ui/wizard/WizardDraft.h"

#include "core/credentials/KeychainCredentialStore.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/lab/LabEndpoints.h"
#include "core/site/SiteConnection.h"

namespace mpio::ui {

WizardDraft::WizardDraft(QObject* parent)
    : QObject(parent)
    , m_credentials(std::make_unique<MemoryCredentialStore>())
    , m_keychain(std::make_unique<KeychainCredentialStore>())
{}

WizardDraft::~WizardDraft() = default;

CredentialStore* WizardDraft::credentials() const
{
    return m_credentials.get();
}

CredentialStore* WizardDraft::keychain() const
{
    return m_keychain.get();
}

SiteConnection* WizardDraft::connectSite(QString* error)
{
    m_connection.reset();
    if (!usesLab()) {
        const auto endpoints = SiteConnection::forSite(site, {truenasApiKey, hostPasswords});
        if (!endpoints) {
            *error = endpoints.error().message;
            return nullptr;
        }
        m_connection = std::make_unique<SiteConnection>(site, *endpoints, m_credentials.get());
        return m_connection.get();
    }
    const auto lab = LabEndpoints::load(labStateDir);
    if (!lab) {
        *error = lab.error().message;
        return nullptr;
    }
    const auto endpoints = SiteConnection::fromLab(site, *lab);
    if (!endpoints) {
        *error = endpoints.error().message;
        return nullptr;
    }
    m_connection = std::make_unique<SiteConnection>(site, *endpoints, m_credentials.get());
    return m_connection.get();
}

} // namespace mpio::ui
