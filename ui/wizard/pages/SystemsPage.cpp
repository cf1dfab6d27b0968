#include "ui/wizard/pages/SystemsPage.h"

#include "core/credentials/CredentialStore.h"
#include "core/log/Log.h"
#include "core/model/SiteEdit.h"
#include "core/validation/CredentialRules.h"
#include "ui/widgets/FindingLabel.h"
#include "ui/wizard/WizardDraft.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace mpio::ui {

namespace {

// The keychain entries (CredentialStore::Key): the API key under the TrueNAS address and its user, each
// host's password under the host's name and user.
CredentialStore::Key apiKeyKey(const QString& host, const QString& user)
{
    return {QStringLiteral("truenas-api-key"), host, user};
}

CredentialStore::Key passwordKey(const QString& host, const QString& user)
{
    return {QStringLiteral("esxi-password"), host, user};
}

Findings asFindings(const QString& field, const QString& error)
{
    if (error.isEmpty())
        return {};
    return {Finding{QString(), Severity::Error, error, QString(), field, QString()}};
}

QLineEdit* secretEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

SystemsPage::SystemsPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("systemsPage"));
    setTitle(tr("Log in to the site"));
    setSubTitle(tr("The wizard connects to the addresses below (from the profile, or added here). Keys and "
                   "passwords stay in memory, "
                   "and in the system keychain when “Remember” is on — never in the profile."));

    auto* truenas = new QGroupBox(tr("TrueNAS"), this);
    auto* tnForm = new QFormLayout(truenas);
    m_truenasAddress = new QLineEdit(truenas);
    m_truenasAddress->setObjectName(QStringLiteral("truenasAddress"));
    m_truenasAddress->setAccessibleName(tr("TrueNAS address"));
    m_truenasAddress->setPlaceholderText(tr("truenas.example.lan or 10.20.0.5, optionally :port"));
    tnForm->addRow(tr("A&ddress:"), m_truenasAddress);
    m_truenasError = new FindingLabel(m_truenasAddress, QStringLiteral("truenasAddressError"), truenas);
    tnForm->addRow(QString(), m_truenasError);
    m_apiUser = new QLineEdit(truenas);
    m_apiUser->setObjectName(QStringLiteral("apiUserEdit"));
    m_apiUser->setAccessibleName(tr("TrueNAS API user"));
    tnForm->addRow(tr("API &user:"), m_apiUser);
    m_apiKey = secretEdit(QStringLiteral("apiKeyEdit"), tr("TrueNAS API key"), truenas);
    m_apiKey->setPlaceholderText(tr("12-… as TrueNAS showed it (Credentials → API Keys)"));
    tnForm->addRow(tr("API &key:"), m_apiKey);
    m_apiError = new FindingLabel(m_apiKey, QStringLiteral("apiKeyError"), truenas);
    tnForm->addRow(QString(), m_apiError);

    auto* hosts = new QGroupBox(tr("ESXi hosts"), this);
    auto* hostsLayout = new QVBoxLayout(hosts);
    m_hostForm = new QFormLayout;
    hostsLayout->addLayout(m_hostForm);
    m_newHostName = new QLineEdit(hosts);
    m_newHostName->setObjectName(QStringLiteral("newHostName"));
    m_newHostName->setAccessibleName(tr("Name of the host to add"));
    m_newHostName->setPlaceholderText(tr("esx03"));
    m_newHostAddress = new QLineEdit(hosts);
    m_newHostAddress->setObjectName(QStringLiteral("newHostAddress"));
    m_newHostAddress->setAccessibleName(tr("Address of the host to add"));
    m_newHostAddress->setPlaceholderText(tr("esx03.example.lan or 10.20.0.13, optionally :port"));
    m_addHost = new QPushButton(tr("Add &host"), hosts);
    m_addHost->setObjectName(QStringLiteral("addHostButton"));
    m_addHost->setEnabled(false);
    auto* addRow = new QHBoxLayout;
    auto* addLabel = new QLabel(tr("Ne&w host:"), hosts);
    addLabel->setBuddy(m_newHostName);
    addRow->addWidget(addLabel);
    addRow->addWidget(m_newHostName, 1);
    addRow->addWidget(m_newHostAddress, 2);
    addRow->addWidget(m_addHost);
    hostsLayout->addLayout(addRow);
    m_newHostError = new FindingLabel(m_newHostAddress, QStringLiteral("newHostError"), hosts);
    hostsLayout->addWidget(m_newHostError);
    connect(m_newHostName, &QLineEdit::textChanged, this, &SystemsPage::checkNewHost);
    connect(m_newHostAddress, &QLineEdit::textChanged, this, &SystemsPage::checkNewHost);
    connect(m_newHostAddress, &QLineEdit::returnPressed, this, &SystemsPage::addHost);
    connect(m_addHost, &QPushButton::clicked, this, &SystemsPage::addHost);

    m_remember = new QCheckBox(tr("&Remember the key and the passwords in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("systemsStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(truenas);
    layout->addWidget(hosts);
    layout->addWidget(m_remember);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_truenasAddress, &QLineEdit::textChanged, this, &SystemsPage::checkTrueNasAddress);
    connect(m_apiUser, &QLineEdit::textChanged, this, &SystemsPage::recheck);
    connect(m_apiKey, &QLineEdit::textChanged, this, &SystemsPage::recheck);
}

