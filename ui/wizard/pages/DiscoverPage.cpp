#include "ui/wizard/pages/DiscoverPage.h"

#include "core/esxi/EsxiSnapshotJson.h"
#include "core/site/SiteConnection.h"
#include "core/truenas/TrueNasSnapshotJson.h"
#include "ui/wizard/WizardDraft.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace mpio::ui {

DiscoverPage::DiscoverPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("discoverPage"));
    setTitle(tr("Connect and discover"));
    setSubTitle(tr("Reads TrueNAS and every ESXi host. Nothing is changed."));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("discoverStatus"));
    m_status->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("discoverDetails"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("What was discovered"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_details, 1);
}

void DiscoverPage::initializePage()
{
    m_done = false;
    m_details->clear();
    m_busy->setVisible(true);
    QString error;
    SiteConnection* site = m_draft->connectSite(&error);
    if (!site) {
        m_busy->setVisible(false);
        m_status->setText(error);
        return;
    }
    connect(site, &SiteConnection::progress, m_details, &QPlainTextEdit::appendPlainText);
    m_status->setText(
        tr("Connecting to TrueNAS and %n ESXi host(s) …", nullptr, int(m_draft->site.hosts.size())));
    site->connectAndDiscover([this, site](Status s) {
        m_busy->setVisible(false);
        if (!s.ok()) {
            m_status->setText(tr("Discovery failed: %1").arg(s.error().message));
            return;
        }
        const Planner::Input in = site->input();
        m_details->clear();
        m_details->appendPlainText(TrueNasSnapshotJson::toText(in.truenas));
        for (const HostSpec& h : m_draft->site.hosts)
            m_details->appendPlainText(QLatin1Char('\n') +
                                       esxi::EsxiSnapshotJson::toText(in.hosts.value(h.name)));
        m_details->moveCursor(QTextCursor::Start);
        m_status->setText(tr("TrueNAS %1 and %n ESXi host(s) discovered.", nullptr, int(in.hosts.size()))
                              .arg(in.truenas.version));
        m_done = true;
        emit completeChanged();
    });
}

bool DiscoverPage::isComplete() const
{
    return m_done;
}

} // namespace mpio::ui
