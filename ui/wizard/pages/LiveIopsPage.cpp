#include "ui/wizard/pages/LiveIopsPage.h"

#include "core/common/AppPaths.h"
#include "core/model/SiteJson.h"

#include "core/esxi/EsxiPathStatsSource.h"
#include "core/lab/LabControlClient.h"
#include "core/lab/LabEndpoints.h"
#include "core/monitor/IopsMonitor.h"
#include "core/site/SiteConnection.h"
#include "ui/report/WizardReport.h"
#include "ui/widgets/PathLinesView.h"
#include "ui/widgets/ShareBarsView.h"
#include "ui/wizard/RecentProfiles.h"
#include "ui/wizard/WizardDraft.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace mpio::ui {

namespace {
constexpr double kWindowS = 120;
// Each host's poll ends on its own; one redraw collects the hosts that answered within this (a 16-host site
// otherwise redrew the whole chart 16 times a second).
constexpr int kRefreshCoalesceMs = 150;

QString stateBadge(const QString& state)
{
    const char* colour = state == QLatin1String("active") ? "#1b7f3b"
                         : state == QLatin1String("dead") ? "#b3261e"
                                                          : "#8a6d00";
    return QStringLiteral("<span style=\"color:%1\">●&nbsp;%2</span>")
        .arg(QLatin1String(colour), state.toHtmlEscaped());
}
} // namespace

LiveIopsPage::LiveIopsPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("liveIopsPage"));
    setTitle(tr("Live IOPS per path"));
    setSubTitle(
        tr("With Round Robin and an I/O limit of 1, every active path of a device carries an equal share."));
    m_view = new PathLinesView(kWindowS, this);
    m_hostFilter = new QComboBox(this);
    m_hostFilter->setObjectName(QStringLiteral("hostFilter"));
    m_hostFilter->setAccessibleName(tr("Host shown in the charts"));
    connect(m_hostFilter, &QComboBox::currentIndexChanged, this, &LiveIopsPage::refresh);
    m_shareBars = new ShareBarsView(this);
    m_shareBars->setMinimumHeight(190); // less and Qt Charts elides the axis labels
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshCoalesceMs);
    connect(m_refresh, &QTimer::timeout, this, &LiveIopsPage::refresh);
    m_shares = new QLabel(this);
    m_shares->setObjectName(QStringLiteral("sharesLabel"));
    m_shares->setTextFormat(Qt::RichText);
    m_shares->setWordWrap(true);
    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("pathEvents"));
    m_events->setAccessibleName(tr("Path state changes and alerts"));
    m_events->setMaximumHeight(70);
    m_workload = new QPushButton(tr("Start a &workload in the lab (2000 IOPS per host)"), this);
    m_workload->setObjectName(QStringLiteral("labWorkloadButton"));
    connect(m_workload, &QPushButton::clicked, this, &LiveIopsPage::startLabWorkload);
    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    connect(m_export, &QPushButton::clicked, this, &LiveIopsPage::chooseReportFile);
    auto* saveProfile = new QPushButton(tr("&Save the profile…"), this);
    saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    connect(saveProfile, &QPushButton::clicked, this, &LiveIopsPage::chooseProfileFile);
    auto* logs = new QPushButton(tr("Open the &log folder"), this);
    logs->setObjectName(QStringLiteral("openLogsButton"));
    logs->setToolTip(AppPaths::logDir());
    connect(logs, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(AppPaths::ensure(AppPaths::logDir()))); });
    auto* actions = new QVBoxLayout;
    actions->addWidget(m_workload);
    actions->addWidget(m_export);
    actions->addWidget(saveProfile);
    actions->addWidget(logs);
    actions->addStretch();
    auto* filter = new QFormLayout;
    auto* filterLabel = new QLabel(tr("&Host:"), this);
    filterLabel->setBuddy(m_hostFilter);
    filter->addRow(filterLabel, m_hostFilter);
    auto* readings = new QVBoxLayout;
    readings->addWidget(m_shareBars, 1);
    readings->addWidget(m_shares);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(readings, 1);
    bottom->addLayout(actions);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(m_view, 2);
    layout->addLayout(bottom);
    layout->addWidget(m_events);
    setFinalPage(true);
}

LiveIopsPage::~LiveIopsPage() = default;

void LiveIopsPage::initializePage()
{
    SiteConnection* site = m_draft->connection();
    if (!site)
        return;
    m_hostFilter->clear();
    m_hostFilter->addItem(tr("All hosts"));
    for (const HostSpec& h : m_draft->site.hosts)
        m_hostFilter->addItem(h.name, h.name);
    m_source = std::make_unique<esxi::EsxiPathStatsSource>();
    for (const HostSpec& h : m_draft->site.hosts)
        if (auto* c = site->host(h.name))
            m_source->addHost(h.name, c);
    IopsMonitor::Options options;
    options.intervalMs = 1000;
    m_monitor = std::make_unique<IopsMonitor>(m_source.get(), options);
    connect(m_monitor.get(), &IopsMonitor::hostPolled, this, &LiveIopsPage::onPolled);
    connect(m_monitor.get(), &IopsMonitor::pathChanged, this, [this](const PathEvent& e) {
        if (e.from.isEmpty())
            return;
        m_events->insertItem(0, tr("%1  %2 %3: %4 → %5")
                                    .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), e.host,
                                         e.path, e.from, e.to));
    });
    connect(m_monitor.get(), &IopsMonitor::hostFailed, this, [this](const QString& host, const Error& e) {
        m_events->insertItem(0, tr("%1: %2").arg(host, e.message));
    });
    m_monitor->start();
}