void SystemsPage::buildHostRows()
{
    while (m_hostForm->rowCount() > 0)
        m_hostForm->removeRow(0);
    m_hosts.clear();
    for (const HostSpec& h : m_draft->site.hosts) {
        HostRow row;
        row.name = h.name;
        row.address = QStringLiteral("%1:%2").arg(h.address).arg(h.sshPort);
        row.user = new QLineEdit(h.user, this);
        row.user->setObjectName(QStringLiteral("userEdit-") + h.name);
        row.user->setAccessibleName(tr("User on %1").arg(h.name));
        row.password =
            secretEdit(QStringLiteral("passwordEdit-") + h.name, tr("Password of %1").arg(h.name), this);
        row.password->setText(m_draft->hostPasswords.value(h.name));
        auto* remove = new QPushButton(tr("Remove"), this);
        remove->setObjectName(QStringLiteral("removeHost-") + h.name);
        remove->setAccessibleName(tr("Remove %1").arg(h.name));
        remove->setEnabled(m_draft->site.hosts.size() > 1); // a site has at least one host
        // Queued: the rows (and this button) are rebuilt, never while the button's own signal runs.
        connect(remove, &QPushButton::clicked, this, [this, name = h.name] {
            QMetaObject::invokeMethod(
                this, [this, name] { removeHost(name); }, Qt::QueuedConnection);
        });
        auto* fields = new QHBoxLayout;
        fields->addWidget(row.user, 1);
        fields->addWidget(row.password, 2);
        fields->addWidget(remove);
        m_hostForm->addRow(QStringLiteral("%1 (%2)").arg(h.name, row.address), fields);
        row.error = new FindingLabel(row.password, QStringLiteral("passwordError-") + h.name, this);
        m_hostForm->addRow(QString(), row.error);
        connect(row.user, &QLineEdit::textChanged, this, &SystemsPage::recheck);
        connect(row.password, &QLineEdit::textChanged, this, &SystemsPage::recheck);
        m_hosts << row;
    }
}

void SystemsPage::initializePage()
{
    m_truenasAddress->setText(
        QStringLiteral("%1:%2").arg(m_draft->site.truenas.host).arg(m_draft->site.truenas.port));
    m_apiUser->setText(m_draft->site.truenas.apiUser);
    m_apiKey->setText(m_draft->truenasApiKey);
    buildHostRows();
    recheck();
    readRemembered();
}

void SystemsPage::readRemembered()
{
    // Fills only what is still empty; a keychain that is locked or missing is said once, not an error.
    QPointer<SystemsPage> self(this);
    auto fill = [self](QLineEdit* edit, Result<QString> secret) {
        if (!self || !edit)
            return;
        if (secret && edit->text().isEmpty())
            edit->setText(*secret);
        else if (!secret && secret.error().code != QLatin1String("credentials.not-found"))
            self->m_status->setText(tr("The keychain could not be read: %1").arg(secret.error().message));
    };
    if (m_apiKey->text().isEmpty()) {
        QPointer<QLineEdit> edit(m_apiKey);
        m_draft->keychain()->read(apiKeyKey(m_draft->site.truenas.host, m_apiUser->text()),
                                  [fill, edit](Result<QString> r) { fill(edit, r); });
    }
    for (const HostRow& row : m_hosts) {
        if (!row.password->text().isEmpty())
            continue;
        QPointer<QLineEdit> edit(row.password);
        m_draft->keychain()->read(passwordKey(row.name, row.user->text()),
                                  [fill, edit](Result<QString> r) { fill(edit, r); });
    }
}

