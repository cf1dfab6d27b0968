#pragma once

#include "core/esxi/EsxiSnapshot.h"
#include "ui/wizard/pages/SiteTableModel.h"

#include <QHash>
#include <QPair>

namespace mpio::ui {

// One row per host and path: the vmnic (the only active uplink, ESX-ONE-ACTIVE-UPLINK), vSwitch, port
// group, vmk and its IP. Cells are the profile's /hosts/<h>/paths/<k>/<key> fields; the tooltip adds what
// discovery saw on that host.
class HostPathTableModel : public SiteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Host,
        Path,
        Vmnic,
        Vswitch,
        PortGroup,
        Vmk,
        Ip,
        ColumnCount
    };

    using SiteTableModel::SiteTableModel;
    void setDiscovery(const QHash<QString, EsxiSnapshot>& hosts) { m_hosts = hosts; }
    void reloadRows();

    int rowCount(const QModelIndex& parent) const override;
    int columnCount(const QModelIndex& parent) const override;
    // Host and host-path index of a row.
    QPair<int, int> position(int row) const { return m_rows.value(row); }

protected:
    QString field(int row, int column) const override;
    QString value(int row, int column) const override;
    void setValue(int row, int column, const QString& text) override;
    QString header(int column) const override;
    QString note(int row, int column) const override;

private:
    QList<QPair<int, int>> m_rows;
    QHash<QString, EsxiSnapshot> m_hosts;
};

} // namespace mpio::ui
