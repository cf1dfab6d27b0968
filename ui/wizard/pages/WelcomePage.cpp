#include "ui/wizard/pages/WelcomePage.h"

#include "core/model/SiteJson.h"
#include "core/validation/SiteValidator.h"
#include "ui/i18n/Language.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/RecentProfiles.h"
#include "ui/wizard/WizardDraft.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace mpio::ui {

namespace {

QString labBinary()
{
    const QString next = QCoreApplication::applicationDirPath() + QStringLiteral("/mpio-lab");
    if (QFileInfo::exists(next))
        return next;
    const QString build = QCoreApplication::applicationDirPath() + QStringLiteral("/../lab/mpio-lab");
    if (QFileInfo::exists(build))
        return build;
    return QStandardPaths::findExecutable(QStringLiteral("mpio-lab"));
}

} // namespace

WelcomePage::WelcomePage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(
        tr("Sets up iSCSI multipath I/O between TrueNAS SCALE and VMware ESXi, checks it and shows it "
           "working. Choose the site profile and where its systems are."));
    auto* form = new QFormLayout;
    // Without a profile from the command line, the newest recent one that still exists.
    const QStringList recent = RecentProfiles::list();
    m_profile = new QLineEdit(m_draft->profilePath.isEmpty() ? recent.value(0) : m_draft->profilePath, this);
    m_profile->setObjectName(QStringLiteral("profileEdit"));
    m_profile->setAccessibleName(tr("Site profile"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &WelcomePage::browseProfile);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile);
    profileRow->addWidget(browse);
    auto* recentButton = new QPushButton(this); // a push button sizes itself with its menu arrow
    recentButton->setObjectName(QStringLiteral("recentProfilesButton"));
    recentButton->setText(tr("&Recent"));
    recentButton->setAccessibleName(tr("Recent site profiles"));
    auto* recentMenu = new QMenu(recentButton);
    recentButton->setMenu(recentMenu);
    recentButton->setEnabled(!recent.isEmpty());
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] {
        recentMenu->clear();
        for (const QString& path : RecentProfiles::list())
            recentMenu->addAction(path, this, [this, path] { m_profile->setText(path); });
    });
    profileRow->addWidget(recentButton);
    form->addRow(tr("Site &profile:"), profileRow);
    static_cast<QLabel*>(form->labelForField(profileRow))->setBuddy(m_profile);

    // What to do: set the site up, or only audit what is there (read-only, ends on the audit page).
    m_setup = new QRadioButton(tr("Set &up multipathing"), this);
    m_setup->setObjectName(QStringLiteral("setupRadio"));
    m_audit = new QRadioButton(tr("&Audit an existing setup (changes nothing)"), this);
    m_audit->setObjectName(QStringLiteral("auditRadio"));
    m_setup->setChecked(!m_draft->auditOnly);
    m_audit->setChecked(m_draft->auditOnly);
    auto* what = new QHBoxLayout;
    what->addWidget(m_setup);
    what->addWidget(m_audit);
    what->addStretch();
    form->addRow(tr("Task:"), what);
    auto* whatGroup = new QButtonGroup(this);
    whatGroup->addButton(m_setup);
    whatGroup->addButton(m_audit);

    // Where the systems are: the real site at the profile's addresses (logins on the next page), or a
    // virtual lab on this computer.
    m_realSite = new QRadioButton(tr("The real s&ite at the profile's addresses"), this);
    m_realSite->setObjectName(QStringLiteral("realSiteRadio"));
    m_useLab = new QRadioButton(tr("A &virtual lab on this computer"), this);
    m_useLab->setObjectName(QStringLiteral("labRadio"));
    auto* where = new QHBoxLayout;
    where->addWidget(m_realSite);
    where->addWidget(m_useLab);
    where->addStretch();
    form->addRow(tr("Systems:"), where);
    auto* whereGroup = new QButtonGroup(this); // two radio groups on one page: each its own exclusive group
    whereGroup->addButton(m_realSite);
    whereGroup->addButton(m_useLab);

    m_lab = new QLineEdit(m_draft->labStateDir, this);
    m_lab->setObjectName(QStringLiteral("labEdit"));
    m_lab->setAccessibleName(tr("Virtual lab state folder"));
    m_lab->setPlaceholderText(tr("state folder of a running mpio-lab"));
    form->addRow(tr("Virtual &lab:"), m_lab);

    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenario->setAccessibleName(tr("Lab scenario"));
    m_scenario->addItems({QStringLiteral("seed-two-paths"), QStringLiteral("already-configured"),
                          QStringLiteral("mtu-broken-switch-b"), QStringLiteral("standby-uplink"),
                          QStringLiteral("vmk-mtu-1500"), QStringLiteral("cluster-16")});
    m_startLab = new QPushButton(tr("&Start the virtual lab"), this);
    m_startLab->setObjectName(QStringLiteral("startLabButton"));
    connect(m_startLab, &QPushButton::clicked, this, &WelcomePage::startLab);
    auto* labRow = new QHBoxLayout;
    labRow->addWidget(m_scenario, 1);
    labRow->addWidget(m_startLab);
    form->addRow(tr("Or try a sc&enario:"), labRow);
    static_cast<QLabel*>(form->labelForField(labRow))->setBuddy(m_scenario);

    // Widgets are built once with tr(): a new language applies from the next start, and the page says so.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the wizard"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system")
                                                 : tr("As the system (%1)").arg(systemLanguage),
                        QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::setting())));
    form->addRow(tr("Lan&guage:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        Language::setSetting(m_language->currentData().toString());
        m_status->setText(tr("The wizard speaks the new language from its next start."));
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_profile, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_lab, &QLineEdit::textChanged, this, [this] {
        if (!m_lab->text().isEmpty())
            m_useLab->setChecked(true); // a lab folder given (or --lab) means the lab
        emit completeChanged();
    });
    connect(m_useLab, &QRadioButton::toggled, this, [this](bool lab) {
        m_lab->setEnabled(lab);
        emit completeChanged();
    });
    (m_draft->labStateDir.isEmpty() ? m_realSite : m_useLab)->setChecked(true);
    m_lab->setEnabled(m_useLab->isChecked());
}

