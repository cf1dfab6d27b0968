#include "ui/wizard/pages/JumboPage.h"

#include "core/checks/JumboDiagnosis.h"
#include "core/checks/JumboMatrix.h"
#include "core/esxi/text/VmkpingText.h"
#include "core/site/SiteConnection.h"
#include "ui/wizard/WizardDraft.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mpio::ui {

namespace {

const QColor kPending(0xee, 0xee, 0xee);
const QColor kMissing(0xd6, 0xd6, 0xd6);
const QColor kPass(0xc8, 0xe6, 0xc9);
const QColor kIsolated(0xe3, 0xf2, 0xe4);
const QColor kWarn(0xff, 0xe0, 0xb2);
const QColor kFail(0xff, 0xcd, 0xd2);

QString key(const QString& host, const QString& vmk)
{
    return host + QLatin1Char('/') + vmk;
}

} // namespace

JumboPage::JumboPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("jumboPage"));
    setTitle(tr("Check jumbo frames"));
    setSubTitle(tr("Every storage vmk pings every TrueNAS portal IP with 9000-byte frames that must not be "
                   "fragmented (vmkping -d -s 8972). Same-path cells must pass; cross-path cells should "
                   "get no answer."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jumboStatus"));
    m_status->setWordWrap(true);
    m_grid = new QTableWidget(0, 0, this);
    m_grid->setObjectName(QStringLiteral("jumboGrid"));
    m_grid->setAccessibleName(tr("Jumbo frame matrix: one row per host and vmk, one column per portal IP"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    // The clicked cell keeps its verdict colour under a light tint instead of the opaque highlight.
    m_grid->setStyleSheet(QStringLiteral(
        "QTableWidget { selection-background-color: rgba(0, 114, 178, 70); selection-color: #202020; }"));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_grid, &QTableWidget::cellClicked, this, &JumboPage::showDetail);
    connect(m_grid, &QTableWidget::currentCellChanged, this,
            [this](int row, int column) { showDetail(row, column); });
    m_detail = new QLabel(tr("Click a cell for its diagnosis."), this);
    m_detail->setObjectName(QStringLiteral("jumboDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix = new QLabel(this);
    m_fix->setObjectName(QStringLiteral("jumboFix"));
    m_fix->setWordWrap(true);
    m_fix->setFrameShape(QFrame::StyledPanel);
    m_fix->setMargin(6);
    m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setVisible(false);
    m_rerun = new QPushButton(tr("&Run the check again"), this);
    m_rerun->setObjectName(QStringLiteral("jumboRerunButton"));
    connect(m_rerun, &QPushButton::clicked, this, &JumboPage::rerun);
    // The override is explicit (issue 7: "a failing gate explains what to fix"): it only appears when the
    // gate failed, and it is cleared by every new run.
    m_override = new QCheckBox(
        tr("C&ontinue anyway: I accept that storage traffic on the failing path may stall or fragment"),
        this);
    m_override->setObjectName(QStringLiteral("jumboOverride"));
    m_override->setVisible(false);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_draft->jumboOverridden = on;
        emit completeChanged();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_override, 1);
    buttons->addWidget(m_rerun);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_grid);
    layout->addWidget(m_detail);
    layout->addWidget(m_fix);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

JumboPage::~JumboPage() = default;

void JumboPage::initializePage()
{
    // Discovery just ran on the previous page: its connection (and what it saw) is reused for the first run.
    if (SiteConnection* site = m_draft->connection())
        runOn(site);
    else
        rerun();
}

void JumboPage::cleanupPage()
{
    // Back to Discover replaces the connection: a run in flight must not touch the old one again.
    ++m_generation;
    m_matrix.reset();
    m_running = false;
    m_rerun->setEnabled(true);
}

bool JumboPage::isComplete() const
{
    return !m_running && (m_passed || m_nothingToCheck || m_override->isChecked());
}

void JumboPage::rerun()
{
    // A fresh connection and discovery: the user may have fixed an MTU or created a vmk in between.
    ++m_generation;
    m_matrix.reset();
    m_running = true;
    m_override->setChecked(false);
    m_rerun->setEnabled(false);
    emit completeChanged();
    m_status->setText(tr("Reading the hosts again …"));
    QString error;
    SiteConnection* site = m_draft->connectSite(&error);
    if (!site) {
        m_running = false;
        m_rerun->setEnabled(true);
        m_status->setText(error);
        return;
    }
    const int generation = m_generation;
    site->connectAndDiscover([this, site, generation](Status s) {
        if (generation != m_generation)
            return;
        if (!s.ok()) {
            m_running = false;
            m_rerun->setEnabled(true);
            m_status->setText(tr("Cannot read the hosts: %1").arg(s.error().message));
            return;
        }
        runOn(site);
    });
}

void JumboPage::runOn(SiteConnection* site)
{
    ++m_generation;
    m_running = true;
    m_passed = false;
    m_nothingToCheck = false;
    m_override->setChecked(false);
    m_override->setVisible(false);
    m_fix->setVisible(false);
    m_rerun->setEnabled(false);
    m_detail->setText(tr("Click a cell for its diagnosis."));
    emit completeChanged();

    const Planner::Input in = site->input();
    m_missing.clear();
    for (const HostSpec& h : m_draft->site.hosts) {
        const EsxiSnapshot snap = in.hosts.value(h.name);
        for (const HostPathSpec& hp : h.paths)
            if (!snap.vmk(hp.vmk))
                m_missing.insert(key(h.name, hp.vmk));
    }

    const int generation = m_generation;
    QPointer<JumboPage> self(this);
    // Replies of an older run (or after the page is gone) are dropped; a vmk that does not exist is not
    // pinged, its cell stays "not checked" and the gate below leaves it out.
    auto ping = [self, generation, inner = site->jumboPing()](const QString& host, const QString& vmk,
                                                              const QString& ip, int size,
                                                              std::function<void(PingOutcome)> done) {
        auto reply = [self, generation, done](PingOutcome outcome) {
            if (self && self->m_generation == generation)
                done(outcome);
        };
        if (self->m_missing.contains(key(host, vmk))) {
            QTimer::singleShot(0, self, [reply] { reply(PingOutcome{}); });
            return;
        }
        inner(host, vmk, ip, size, reply); // the gate's exact vmkping (SiteConnection, MTU-JUMBO-CHECK)
    };
    m_matrix = std::make_unique<JumboMatrix>(m_draft->site, ping);
    connect(m_matrix.get(), &JumboMatrix::cellChanged, this, &JumboPage::onCellChanged);
    connect(m_matrix.get(), &JumboMatrix::finished, this, &JumboPage::onFinished);
    buildGrid();
    m_clock.start();
    m_status->setText(
        tr("Pinging %n cell(s) on every host at once …", nullptr, int(m_matrix->cells().size())));
    m_matrix->start();
}

void JumboPage::buildGrid()
{
    m_rows.clear();
    m_columns.clear();
    QStringList rowLabels;
    QStringList columnLabels;
    for (const HostSpec& h : m_draft->site.hosts)
        for (const HostPathSpec& hp : h.paths) {
            m_rows << key(h.name, hp.vmk);
            rowLabels << tr("%1 %2 (path %3)").arg(h.name, hp.vmk, hp.path);
        }
    for (const PathSpec& p : m_draft->site.paths) {
        m_columns << p.truenasIp;
        columnLabels << tr("%1 (path %2)").arg(p.truenasIp, p.name);
    }
    m_grid->clear();
    m_grid->setRowCount(int(m_rows.size()));
    m_grid->setColumnCount(int(m_columns.size()));
    m_grid->setVerticalHeaderLabels(rowLabels);
    m_grid->setHorizontalHeaderLabels(columnLabels);
    for (int i = 0; i < m_matrix->cells().size(); ++i)
        onCellChanged(i);
    // As tall as its rows (a small site leaves no empty box); a large one scrolls within the page.
    m_grid->resizeRowsToContents();
    const int height = m_grid->horizontalHeader()->sizeHint().height() + m_grid->verticalHeader()->length() +
                       2 * m_grid->frameWidth() + 2;
    m_grid->setMaximumHeight(height);
}

int JumboPage::rowOf(const QString& host, const QString& vmk) const
{
    return int(m_rows.indexOf(key(host, vmk)));
}

bool JumboPage::isMissing(int index) const
{
    const JumboCell& c = m_matrix->cells().at(index);
    return m_missing.contains(key(c.host, c.vmk));
}

void JumboPage::onCellChanged(int index)
{
    const JumboCell& c = m_matrix->cells().at(index);
    const int row = rowOf(c.host, c.vmk);
    const int column = int(m_columns.indexOf(c.portalIp));
    if (row < 0 || column < 0)
        return;
    QString text;
    QColor colour = kPending;
    QString tip = c.diagnosis;
    if (isMissing(index)) {
        text = tr("not created yet");
        colour = kMissing;
        tip = tr("%1 does not exist on %2 yet: the apply creates it.").arg(c.vmk, c.host);
    } else {
        switch (c.verdict) {
        case JumboCell::Verdict::Pending:
            text = c.jumbo.ran ? tr("… trying 1500 bytes") : tr("… pinging");
            break;
        case JumboCell::Verdict::Pass:
            text = c.samePath() ? tr("✓ jumbo frames pass") : tr("✓ isolated (no answer)");
            colour = c.samePath() ? kPass : kIsolated;
            break;
        case JumboCell::Verdict::Warn:
            text = c.samePath() ? tr("⚠ some frames lost") : tr("⚠ reachable across paths");
            colour = kWarn;
            break;
        case JumboCell::Verdict::Fail:
            switch (c.jumbo.error) {
            case PingOutcome::Error::MessageTooLong:
                text = tr("✗ vmk MTU too small");
                break;
            case PingOutcome::Error::HostDown:
                text = tr("✗ host down (no ARP)");
                break;
            case PingOutcome::Error::NetworkUnreachable:
                text = tr("✗ no route");
                break;
            case PingOutcome::Error::Other:
            case PingOutcome::Error::None:
                text = c.small.anyReply() ? tr("✗ only 1500 bytes pass") : tr("✗ no answer");
                break;
            }
            colour = kFail;
            break;
        }
    }
    auto* item = new QTableWidgetItem(text);
    item->setBackground(colour);
    item->setForeground(QColor(0x20, 0x20, 0x20)); // readable on the light cell colours in dark themes too
    item->setTextAlignment(Qt::AlignCenter);
    item->setToolTip(tip.isEmpty() ? text : tip);
    m_grid->setItem(row, column, item);
    if (m_grid->currentRow() == row && m_grid->currentColumn() == column)
        showDetail(row, column);
}

void JumboPage::onFinished()
{
    m_running = false;
    m_rerun->setEnabled(true);
    const QList<JumboCell>& cells = m_matrix->cells();
    m_draft->jumboCells = cells;
    QList<JumboCell> checked;
    QStringList missingNames;
    for (int i = 0; i < cells.size(); ++i) {
        if (!isMissing(i))
            checked << cells[i];
        else if (!missingNames.contains(key(cells[i].host, cells[i].vmk)))
            missingNames << key(cells[i].host, cells[i].vmk);
    }
    const QString seconds = QString::number(double(m_clock.elapsed()) / 1000.0, 'f', 1);
    const QString notCreated = missingNames.isEmpty()
                                   ? QString()
                                   : QLatin1Char(' ') + tr("Not pinged because they do not exist yet: %1.")
                                                            .arg(missingNames.join(QStringLiteral(", ")));
    if (checked.isEmpty()) {
        // A site before its apply: nothing to ping, so there is no gate to pass or fail (and no override).
        m_nothingToCheck = true;
        m_status->setText(
            tr("Nothing to ping yet: the storage vmks do not exist on the hosts. The apply creates "
               "them; after it, `mpioctl check-jumbo` runs this check.") +
            notCreated);
        emit completeChanged();
        return;
    }
    m_passed = JumboDiagnosis::gate(checked, nullptr);
    // What to fix, grouped by diagnosis: the same broken hop shows up once with every cell it breaks.
    QStringList order;
    QHash<QString, QStringList> where;
    for (const JumboCell& c : checked) {
        const bool blocking =
            c.samePath() && c.verdict != JumboCell::Verdict::Pass && c.verdict != JumboCell::Verdict::Warn;
        if (!blocking && c.verdict != JumboCell::Verdict::Warn)
            continue;
        const QString why = c.diagnosis.isEmpty() ? tr("This cell was not checked.") : c.diagnosis;
        if (!where.contains(why))
            order << why;
        where[why] << tr("%1 %2 → %3").arg(c.host, c.vmk, c.portalIp);
    }
    QStringList lines;
    for (const QString& why : order)
        lines << QStringLiteral("• %1: %2").arg(where.value(why).join(QStringLiteral(", ")), why);
    if (m_passed) {
        m_status->setText(
            tr("Jumbo frames pass on every path (%n cell(s) checked in %1 s).", nullptr, int(checked.size()))
                .arg(seconds) +
            notCreated);
        m_fix->setText(lines.isEmpty() ? QString()
                                       : tr("Worth a look:") + QLatin1Char('\n') + lines.join(u'\n'));
        m_fix->setVisible(!lines.isEmpty());
    } else {
        m_status->setText(
            tr("The jumbo check failed (MTU-JUMBO-CHECK): storage traffic needs 9000-byte frames "
               "end to end on every path.") +
            notCreated);
        m_fix->setText(tr("What to fix:") + QLatin1Char('\n') + lines.join(u'\n') + QLatin1Char('\n') +
                       tr("Fix the hop named, then press “Run the check again”. To go on without a passing "
                          "check, tick “Continue anyway”."));
        m_fix->setVisible(true);
        m_override->setVisible(true);
    }
    emit completeChanged();
}

void JumboPage::showDetail(int row, int column)
{
    if (!m_matrix || row < 0 || column < 0 || column >= m_columns.size())
        return;
    const int index = row * int(m_columns.size()) + column;
    if (index >= m_matrix->cells().size())
        return;
    const JumboCell& c = m_matrix->cells().at(index);
    auto pings = [](const PingOutcome& p, int bytes) {
        return p.ran ? tr("%1 bytes: %2 of %3 back").arg(bytes).arg(p.received).arg(p.sent) +
                           (p.errorText.isEmpty() ? QString() : QStringLiteral(" (") + p.errorText + u')')
                     : QString();
    };
    QStringList figures;
    for (const QString& f : {pings(c.jumbo, 9000), pings(c.small, 1500)})
        if (!f.isEmpty())
            figures << f;
    QString verdict = tr("not created yet");
    if (!isMissing(index))
        switch (c.verdict) {
        case JumboCell::Verdict::Pending:
            verdict = tr("pending");
            break;
        case JumboCell::Verdict::Pass:
            verdict = tr("pass");
            break;
        case JumboCell::Verdict::Warn:
            verdict = tr("warning");
            break;
        case JumboCell::Verdict::Fail:
            verdict = tr("fail");
            break;
        }
    m_detail->setText(
        tr("%1 %2 (path %3) → %4 (path %5): %6%7")
            .arg(c.host, c.vmk, c.vmkPath, c.portalIp, c.portalPath, verdict.toUpper(),
                 c.ruleId.isEmpty() ? QString() : QStringLiteral(" [") + c.ruleId + u']') +
        (c.diagnosis.isEmpty() ? QString() : QLatin1Char('\n') + c.diagnosis) +
        (figures.isEmpty() ? QString() : QLatin1Char('\n') + figures.join(QStringLiteral("; "))));
}

} // namespace mpio::ui
