#pragma once

#include "ui/wizard/FieldFindings.h"

#include <QWizardPage>

class QLabel;
class QTableView;

namespace mpio::ui {

class HostPathTableModel;
class PathTableModel;
class TopologyView;
class WizardDraft;

// [4] Map the paths: one row per path (subnet, switch, MTU, TrueNAS NIC and IP) and one per host and path
// (vmnic, vSwitch, port group, vmk, IP), from the profile, with empty host IPs allocated (IpAllocator) and
// discovery's facts in the tooltips. Every edit goes into WizardDraft::site and re-runs SiteValidator: the
// findings show at their cell and as a list; an error keeps the page from advancing. The topology picture
// follows the edits.
class PathsPage : public QWizardPage
{
    Q_OBJECT

public:
    PathsPage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The findings this page shows (fields under /paths, /hosts/<h>/paths, /managementSubnet).
    const FieldFindings& findings() const { return m_findings; }

private:
    void allocateMissingIps();
    void revalidate();
    QString describeField(const QString& field) const;

    WizardDraft* m_draft;
    PathTableModel* m_pathModel;
    HostPathTableModel* m_hostModel;
    QTableView* m_pathTable;
    QTableView* m_hostTable;
    TopologyView* m_topology;
    QLabel* m_summary;
    QLabel* m_findingsLabel;
    FieldFindings m_findings;
};

} // namespace mpio::ui
