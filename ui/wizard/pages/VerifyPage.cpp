#include "ui/wizard/pages/VerifyPage.h"

#include "core/site/SiteConnection.h"
#include "ui/wizard/WizardDraft.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mpio::ui {

VerifyPage::VerifyPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify"));
    setSubTitle(
        tr("Every host should see each TrueNAS device on one active path per storage path, Round Robin with "
           "an I/O limit of 1."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("verifyTable"));
    m_table->setAccessibleName(tr("Verification per host and device"));
    m_table->setHorizontalHeaderLabels(
        {tr("Host"), tr("Device"), tr("Active paths"), tr("Policy"), tr("I/O limit"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
}

void VerifyPage::initializePage()
{
    m_verified = false;
    m_table->setRowCount(0);
    QString error;
    SiteConnection* site = m_draft->connectSite(&error); // a fresh read, not what the apply remembers
    if (!site) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Reading every host again …"));
    site->connectAndDiscover([this, site](Status s) {
        if (!s.ok()) {
            m_status->setText(tr("Verification could not read the site: %1").arg(s.error().message));
            return;
        }
        const Planner::Input in = site->input();
        const int expectedPaths = int(m_draft->site.paths.size());
        bool allGood = true;
        int rows = 0;
        for (const HostSpec& h : m_draft->site.hosts) {
            const EsxiSnapshot snap = in.hosts.value(h.name);
            bool any = false;
            for (const auto& d : snap.devices) {
                if (d.vendor != QLatin1String("TrueNAS"))
                    continue;
                any = true;
                int active = 0;
                for (const auto& p : snap.paths)
                    active += p.device == d.id && p.state == QLatin1String("active");
                const bool ok = active == expectedPaths && d.psp == m_draft->site.policy.psp &&
                                d.rrIops == m_draft->site.policy.iops;
                allGood = allGood && ok;
                m_table->insertRow(rows);
                const QStringList cells{h.name,
                                        d.id,
                                        QStringLiteral("%1 / %2").arg(active).arg(expectedPaths),
                                        d.psp,
                                        QString::number(d.rrIops),
                                        ok ? tr("✓ as planned") : tr("✗ differs")};
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells[c]);
                    item->setForeground(c == 5 ? (ok ? QColor(0x0a, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20))
                                               : QColor());
                    m_table->setItem(rows, c, item);
                }
                ++rows;
            }
            if (!any) {
                allGood = false;
                m_table->insertRow(rows);
                m_table->setItem(rows, 0, new QTableWidgetItem(h.name));
                m_table->setItem(rows, 5, new QTableWidgetItem(tr("✗ no TrueNAS device")));
                ++rows;
            }
        }
        m_verified = allGood;
        m_status->setText(allGood ? tr("Verified: every host has all %n path(s) active with Round Robin.",
                                       nullptr, expectedPaths)
                                  : tr("Not everything matches the profile; see the rows marked ✗."));
        emit completeChanged();
    });
}

bool VerifyPage::isComplete() const
{
    return m_verified;
}

} // namespace mpio::ui
