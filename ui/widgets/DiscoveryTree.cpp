#include "ui/widgets/DiscoveryTree.h"

#include <QHeaderView>
#include <QLocale>

namespace mpio::ui {

namespace {

constexpr int kSystemRole = Qt::UserRole + 1; // the system's key on top-level items

QTreeWidgetItem* add(QTreeWidgetItem* parent, const QString& item, const QString& facts)
{
    return new QTreeWidgetItem(parent, {item, facts});
}

QTreeWidgetItem* group(QTreeWidgetItem* parent, const QString& name, qsizetype count)
{
    auto* g = add(parent, name, QString::number(count));
    g->setExpanded(true);
    return g;
}

void markDown(QTreeWidgetItem* item)
{
    for (int c = 0; c < 2; ++c)
        item->setForeground(c, QColor(0xb3, 0x26, 0x1e));
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DiscoveryTree::DiscoveryTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("discoveryTree"));
    setAccessibleName(tr("What was discovered, per system"));
    setColumnCount(2);
    setHeaderLabels({tr("Item"), tr("Facts")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
}

void DiscoveryTree::showSnapshots(const TrueNasSnapshot& truenas,
                                  const QList<QPair<QString, EsxiSnapshot>>& hosts,
                                  const QStringList& unreached)
{
    clear();
    if (truenas.version.isEmpty()) {
        auto* item = new QTreeWidgetItem(this, {tr("TrueNAS"), tr("not discovered")});
        item->setData(0, kSystemRole, QStringLiteral("TrueNAS"));
        markDown(item);
    } else {
        addTrueNas(truenas);
    }
    for (const auto& [name, snapshot] : hosts)
        addHost(name, snapshot);
    for (const QString& name : unreached) {
        auto* item = new QTreeWidgetItem(this, {tr("ESXi %1").arg(name), tr("not discovered")});
        item->setData(0, kSystemRole, name);
        markDown(item);
    }
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

void DiscoveryTree::addTrueNas(const TrueNasSnapshot& t)
{
    auto* top =
        new QTreeWidgetItem(this, {t.hostname.isEmpty() ? tr("TrueNAS") : tr("TrueNAS %1").arg(t.hostname),
                                   tr("version %1 at %2").arg(t.version, t.host)});
    top->setData(0, kSystemRole, QStringLiteral("TrueNAS"));
    top->setExpanded(true);
    auto* pools = group(top, tr("Pools"), t.pools.size());
    for (const auto& p : t.pools)
        add(pools, p.name,
            tr("%1, %2 free of %3, SLOG: %4")
                .arg(p.status, bytes(p.free), bytes(p.size),
                     p.hasSlog ? p.slogVdevs.join(QStringLiteral(", ")) : tr("none")));
    auto* nics = group(top, tr("NICs"), t.nics.size());
    for (const auto& n : t.nics) {
        QStringList addresses;
        for (const auto& a : n.staticAliases)
            addresses << QStringLiteral("%1/%2").arg(a.address).arg(a.prefix);
        QString facts = tr("link %1, MTU %2").arg(n.linkUp ? tr("up") : tr("down")).arg(n.mtu);
        if (!addresses.isEmpty())
            facts += QStringLiteral(", ") + addresses.join(QStringLiteral(", "));
        if (n.carriesApi)
            facts += QStringLiteral(" — ") + tr("carries this connection: never changed (TN-NET-CHECKIN)");
        auto* item = add(nics, n.name, facts);
        if (!n.linkUp)
            markDown(item);
    }
    auto* zvols = group(top, tr("Zvols"), t.zvols.size());
    for (const auto& z : t.zvols)
        add(zvols, z.name,
            tr("%1, volblocksize %2, sync %3, compression %4")
                .arg(bytes(z.volsize), z.volblocksize, z.sync, z.compression));
    auto* portals = group(top, tr("Portals"), t.portals.size());
    for (const auto& p : t.portals)
        add(portals, QStringLiteral("%1").arg(p.id),
            QStringLiteral("%1 :%2").arg(p.ips.join(QStringLiteral(", "))).arg(p.port));
    auto* targets = group(top, tr("Targets"), t.targets.size());
    for (const auto& tg : t.targets)
        add(targets, tg.name, tg.iqn);
    add(top, tr("iSCSI service"),
        tr("%1, %2").arg(t.serviceState,
                         t.serviceEnabled ? tr("starts at boot") : tr("not started at boot")));
}

void DiscoveryTree::addHost(const QString& name, const EsxiSnapshot& h)
{
    auto* top =
        new QTreeWidgetItem(this, {tr("ESXi %1").arg(name),
                                   tr("%1 at %2").arg(h.product.isEmpty() ? h.version : h.product, h.host)});
    top->setData(0, kSystemRole, name);
    top->setExpanded(true);
    auto* vmnics = group(top, tr("vmnics"), h.vmnics.size());
    for (const auto& n : h.vmnics) {
        auto* item = add(vmnics, n.name,
                         n.linkUp ? tr("link up, %1 Mb/s, MTU %2").arg(n.speedMbps).arg(n.mtu)
                                  : tr("link down, MTU %1").arg(n.mtu));
        if (!n.linkUp)
            markDown(item);
    }
    auto* vswitches = group(top, tr("vSwitches"), h.vswitches.size());
    for (const auto& v : h.vswitches)
        add(vswitches, v.name,
            tr("MTU %1, uplinks %2").arg(v.mtu).arg(v.uplinks.isEmpty() ? tr("none") : v.uplinks.join(u' ')));
    auto* vmks = group(top, tr("vmks"), h.vmks.size());
    for (const auto& k : h.vmks)
        add(vmks, k.name,
            tr("%1, MTU %2, port group %3")
                .arg(k.ipv4.isEmpty() ? tr("no address") : QStringLiteral("%1/%2").arg(k.ipv4, k.netmask))
                .arg(k.mtu)
                .arg(k.portGroup));
    add(top, tr("Software iSCSI"),
        h.iscsi.enabled ? QStringLiteral("%1, %2").arg(h.iscsi.name, h.iscsi.iqn) : tr("not enabled"));
    auto* devices = group(top, tr("TrueNAS devices"), h.devices.size());
    for (const auto& d : h.devices) {
        int paths = 0;
        for (const auto& p : h.paths)
            paths += p.device == d.id ? 1 : 0;
        add(devices, d.id,
            tr("%n path(s), %1 %2", nullptr, paths)
                .arg(d.psp,
                     d.rrType == QLatin1String("iops") ? QStringLiteral("iops=%1").arg(d.rrIops) : d.rrType));
    }
}

QTreeWidgetItem* DiscoveryTree::systemItem(const QString& name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, kSystemRole).toString() == name)
            return topLevelItem(i);
    return nullptr;
}

QString DiscoveryTree::facts(const QString& system, const QString& groupName, const QString& item) const
{
    const QTreeWidgetItem* top = systemItem(system);
    for (int g = 0; top && g < top->childCount(); ++g) {
        const QTreeWidgetItem* grp = top->child(g);
        if (grp->text(0) != groupName)
            continue;
        for (int i = 0; i < grp->childCount(); ++i)
            if (grp->child(i)->text(0) == item)
                return grp->child(i)->text(1);
    }
    return {};
}

} // namespace mpio::ui
