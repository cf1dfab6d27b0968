#include "ui/wizard/pages/PathTableModel.h"

#include "core/model/Site.h"

namespace mpio::ui {

namespace {
constexpr const char* kKeys[] = {"name", "subnet", "switch", "mtu", "truenasNic", "truenasIp"};
}

int PathTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_site->paths.size());
}

int PathTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PathTableModel::field(int row, int column) const
{
    // The path name is the key hosts refer to (HostPathSpec::path): renamed in the profile, not here.
    if (column == Name)
        return {};
    return QStringLiteral("/paths/%1/%2").arg(row).arg(QLatin1String(kKeys[column]));
}

QString PathTableModel::value(int row, int column) const
{
    const PathSpec& p = m_site->paths[row];
    switch (column) {
    case Name:
        return p.name;
    case Subnet:
        return p.subnet;
    case Switch:
        return p.switchName;
    case Mtu:
        return QString::number(p.mtu);
    case TrueNasNic:
        return p.truenasNic;
    case TrueNasIp:
        return p.truenasIp;
    default:
        return {};
    }
}

void PathTableModel::setValue(int row, int column, const QString& text)
{
    PathSpec& p = m_site->paths[row];
    switch (column) {
    case Subnet:
        p.subnet = text;
        break;
    case Switch:
        p.switchName = text;
        break;
    case Mtu:
        p.mtu = text.toInt();
        break; // not a number → 0, which MTU-END-TO-END reports at the cell
    case TrueNasNic:
        p.truenasNic = text;
        break;
    case TrueNasIp:
        p.truenasIp = text;
        break;
    default:
        break;
    }
}

QString PathTableModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Path");
    case Subnet:
        return tr("Subnet");
    case Switch:
        return tr("Switch");
    case Mtu:
        return tr("MTU");
    case TrueNasNic:
        return tr("TrueNAS NIC");
    case TrueNasIp:
        return tr("TrueNAS IP (portal)");
    default:
        return {};
    }
}

QString PathTableModel::note(int row, int column) const
{
    if (column != TrueNasNic && column != TrueNasIp && column != Mtu)
        return {};
    if (m_truenas.nics.isEmpty())
        return {};
    const TrueNasSnapshot::Nic* nic = m_truenas.nic(m_site->paths[row].truenasNic);
    if (!nic)
        return tr("Discovery: TrueNAS has no interface named %1.").arg(m_site->paths[row].truenasNic);
    QStringList aliases;
    for (const auto& a : nic->staticAliases)
        aliases << QStringLiteral("%1/%2").arg(a.address).arg(a.prefix);
    return tr("Discovery: %1 link %2, MTU %3, static addresses: %4")
        .arg(nic->name, nic->linkUp ? tr("up") : tr("down"))
        .arg(nic->mtu)
        .arg(aliases.isEmpty() ? tr("none") : aliases.join(QStringLiteral(", ")));
}

} // namespace mpio::ui
