#include "ui/wizard/SetupWizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace mpio::ui {

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("mpio-wizard: iSCSI multipathing for TrueNAS and ESXi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mpio-wizard.svg")));
    auto* welcome = new QWizardPage(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    welcome->setTitle(tr("Welcome"));
    auto* layout = new QVBoxLayout(welcome);
    auto* text = new QLabel(tr("This wizard sets up iSCSI multipath I/O between TrueNAS SCALE and VMware ESXi, "
                               "checks jumbo frames on every path, and ends on a live chart of per-path IOPS."),
                            welcome);
    text->setWordWrap(true);
    layout->addWidget(text);
    addPage(welcome);
}

} // namespace mpio::ui
