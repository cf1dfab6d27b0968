#pragma once

#include "core/esxi/EsxiSnapshot.h"
#include "core/truenas/TrueNasSnapshot.h"

#include <QPair>
#include <QTreeWidget>

namespace mpio::ui {

// What discovery found, per system (issue 7, pages 2 and 3): TrueNAS with its version, pools (SLOG yes/no),
// NICs (link, MTU, addresses, the API's own NIC), zvols, portals, targets and the iSCSI service; each ESXi
// host with its version, vmnics (link, speed, MTU), vSwitches (MTU, uplinks), vmks (address, MTU, port
// group), the software iSCSI adapter and IQN, and the TrueNAS devices with their policy. Two columns: the
// item and its facts; a link that is down is drawn in red. Keyboard: arrows walk, left/right fold.
class DiscoveryTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DiscoveryTree(QWidget* parent = nullptr);
    // hosts: each ESXi host's name as configured (the profile's) with its snapshot, in the profile's order.
    // After a failed discovery: what answered is shown; a system that did not (TrueNAS with no version, a
    // host in `unreached`) gets one red line saying so, the reason is on the page's status.
    void showSnapshots(const TrueNasSnapshot& truenas, const QList<QPair<QString, EsxiSnapshot>>& hosts,
                       const QStringList& unreached = {});
    // The top-level item of a system ("TrueNAS" or the host's name as configured), for tests.
    QTreeWidgetItem* systemItem(const QString& name) const;
    // The facts column of the child `item` of `group` under the system, e.g. ("esx01", "vmnics", "vmnic2").
    QString facts(const QString& system, const QString& group, const QString& item) const;

private:
    void addTrueNas(const TrueNasSnapshot& t);
    void addHost(const QString& name, const EsxiSnapshot& h);
};

} // namespace mpio::ui