void LiveIopsPage::onPolled()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void LiveIopsPage::refresh()
{
    if (!m_monitor)
        return;
    const QString host = m_hostFilter->currentData().toString(); // empty: all hosts
    // "Now" is the newest reading: the samples carry the source's clock, which need not be the monitor's.
    qint64 newest = 0;
    for (const QString& key : m_monitor->pathKeys())
        if (const auto* series = m_monitor->series(key); series && series->size() > 0)
            newest = qMax(newest, series->last().rate.atMs);
    const double now = double(newest) / 1000.0;
    QList<PathLinesView::Line> chartLines;
    for (const QString& key : m_monitor->pathKeys()) {
        const auto* series = m_monitor->series(key);
        if (!series || series->size() == 0 || (!host.isEmpty() && key.section(u'/', 0, 0) != host))
            continue;
        // Only the window, newest first: the ring buffer holds up to 8 h per path, and walking all of it for
        // every path every second would make the chart slower the longer it runs.
        PathLinesView::Line line{key, {}};
        for (qsizetype i = series->size() - 1; i >= 0; --i) {
            const PathSample& s = series->at(i);
            const double x = double(s.rate.atMs) / 1000.0 - now;
            if (x < -kWindowS)
                break;
            line.points << QPointF(x, s.rate.iops);
        }
        std::reverse(line.points.begin(), line.points.end());
        chartLines << line;
    }
    m_view->showLines(chartLines);
    const QList<DeviceShareResult> shares = m_monitor->latestShares();
    m_shareBars->showShares(shares, host);
    QStringList lines;
    for (const DeviceShareResult& d : shares) {
        if (!host.isEmpty() && d.host != host)
            continue;
        QStringList parts;
        for (const PathShare& p : d.paths)
            parts << QStringLiteral("%1 %2 % %3")
                         .arg(p.path.toHtmlEscaped())
                         .arg(p.share * 100, 0, 'f', 0)
                         .arg(stateBadge(p.state));
        QString line = QStringLiteral("<b>%1</b> %2: %3")
                           .arg(d.host.toHtmlEscaped(), d.device.right(8).toHtmlEscaped(),
                                parts.join(QStringLiteral(", ")));
        if (d.apd)
            line +=
                QStringLiteral(" <span style=\"color:#b3261e\">⚠ %1</span>").arg(tr("all paths down (APD)"));
        else if (d.imbalanced)
            line +=
                QStringLiteral(" <span style=\"color:#8a6d00\">⚠ %1</span>").arg(d.reason.toHtmlEscaped());
        lines << line;
    }
    std::sort(lines.begin(), lines.end());
    m_shares->setText(lines.join(QStringLiteral("<br>")));
}

void LiveIopsPage::chooseReportFile()
{
    // open(), not exec(): the chart keeps updating while the dialog is up (no nested event loop).
    auto* dialog =
        new QFileDialog(this, tr("Export the as-built report"),
                        QDir::home().filePath(m_draft->site.name + QStringLiteral("-as-built.pdf")),
                        tr("PDF (*.pdf);;HTML (*.html)"));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.pdf")) ? QStringLiteral("pdf")
                                                                         : QStringLiteral("html"));
    });
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status s = exportReportTo(path);
        m_events->insertItem(0, s ? tr("Report saved: %1").arg(path) : s.error().toString());
    });
    dialog->open();
}

void LiveIopsPage::chooseProfileFile()
{
    // The profile as it was applied (with the edits made on the way), for the next audit or a re-run.
    auto* dialog = new QFileDialog(this, tr("Save the site profile"),
                                   m_draft->profilePath.isEmpty()
                                       ? QDir::home().filePath(m_draft->site.name + QStringLiteral(".json"))
                                       : m_draft->profilePath,
                                   tr("Site profiles (*.json)"));
    dialog->setObjectName(QStringLiteral("saveProfileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status s = saveProfileTo(path);
        m_events->insertItem(0, s ? tr("Profile saved: %1").arg(path) : s.error().toString());
    });
    dialog->open();
}

Status LiveIopsPage::saveProfileTo(const QString& path)
{
    const Status s = SiteJson::saveFile(m_draft->site, path);
    if (s.ok()) {
        m_draft->profilePath = path;
        RecentProfiles::add(path);
    }
    return s;
}

Status LiveIopsPage::exportReportTo(const QString& path)
{
    return WizardReport::exportTo(WizardReport::gather(*m_draft, m_monitor.get()), path);
}

void LiveIopsPage::startLabWorkload()
{
    const auto lab = LabEndpoints::load(m_draft->labStateDir);
    if (!lab) {
        m_events->insertItem(0, lab.error().message);
        return;
    }
    auto* control = new LabControlClient(lab->control.host, lab->control.port, this);
    control->send(QStringLiteral("workload"), {{QStringLiteral("iops"), 2000}},
                  [this, control](Result<QJsonObject> r) {
                      m_events->insertItem(0, r.ok() ? tr("Lab workload started: 2000 IOPS per host.")
                                                     : r.error().message);
                      control->deleteLater();
                  });
}

} // namespace mpio::ui
