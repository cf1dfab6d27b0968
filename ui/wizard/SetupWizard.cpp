#include "ui/wizard/SetupWizard.h"

#include "ui/wizard/PageId.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/ApplyPage.h"
#include "ui/wizard/pages/DiscoverPage.h"
#include "ui/wizard/pages/LiveIopsPage.h"
#include "ui/wizard/pages/PathsPage.h"
#include "ui/wizard/pages/PlanPage.h"
#include "ui/wizard/pages/StoragePage.h"
#include "ui/wizard/pages/VerifyPage.h"
#include "ui/wizard/pages/WelcomePage.h"

#include <QCloseEvent>
#include <QLineEdit>
#include <QMessageBox>

namespace mpio::ui {

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
    , m_draft(new WizardDraft(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("mpio-wizard: iSCSI multipathing for TrueNAS and ESXi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mpio-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    resize(980, 720);
    setPage(WelcomePageId, new WelcomePage(m_draft, this));
    setPage(DiscoverPageId, new DiscoverPage(m_draft, this));
    setPage(PathsPageId, new PathsPage(m_draft, this));
    setPage(StoragePageId, new StoragePage(m_draft, this));
    setPage(PlanPageId, new PlanPage(m_draft, this));
    m_apply = new ApplyPage(m_draft, this);
    setPage(ApplyPageId, m_apply);
    setPage(VerifyPageId, new VerifyPage(m_draft, this));
    setPage(LiveIopsPageId, new LiveIopsPage(m_draft, this));
    setStartId(WelcomePageId);
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
    QWizard::closeEvent(event);
}

} // namespace mpio::ui
