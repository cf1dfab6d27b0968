#include "ui/wizard/SetupWizard.h"

#include "core/common/AppPaths.h"
#include "core/log/Log.h"
#include "core/model/SiteJson.h"
#include "ui/about/AboutDialog.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/RecentProfiles.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/ApplyPage.h"
#include "ui/wizard/pages/AuditPage.h"
#include "ui/wizard/pages/DiscoverPage.h"
#include "ui/wizard/pages/FailoverPage.h"
#include "ui/wizard/pages/JumboPage.h"
#include "ui/wizard/pages/LiveIopsPage.h"
#include "ui/wizard/pages/PathsPage.h"
#include "ui/wizard/pages/PlanPage.h"
#include "ui/wizard/pages/StoragePage.h"
#include "ui/wizard/pages/SystemsPage.h"
#include "ui/wizard/pages/VerifyPage.h"
#include "ui/wizard/pages/WelcomePage.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QDateTime>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>

// resources.qrc lives in the static mpio_ui library: without an explicit init the linker drops it and the
// icons are missing (Q_INIT_RESOURCE must be called outside a namespace; calling it twice is harmless).
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mpio::ui {

namespace {
const char* const kGeometryKey = "window/geometry";
} // namespace

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
    , m_draft(new WizardDraft(this))
{
    initResources();
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("mpio-wizard: iSCSI multipathing for TrueNAS and ESXi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mpio-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    resize(980, 720);
    // The window comes back where and as large as the user left it (issue 7).
    if (const QByteArray geometry = QSettings().value(QLatin1String(kGeometryKey)).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    setPage(WelcomePageId, new WelcomePage(m_draft, this));
    setPage(SystemsPageId, new SystemsPage(m_draft, this)); // the real site only (WelcomePage::nextId)
    setPage(DiscoverPageId, new DiscoverPage(m_draft, this));
    // Pages follow in id order (QWizard's default nextId); Failover (10) sits between Verify and Live IOPS.
    setPage(PathsPageId, new PathsPage(m_draft, this));
    setPage(StoragePageId, new StoragePage(m_draft, this));
    setPage(JumboPageId, new JumboPage(m_draft, this));
    setPage(PlanPageId, new PlanPage(m_draft, this));
    m_apply = new ApplyPage(m_draft, this);
    setPage(ApplyPageId, m_apply);
    setPage(VerifyPageId, new VerifyPage(m_draft, this));
    setPage(FailoverPageId, new FailoverPage(m_draft, this));
    setPage(LiveIopsPageId, new LiveIopsPage(m_draft, this));
    setPage(AuditPageId, new AuditPage(m_draft, this)); // reached from Discover when auditing only
    setStartId(WelcomePageId);

    // About (issue 8): a button on every page and F1, the platform's help key.
    setButtonText(QWizard::CustomButton1, tr("A&bout"));
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("aboutButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });
    auto* help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &SetupWizard::showAbout);
}

void SetupWizard::showAbout()
{
    // One dialog at a time; open() is window-modal without a nested event loop.
    if (auto* open = findChild<AboutDialog*>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::preset(const QString& profilePath, const QString& labStateDir)
{
    if (auto* edit = findChild<QLineEdit*>(QStringLiteral("profileEdit")); edit && !profilePath.isEmpty())
        edit->setText(profilePath);
    if (auto* edit = findChild<QLineEdit*>(QStringLiteral("labEdit")); edit && !labStateDir.isEmpty())
        edit->setText(labStateDir);
}

void SetupWizard::closeEvent(QCloseEvent* event)
{
    // An apply in progress keeps its journal; closing is allowed only after an explicit yes.
    if (m_apply->isRunning() &&
        QMessageBox::question(
            this, tr("Apply in progress"),
            tr("An apply is running. Closing stops it after the current step; the journal stays "
               "and `mpioctl resume` or `rollback` can continue from it. Close anyway?")) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry());
    QWizard::closeEvent(event);
}

void SetupWizard::keepDraft()
{
    // Nothing typed is lost (issue 7): a site edited on the way (paths, storage) and not saved as it is now
    // stays as a draft profile in the app's folder, the newest recent profile, so the next start offers it.
    const Site& site = m_draft->site;
    if (site.name.isEmpty())
        return;
    if (const auto saved = SiteJson::loadFile(m_draft->profilePath); saved && *saved == site)
        return;
    QString name = site.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    const QString path = AppPaths::ensure(AppPaths::stateDir() + QStringLiteral("/drafts")) +
                         QLatin1Char('/') + name + QLatin1Char('-') +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
                         QStringLiteral(".json");
    if (const Status s = SiteJson::saveFile(site, path); s.ok()) {
        RecentProfiles::add(path);
        Log::get("ui")->info("unsaved profile edits kept as a draft: {}", path.toStdString());
    } else {
        Log::get("ui")->warn("the draft could not be kept: {}", s.error().message.toStdString());
    }
}

void SetupWizard::done(int result)
{
    keepDraft();
    QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry()); // Finish and Cancel close it too
    QWizard::done(result);
}

} // namespace mpio::ui
