#include "ui/wizard/pages/PathsPage.h"

#include "core/model/IpAllocator.h"
#include "core/site/SiteConnection.h"
#include "core/validation/SiteValidator.h"
#include "ui/widgets/LiveEditDelegate.h"
#include "ui/widgets/TopologyView.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/HostPathTableModel.h"
#include "ui/wizard/pages/PathTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace mpio::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setItemDelegate(new LiveEditDelegate(table));
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(60);
    return table;
}

// A table as tall as its rows (up to `maxRows`), so the page shows no empty grey area below two paths.
void fitHeight(QTableView* table, int maxRows)
{
    const int rows = std::min(table->model()->rowCount(), maxRows);
    int h = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < rows; ++r)
        h += table->rowHeight(r);
    table->setFixedHeight(std::max(h, table->horizontalHeader()->height() + 30));
}

} // namespace

PathsPage::PathsPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("pathsPage"));
    setTitle(tr("Map the paths"));
    setSubTitle(tr("One subnet, switch and TrueNAS NIC per path; per host one vmnic, port group and vmk per "
                   "path. Edit any cell: the rules are checked as you type."));

    m_pathModel = new PathTableModel(&m_draft->site, this);
    m_hostModel = new HostPathTableModel(&m_draft->site, this);
    m_pathTable = makeTable(m_pathModel, QStringLiteral("pathTable"), tr("Storage paths"), this);
    m_hostTable = makeTable(m_hostModel, QStringLiteral("hostPathTable"), tr("Hosts per path"), this);
    connect(m_pathModel, &SiteTableModel::edited, this, &PathsPage::revalidate);
    connect(m_hostModel, &SiteTableModel::edited, this, &PathsPage::revalidate);

    m_topology = new TopologyView(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pathsSummary"));
    m_summary->setWordWrap(true);
    m_findingsLabel = new QLabel(this);
    m_findingsLabel->setObjectName(QStringLiteral("pathFindings"));
    m_findingsLabel->setAccessibleName(tr("Findings for the paths"));
    m_findingsLabel->setWordWrap(true);
    m_findingsLabel->setTextFormat(Qt::RichText);
    m_findingsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findingsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* findingsScroll = new QScrollArea(this);
    findingsScroll->setWidget(m_findingsLabel);
    findingsScroll->setWidgetResizable(true);
    findingsScroll->setFrameShape(QFrame::NoFrame);
    findingsScroll->setMinimumHeight(70);

    auto* pathsTitle = new QLabel(tr("<b>Paths</b>"), this);
    auto* hostsTitle = new QLabel(tr("<b>ESXi hosts per path</b>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pathsTitle);
    layout->addWidget(m_pathTable);
    layout->addWidget(hostsTitle);
    layout->addWidget(m_hostTable);
    layout->addWidget(m_topology, 1);
    layout->addWidget(m_summary);
    layout->addWidget(findingsScroll);
}

void PathsPage::initializePage()
{
    if (SiteConnection* c = m_draft->connection()) {
        const Planner::Input in = c->input();
        m_pathModel->setDiscovery(in.truenas);
        m_hostModel->setDiscovery(in.hosts);
    }
    allocateMissingIps();
    m_pathModel->reload();
    m_hostModel->reloadRows();
    fitHeight(m_pathTable, 6);
    fitHeight(m_hostTable, 6); // more rows scroll; the topology takes the rest of the page
    revalidate();
}

void PathsPage::allocateMissingIps()
{
    // Empty vmk addresses are proposed per path, after the TrueNAS address (IpAllocator), around those the
    // profile already uses; the user sees them in the table and can change them.
    Site& site = m_draft->site;
    for (const PathSpec& p : site.paths) {
        const auto subnet = Ipv4Subnet::parse(p.subnet);
        const auto truenas = Ipv4Address::parse(p.truenasIp);
        if (!subnet || !truenas)
            continue;
        QList<Ipv4Address> taken;
        QList<HostPathSpec*> missing;
        for (HostSpec& h : site.hosts)
            for (HostPathSpec& hp : h.paths) {
                if (hp.path != p.name)
                    continue;
                if (hp.ip.isEmpty())
                    missing.append(&hp);
                else if (const auto ip = Ipv4Address::parse(hp.ip))
                    taken.append(*ip);
            }
        if (missing.isEmpty())
            continue;
        const auto ips = IpAllocator::allocate(*subnet, *truenas, int(missing.size()), taken);
        if (!ips)
            continue; // NET-SUBNET-CAPACITY reports a subnet that is too small
        for (int i = 0; i < missing.size() && i < ips->size(); ++i)
            missing[i]->ip = (*ips)[i].toString();
    }
}

void PathsPage::revalidate()
{
    const Site& site = m_draft->site;
    // Paths and the host rows' path fields; host names and SSH belong to the welcome page.
    static const QRegularExpression mine(
        QStringLiteral("^/(paths(/|$)|managementSubnet$|hosts/\\d+/paths(/|$))"));
    m_findings = FieldFindings();
    for (const Finding& f : SiteValidator::validate(site))
        if (mine.match(f.field).hasMatch())
            m_findings.append(f);
    m_pathModel->setFindings(m_findings);
    m_hostModel->setFindings(m_findings);
    m_topology->setSite(site, m_findings.all());

    const Findings& all = m_findings.all();
    const int errors = countOf(all, Severity::Error);
    const int warnings = countOf(all, Severity::Warning);
    if (errors > 0)
        m_summary->setText(
            tr("<span style=\"color:#b71c1c\"><b>%n error(s)</b></span> to fix before going on "
               "(the cells are marked; hover for the rule and the fix).",
               nullptr, errors));
    else if (warnings > 0)
        m_summary->setText(tr("No errors; %n warning(s) to consider.", nullptr, warnings));
    else
        m_summary->setText(tr("All path rules pass (guidance §1–§3)."));
    m_findingsLabel->setText(FieldFindings::html(all, [this](const QString& f) { return describeField(f); }));
    emit completeChanged();
}

QString PathsPage::describeField(const QString& field) const
{
    // "/paths/1/subnet" → "Path B · subnet"; "/hosts/0/paths/1/ip" → "esx01 · path B · ip".
    const Site& site = m_draft->site;
    const QStringList parts = field.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts[0] == QLatin1String("paths")) {
        const int i = parts[1].toInt();
        const QString name = i < site.paths.size() ? site.paths[i].name : parts[1];
        return parts.size() >= 3 ? tr("Path %1 · %2").arg(name, parts[2]) : tr("Path %1").arg(name);
    }
    if (parts.size() >= 3 && parts[0] == QLatin1String("hosts")) {
        const int h = parts[1].toInt();
        const QString host = h < site.hosts.size() ? site.hosts[h].name : parts[1];
        if (parts.size() >= 5) {
            const int k = parts[3].toInt();
            const QString path = h < site.hosts.size() && k < site.hosts[h].paths.size()
                                     ? site.hosts[h].paths[k].path
                                     : parts[3];
            return tr("%1 · path %2 · %3").arg(host, path, parts[4]);
        }
        return tr("%1 · paths").arg(host);
    }
    if (field == QLatin1String("/paths"))
        return tr("Paths");
    return field;
}

bool PathsPage::isComplete() const
{
    return !m_findings.hasErrors();
}

bool PathsPage::validatePage()
{
    // isComplete() greys out Next; QWizard::next() (Enter, scripts, tests) asks validatePage() only.
    return isComplete();
}

} // namespace mpio::ui
