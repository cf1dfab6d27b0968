#include "ui/wizard/pages/DiscoverPage.h"

#include "core/esxi/EsxiSnapshotJson.h"
#include "core/site/SiteConnection.h"
#include "core/truenas/TrueNasSnapshotJson.h"
#include "ui/widgets/DiscoveryTree.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/WizardDraft.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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
    m_tree = new DiscoveryTree(this);
    m_trustText = new QLabel(this);
    m_trustText->setObjectName(QStringLiteral("trustText"));
    m_trustText->setWordWrap(true);
    m_trustText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust = new QPushButton(tr("&Trust and connect again"), this);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    connect(m_trust, &QPushButton::clicked, this, &DiscoverPage::trustAndReconnect);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_trustText);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    // The tree to read; below it the progress and the same facts as text, to copy into a ticket.
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_details, 1);
}

void DiscoverPage::initializePage()
{
    m_done = false;
    m_trustText->setVisible(false);
    m_trust->setVisible(false);
    m_details->clear();
    m_tree->clear();
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
        // What answered is shown either way; a failed system is one red line, the reason on the status.
        const Planner::Input in = site->input();
        QList<QPair<QString, EsxiSnapshot>> hosts;
        QStringList unreached;
        for (const HostSpec& h : m_draft->site.hosts) {
            if (in.hosts.contains(h.name))
                hosts.append({h.name, in.hosts.value(h.name)});
            else
                unreached << h.name;
        }
        m_tree->showSnapshots(in.truenas, hosts, unreached);
        if (!s.ok()) {
            m_status->setText(tr("Discovery failed: %1").arg(s.error().message));
            offerTrust();
            return;
        }
        m_details->clear();
        m_details->appendPlainText(TrueNasSnapshotJson::toText(in.truenas));
        for (const auto& h : std::as_const(hosts))
            m_details->appendPlainText(QLatin1Char('\n') + esxi::EsxiSnapshotJson::toText(h.second));
        m_details->moveCursor(QTextCursor::Start);
        m_status->setText(tr("TrueNAS %1 and %n ESXi host(s) discovered.", nullptr, int(in.hosts.size()))
                              .arg(in.truenas.version));
        m_done = true;
        emit completeChanged();
    });
}

int DiscoverPage::nextId() const
{
    return m_draft->auditOnly ? AuditPageId : PathsPageId;
}

bool DiscoverPage::isComplete() const
{
    return m_done;
}

void DiscoverPage::offerTrust()
{
    SiteConnection* site = m_draft->connection();
    const QList<TrustRequest> asks = site ? site->trustRequests() : QList<TrustRequest>{};
    if (asks.isEmpty())
        return;
    QStringList lines;
    for (const TrustRequest& r : asks)
        lines << (r.kind == TrustRequest::Kind::TlsCertificate
                      ? tr("TrueNAS %1:%2 — TLS certificate, SHA-256 %3")
                            .arg(r.host)
                            .arg(r.port)
                            .arg(r.fingerprint)
                      : tr("ESXi %1:%2 — host key %3, %4")
                            .arg(r.host)
                            .arg(r.port)
                            .arg(r.keyType, r.fingerprint));
    m_trustText->setText(
        tr("First contact with these systems. Compare each fingerprint with the one the system shows "
           "(TrueNAS: "
           "System → Certificates; ESXi: the console's SSH host key) before you trust it:\n%1")
            .arg(lines.join(u'\n')));
    m_trustText->setVisible(true);
    m_trust->setVisible(true);
    m_trust->setFocus();
}

void DiscoverPage::trustAndReconnect()
{
    SiteConnection* site = m_draft->connection();
    if (!site)
        return;
    for (const TrustRequest& r : site->trustRequests())
        if (const Status s = site->trust(r); !s.ok()) {
            m_status->setText(s.error().message);
            return;
        }
    initializePage(); // a new connection: now the trust stores know the keys
}

} // namespace mpio::ui
