#include "ui/wizard/pages/HostPathTableModel.h"

#include "core/model/Site.h"

namespace mpio::ui {

namespace {
constexpr const char* kKeys[] = {"", "path", "vmnic", "vswitch", "portGroup", "vmk", "ip"};
}

void HostPathTableModel::reloadRows()
{
    beginResetModel();
    m_rows.clear();
    for (int h = 0; h < m_site->hosts.size(); ++h)
        for (int k = 0; k < m_site->hosts[h].paths.size(); ++k)
            m_rows.append({h, k});
    endResetModel();
}

int HostPathTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostPathTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostPathTableModel::field(int row, int column) const
{
    // Host and path say where the row belongs; they are not edited here.
    if (column == Host || column == Path)
        return {};
    const auto [h, k] = m_rows[row];
    return QStringLiteral("/hosts/%1/paths/%2/%3").arg(h).arg(k).arg(QLatin1String(kKeys[column]));
}

QString HostPathTableModel::value(int row, int column) const
{
    const auto [h, k] = m_rows[row];
    const HostSpec& host = m_site->hosts[h];
    const HostPathSpec& hp = host.paths[k];
    switch (column) {
    case Host:
        return host.name;
    case Path:
        return hp.path;
    case Vmnic:
        return hp.vmnic;
    case Vswitch:
        return hp.vswitch;
    case PortGroup:
        return hp.portGroup;
    case Vmk:
        return hp.vmk;
    case Ip:
        return hp.ip;
    default:
        return {};
    }
}

void HostPathTableModel::setValue(int row, int column, const QString& text)
{
    const auto [h, k] = m_rows[row];
    HostPathSpec& hp = m_site->hosts[h].paths[k];
    switch (column) {
    case Vmnic:
        hp.vmnic = text;
        break;
    case Vswitch:
        hp.vswitch = text;
        break;
    case PortGroup:
        hp.portGroup = text;
        break;
    case Vmk:
        hp.vmk = text;
        break;
    case Ip:
        hp.ip = text;
        break;
    default:
        break;
    }
}

QString HostPathTableModel::header(int column) const
{
    switch (column) {
    case Host:
        return tr("Host");
    case Path:
        return tr("Path");
    case Vmnic:
        return tr("vmnic");
    case Vswitch:
        return tr("vSwitch");
    case PortGroup:
        return tr("Port group");
    case Vmk:
        return tr("vmk");
    case Ip:
        return tr("IP");
    default:
        return {};
    }
}

QString HostPathTableModel::note(int row, int column) const
{
    const auto [h, k] = m_rows[row];
    const HostSpec& host = m_site->hosts[h];
    if (!m_hosts.contains(host.name))
        return {};
    const EsxiSnapshot& snap = m_hosts[host.name];
    const HostPathSpec& hp = host.paths[k];
    switch (column) {
    case Vmnic:
        if (const auto* n = snap.vmnic(hp.vmnic))
            return tr("Discovery: %1 link %2, %3 Mb/s, MTU %4")
                .arg(n->name, n->linkUp ? tr("up") : tr("down"))
                .arg(n->speedMbps)
                .arg(n->mtu);
        return tr("Discovery: %1 has no %2.").arg(host.name, hp.vmnic);
    case Vswitch:
        if (const auto* v = snap.vswitch(hp.vswitch))
            return tr("Discovery: %1 exists, MTU %2, uplinks %3")
                .arg(v->name)
                .arg(v->mtu)
                .arg(v->uplinks.join(QStringLiteral(", ")));
        return tr("Discovery: %1 does not exist yet; the plan creates it.").arg(hp.vswitch);
    case Vmk:
    case Ip:
        if (const auto* v = snap.vmk(hp.vmk))
            return tr("Discovery: %1 on %2, %3, MTU %4")
                .arg(v->name, v->portGroup, v->ipv4.isEmpty() ? tr("no IPv4") : v->ipv4)
                .arg(v->mtu);
        return tr("Discovery: %1 does not exist yet; the plan creates it.").arg(hp.vmk);
    default:
        return {};
    }
}

} // namespace mpio::ui