// Only when the address changes: the check runs the whole profile's rules (SiteValidator), which the
// keystrokes in the login fields need not repeat.
void SystemsPage::checkTrueNasAddress()
{
    const auto address = SiteEdit::parseAddress(m_truenasAddress->text(), 443);
    m_truenasError->setFindings(address
                                    ? SiteEdit::findingsForTrueNas(m_draft->site, *address)
                                    : asFindings(QStringLiteral("/truenas/host"), address.error().message));
    emit completeChanged();
}

void SystemsPage::recheck()
{
    QString api = CredentialRules::userError(m_apiUser->text());
    if (api.isEmpty())
        api = CredentialRules::apiKeyError(m_apiKey->text());
    m_apiError->setFindings(asFindings(QStringLiteral("/truenas/apiKey"), api));
    for (const HostRow& row : m_hosts) {
        QString error = CredentialRules::userError(row.user->text());
        if (error.isEmpty())
            error = CredentialRules::passwordError(row.password->text(), row.name);
        row.error->setFindings(asFindings(QStringLiteral("/hosts/") + row.name, error));
    }
    emit completeChanged();
}

bool SystemsPage::isComplete() const
{
    if (hasErrors(m_truenasError->findings()) || hasErrors(m_apiError->findings()))
        return false;
    for (const HostRow& row : m_hosts)
        if (hasErrors(row.error->findings()))
            return false;
    return true;
}

bool SystemsPage::validatePage()
{
    if (const auto address = SiteEdit::parseAddress(m_truenasAddress->text(), 443)) {
        m_draft->site.truenas.host = address->host;
        m_draft->site.truenas.port = address->port;
    }
    m_draft->site.truenas.apiUser = m_apiUser->text();
    m_draft->truenasApiKey = m_apiKey->text();
    m_draft->hostPasswords.clear();
    keepTypedLogins();
    if (m_remember->isChecked()) {
        // Written in the background; a refusal (locked keyring) only means the next start asks again.
        auto logFailure = [](Status s) {
            if (!s.ok())
                Log::get("ui")->warn("the keychain did not store a login: {}",
                                     s.error().message.toStdString());
        };
        m_draft->keychain()->write(apiKeyKey(m_draft->site.truenas.host, m_draft->site.truenas.apiUser),
                                   m_draft->truenasApiKey, logFailure);
        for (const HostRow& row : m_hosts)
            m_draft->keychain()->write(passwordKey(row.name, row.user->text()), row.password->text(),
                                       logFailure);
    }
    return true;
}

void SystemsPage::keepTypedLogins()
{
    for (const HostRow& row : std::as_const(m_hosts)) {
        m_draft->hostPasswords.insert(row.name, row.password->text());
        for (HostSpec& h : m_draft->site.hosts)
            if (h.name == row.name)
                h.user = row.user->text();
    }
}

std::optional<HostSpec> SystemsPage::checkNewHost()
{
    m_addHost->setEnabled(false);
    if (m_newHostName->text().isEmpty() && m_newHostAddress->text().isEmpty()) {
        m_newHostError->setFindings({});
        return std::nullopt;
    }
    const auto address = SiteEdit::parseAddress(m_newHostAddress->text(), 22);
    if (!address) {
        m_newHostError->setFindings(asFindings(QStringLiteral("/hosts/new"), address.error().message));
        return std::nullopt;
    }
    const HostSpec host = SiteEdit::hostLike(m_draft->site, m_newHostName->text(), *address);
    const Findings findings = SiteEdit::findingsForNewHost(m_draft->site, host);
    m_newHostError->setFindings(findings);
    m_addHost->setEnabled(!hasErrors(findings));
    return hasErrors(findings) ? std::nullopt : std::optional<HostSpec>(host);
}

void SystemsPage::addHost()
{
    const std::optional<HostSpec> host = checkNewHost();
    if (!host)
        return;
    keepTypedLogins(); // the rows are rebuilt from the draft
    m_draft->site.hosts.append(*host);
    m_newHostName->clear();
    m_newHostAddress->clear();
    buildHostRows();
    recheck();
    readRemembered();
    if (!m_hosts.isEmpty())
        m_hosts.last().password->setFocus();
}

void SystemsPage::removeHost(const QString& name)
{
    if (m_draft->site.hosts.size() <= 1)
        return;
    keepTypedLogins();
    m_draft->site.hosts.removeIf([&](const HostSpec& h) { return h.name == name; });
    m_draft->hostPasswords.remove(name);
    buildHostRows();
    recheck();
}

} // namespace mpio::ui