int WelcomePage::nextId() const
{
    return m_useLab->isChecked() ? DiscoverPageId : SystemsPageId;
}

void WelcomePage::browseProfile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a site profile"), m_profile->text(),
                                                      tr("Site profiles (*.json)"));
    if (!file.isEmpty())
        m_profile->setText(file);
}

void WelcomePage::startLab()
{
    const QString binary = labBinary();
    if (binary.isEmpty()) {
        m_status->setText(tr("mpio-lab was not found next to the wizard or on the PATH."));
        return;
    }
    const QString dir = QDir::tempPath() + QStringLiteral("/mpio-wizard-lab-") +
                        QString::number(QCoreApplication::applicationPid());
    QDir(dir).removeRecursively();
    m_labProcess = new QProcess(this);
    m_labProcess->setProgram(binary);
    m_labProcess->setArguments(
        {QStringLiteral("--scenario"), m_scenario->currentText(), QStringLiteral("--state-dir"), dir});
    m_labProcess->start();
    m_useLab->setChecked(true);
    m_lab->setText(dir);
    m_startLab->setEnabled(false);
    m_status->setText(tr("Starting the virtual lab (%1) …").arg(m_scenario->currentText()));
    m_polls = 0;
    pollLab();
}

void WelcomePage::pollLab()
{
    if (QFileInfo::exists(m_lab->text() + QStringLiteral("/endpoints.json"))) {
        m_status->setText(
            tr("The virtual lab runs on this computer only (127.0.0.1): %1").arg(m_scenario->currentText()));
        emit completeChanged();
        return;
    }
    if (++m_polls > 200 || (m_labProcess && m_labProcess->state() == QProcess::NotRunning)) {
        m_status->setText(tr("The virtual lab did not start: %1")
                              .arg(QString::fromUtf8(m_labProcess->readAll()).left(300)));
        m_startLab->setEnabled(true);
        return;
    }
    QTimer::singleShot(100, this, &WelcomePage::pollLab); // bounded: 200 × 100 ms
}

bool WelcomePage::isComplete() const
{
    return !m_profile->text().trimmed().isEmpty() &&
           (m_realSite->isChecked() || !m_lab->text().trimmed().isEmpty());
}

bool WelcomePage::validatePage()
{
    const auto site = SiteJson::loadFile(m_profile->text().trimmed());
    if (!site) {
        m_status->setText(tr("The profile cannot be used: %1").arg(site.error().toString()));
        return false;
    }
    const Findings findings = SiteValidator::validate(*site);
    if (hasErrors(findings)) {
        QStringList lines;
        for (const Finding& f : findings)
            if (f.severity == Severity::Error)
                lines << QStringLiteral("%1: %2 %3").arg(f.ruleId, f.message, f.fix);
        m_status->setText(tr("The profile has errors:\n%1").arg(lines.join(u'\n')));
        return false;
    }
    m_draft->auditOnly = m_audit->isChecked();
    if (m_realSite->isChecked()) {
        m_draft->site = *site;
        m_draft->profilePath = m_profile->text().trimmed();
        m_draft->labStateDir.clear();
        RecentProfiles::add(m_draft->profilePath);
        return true;
    }
    if (!QFileInfo::exists(m_lab->text().trimmed() + QStringLiteral("/endpoints.json"))) {
        m_status->setText(tr("No running lab in %1 (endpoints.json is missing). Start one here or with "
                             "`mpio-lab --scenario seed-two-paths --state-dir DIR`.")
                              .arg(m_lab->text()));
        return false;
    }
    m_draft->site = *site;
    m_draft->profilePath = m_profile->text().trimmed();
    RecentProfiles::add(m_draft->profilePath);
    m_draft->labStateDir = m_lab->text().trimmed();
    return true;
}

} // namespace mpio::ui
