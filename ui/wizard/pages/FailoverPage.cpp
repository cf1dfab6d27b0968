#include "ui/wizard/pages/FailoverPage.h"

#include "core/checks/FailoverTest.h"
#include "core/checks/LabFaultActor.h"
#include "core/esxi/EsxiPathStatsSource.h"
#include "core/lab/LabControlClient.h"
#include "core/lab/LabEndpoints.h"
#include "core/monitor/IopsMonitor.h"
#include "core/site/SiteConnection.h"
#include "ui/wizard/WizardDraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mpio::ui {

namespace {

const QColor kPending(0xee, 0xee, 0xee);
const QColor kRunning(0xff, 0xf3, 0xc4);
const QColor kPass(0xc8, 0xe6, 0xc9);
const QColor kFail(0xff, 0xcd, 0xd2);
constexpr int kLabWorkloadIops = 2000; // the same figure as `mpioctl failover-test` and the Live IOPS page

QString ms(double v)
{
    return v < 0 ? QStringLiteral("—")
                 : QCoreApplication::translate("mpio::ui::FailoverPage", "%1 ms").arg(qRound(v));
}

} // namespace

FailoverPage::FailoverPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("failoverPage"));
    setTitle(tr("Test failover"));
    setSubTitle(tr("The article's protocol, measured: path A fails, path B must carry all I/O without an "
                   "all-paths-down, and A must come back. In the lab the fault is injected for you."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("failoverStatus"));
    m_status->setWordWrap(true);
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("failoverHost"));
    m_host->setAccessibleName(tr("Host to test"));
    m_fault = new QComboBox(this);
    m_fault->setObjectName(QStringLiteral("failoverFault"));
    m_fault->setAccessibleName(tr("Fault to inject"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Fault on path A:"), m_fault);

    m_steps = new QTableWidget(0, 3, this);
    m_steps->setObjectName(QStringLiteral("failoverSteps"));
    m_steps->setAccessibleName(tr("Failover test steps"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Measured")});
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->setWordWrap(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("failoverFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_start = new QPushButton(tr("&Start the failover test"), this);
    m_start->setObjectName(QStringLiteral("failoverStartButton"));
    connect(m_start, &QPushButton::clicked, this, &FailoverPage::start);
    m_cancel = new QPushButton(tr("Ca&ncel the test"), this);
    m_cancel->setObjectName(QStringLiteral("failoverCancelButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_test) {
            m_cancel->setEnabled(false);
            m_status->setText(tr("Cancelling: mending the fault …"));
            m_test->cancel();
        }
    });
    m_skip = new QCheckBox(tr("S&kip the failover test (the report will say it was not run)"), this);
    m_skip->setObjectName(QStringLiteral("failoverSkip"));
    connect(m_skip, &QCheckBox::toggled, this, &FailoverPage::completeChanged);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_steps);
    layout->addWidget(m_figures);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

FailoverPage::~FailoverPage() = default;

void FailoverPage::initializePage()
{
    m_finished = false;
    m_host->clear();
    for (const HostSpec& h : m_draft->site.hosts)
        m_host->addItem(h.name);
    m_fault->clear();
    const PathSpec a = m_draft->site.paths.value(0);
    m_fault->addItem(tr("switch %1 down").arg(a.switchName), QStringLiteral("switch"));
    m_fault->addItem(tr("cable of the host's path-%1 uplink pulled").arg(a.name), QStringLiteral("cable"));
    m_steps->setRowCount(0);
    m_figures->clear();
    if (m_draft->labStateDir.isEmpty()) {
        // Only the lab can break a switch on command; on real hardware a person has to (issue 6).
        m_start->setEnabled(false);
        m_status->setText(tr("The guided failover test on real hardware (asking you to pull a cable) is not "
                             "built yet; it runs automatically in the lab. Skip it here."));
    } else {
        m_start->setEnabled(m_draft->site.paths.size() >= 2);
        m_status->setText(tr("Press Start: a workload of %1 IOPS per host starts in the lab, then the fault "
                             "is injected and mended automatically. It takes about half a minute.")
                              .arg(kLabWorkloadIops));
    }
    emit completeChanged();
}

void FailoverPage::cleanupPage()
{
    // Back to Verify reconnects the site: nothing of this page may keep polling the old connection.
    if (m_test && m_running)
        m_test->cancel();
    if (m_monitor)
        m_monitor->stop();
}

bool FailoverPage::isComplete() const
{
    return !m_running && (m_finished || m_skip->isChecked());
}

void FailoverPage::setStep(int index, const QString& state, const QColor& colour, const QString& detail)
{
    if (index < 0 || index >= m_steps->rowCount())
        return;
    auto* item = new QTableWidgetItem(state);
    item->setBackground(colour);
    item->setForeground(QColor(0x20, 0x20, 0x20));
    m_steps->setItem(index, 1, item);
    if (!detail.isNull())
        m_steps->setItem(index, 2, new QTableWidgetItem(detail));
    m_steps->resizeRowToContents(index);
    // As tall as its five rows: the figures below stay next to the steps.
    m_steps->setMaximumHeight(m_steps->horizontalHeader()->sizeHint().height() +
                              m_steps->verticalHeader()->length() + 2 * m_steps->frameWidth() + 2);
}

void FailoverPage::fail(const QString& message)
{
    stopRunner();
    m_running = false;
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_host->setEnabled(true);
    m_fault->setEnabled(true);
    m_status->setText(message);
    emit completeChanged();
}

void FailoverPage::stopRunner()
{
    if (m_monitor)
        m_monitor->stop();
}

void FailoverPage::start()
{
    SiteConnection* site = m_draft->connection();
    if (!site)
        return fail(tr("Not connected to the site: go back to Verify."));
    m_running = true;
    m_finished = false;
    m_start->setEnabled(false);
    m_host->setEnabled(false);
    m_fault->setEnabled(false);
    m_figures->clear();
    emit completeChanged();
    const auto lab = LabEndpoints::load(m_draft->labStateDir);
    if (!lab)
        return fail(lab.error().message);
    // A fresh runner for every run; the old one (if any) finished or was cancelled.
    m_test.reset();
    m_monitor.reset();
    m_source.reset();
    m_actor.reset();
    m_control = std::make_unique<LabControlClient>(lab->control.host, lab->control.port);
    m_actor = std::make_unique<LabFaultActor>(m_control.get());
    m_status->setText(tr("Starting a workload of %1 IOPS per host in the lab …").arg(kLabWorkloadIops));
    m_control->send(QStringLiteral("workload"), {{QStringLiteral("iops"), kLabWorkloadIops}},
                    [this](Result<QJsonObject> r) {
                        if (!r)
                            return fail(tr("Cannot start the lab workload: %1").arg(r.error().message));
                        startTest();
                    });
}

void FailoverPage::startTest()
{
    SiteConnection* site = m_draft->connection();
    if (!site)
        return fail(tr("Not connected to the site: go back to Verify."));
    const QString host = m_host->currentText();
    const HostSpec* spec = nullptr;
    for (const HostSpec& h : m_draft->site.hosts)
        if (h.name == host)
            spec = &h;
    if (!spec || m_draft->site.paths.size() < 2)
        return fail(tr("The failover test needs a host with two paths."));
    const PathSpec& a = m_draft->site.paths[0];
    const PathSpec& b = m_draft->site.paths[1];
    FailoverTest::Params params;
    params.host = host;
    // Path A and B are the device's paths to the portal IPs of the profile's first and second path.
    for (const auto& p : site->input().hosts.value(host).paths) {
        if (p.targetAddress.startsWith(a.truenasIp + QLatin1Char(':')))
            params.pathA = p.runtimeName, params.device = p.device;
        if (p.targetAddress.startsWith(b.truenasIp + QLatin1Char(':')))
            params.pathB = p.runtimeName;
    }
    if (params.pathA.isEmpty() || params.pathB.isEmpty())
        return fail(tr("%1 has no path to both %2 and %3: apply and verify first.")
                        .arg(host, a.truenasIp, b.truenasIp));
    if (m_fault->currentData().toString() == QLatin1String("cable")) {
        const HostPathSpec* hp = spec->pathFor(a.name);
        const QString vmnic = hp ? hp->vmnic : QString();
        params.fault = {FaultSpec::Kind::CablePull, host + QLatin1Char('-') + vmnic,
                        tr("cable of %1 %2 pulled").arg(host, vmnic)};
    } else {
        params.fault = {FaultSpec::Kind::SwitchDown, a.switchName, tr("switch %1 down").arg(a.switchName)};
    }

    m_source = std::make_unique<esxi::EsxiPathStatsSource>();
    m_source->addHost(host, site->host(host));
    IopsMonitor::Options options;
    options.intervalMs = 500; // as the CLI: twice the resolution of the live chart for the measured times
    m_monitor = std::make_unique<IopsMonitor>(m_source.get(), options);
    m_test = std::make_unique<FailoverTest>(m_monitor.get(), m_actor.get(), params);

    const QList<FailoverStep>& steps = m_test->result().steps;
    m_steps->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        m_steps->setItem(i, 0, new QTableWidgetItem(tr("%1. %2").arg(i + 1).arg(steps[i].title)));
        setStep(i, tr("pending"), kPending, QString());
    }
    connect(m_test.get(), &FailoverTest::stepStarted, this, [this](int i, const QString&) {
        setStep(i, tr("running …"), kRunning, QString());
        m_status->setText(tr("Step %1 of %2 running on %3 (%4) …")
                              .arg(i + 1)
                              .arg(m_steps->rowCount())
                              .arg(m_host->currentText(), m_test->result().fault));
    });
    connect(m_test.get(), &FailoverTest::stepFinished, this,
            [this](int i, bool passed, const QString& detail) {
                setStep(i, passed ? tr("✓ pass") : tr("✗ fail"), passed ? kPass : kFail, detail);
            });
    connect(m_test.get(), &FailoverTest::finished, this, &FailoverPage::onFinished);
    m_cancel->setEnabled(true);
    m_monitor->start();
    m_test->start();
}

void FailoverPage::onFinished(const FailoverResult& result)
{
    stopRunner();
    m_running = false;
    m_finished = !result.cancelled; // a cancelled run proves nothing: run it again or skip
    m_cancel->setEnabled(false);
    m_start->setEnabled(true);
    m_host->setEnabled(true);
    m_fault->setEnabled(true);
    m_draft->failoverRan = true;
    m_draft->failover = result;
    for (int i = 0; i < result.steps.size(); ++i)
        if (!result.steps[i].ran)
            setStep(i, tr("not run"), kPending, QString());
    m_figures->setText(
        tr("Fault → path A dead: %1 · → last I/O on A: %2 · → B at 100 %: %3 · longest gap in "
           "completed I/O: %4 (limit %5) · all paths down: %6 · recovery: %7 · poll interval: %8")
            .arg(ms(result.toPathDeadMs), ms(result.toLastIoOnAMs), ms(result.toBAllMs), ms(result.ioGapMs),
                 ms(FailoverThresholds{}.maxIoGapMs), result.apd ? tr("yes") : tr("no"), ms(result.recoverMs),
                 ms(result.pollIntervalMs)));
    if (result.cancelled)
        m_status->setText(tr("Cancelled; the fault was mended. Run it again or skip it."));
    else if (result.passed())
        m_status->setText(
            tr("Failover passed: path B took over without an all-paths-down and path A came back."));
    else
        m_status->setText(
            tr("Failover FAILED: see the steps marked ✗. The report records the measured figures."));
    emit completeChanged();
}

} // namespace mpio::ui
