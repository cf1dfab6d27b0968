#pragma once

#include "core/truenas/TrueNasSnapshot.h"
#include "ui/wizard/pages/SiteTableModel.h"

namespace mpio::ui {

// One row per storage path: name, subnet, switch, MTU, TrueNAS NIC and IP (the portal IP of the path).
// Cells are the profile's /paths/<i>/<key> fields; the tooltip adds what discovery saw on that TrueNAS NIC.
class PathTableModel : public SiteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Subnet,
        Switch,
        Mtu,
        TrueNasNic,
        TrueNasIp,
        ColumnCount
    };

    using SiteTableModel::SiteTableModel;
    void setDiscovery(const TrueNasSnapshot& truenas) { m_truenas = truenas; }

    int rowCount(const QModelIndex& parent) const override;
    int columnCount(const QModelIndex& parent) const override;

protected:
    QString field(int row, int column) const override;
    QString value(int row, int column) const override;
    void setValue(int row, int column, const QString& text) override;
    QString header(int column) const override;
    QString note(int row, int column) const override;

private:
    TrueNasSnapshot m_truenas;
};

} // namespace mpio::ui
