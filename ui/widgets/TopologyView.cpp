#include "ui/widgets/TopologyView.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPen>
#include <algorithm>
#include <iterator>

namespace mpio::ui {

namespace {

constexpr qreal kBoxW = 112;
constexpr qreal kBoxH = 26;
constexpr qreal kColumnGap = 44;
constexpr qreal kRowGap = 10;

qreal columnX(int column)
{
    return column * (kBoxW + kColumnGap);
}

// A labelled box; returns it so links can attach to its edges.
QGraphicsRectItem* box(QGraphicsScene* scene, const QRectF& rect, const QString& text, const QColor& border,
                       const QColor& fill)
{
    auto* item = scene->addRect(rect, QPen(border, 1.6), QBrush(fill));
    auto* label = new QGraphicsSimpleTextItem(text, item);
    QFont f = label->font();
    f.setPointSizeF(8.5);
    label->setFont(f);
    QString shown = text;
    // Long names are elided so the columns stay aligned; the full name is the tooltip.
    while (label->boundingRect().width() > rect.width() - 6 && shown.size() > 3) {
        shown.chop(1);
        label->setText(shown + QChar(0x2026));
    }
    const QRectF b = label->boundingRect();
    label->setPos(rect.center().x() - b.width() / 2, rect.center().y() - b.height() / 2);
    item->setToolTip(text);
    return item;
}

void link(QGraphicsScene* scene, QGraphicsRectItem* from, QGraphicsRectItem* to, const QColor& colour,
          bool bad)
{
    QPen pen(bad ? QColor(0xc6, 0x28, 0x28) : colour, bad ? 2.2 : 2.0);
    if (bad)
        pen.setStyle(Qt::DashLine);
    const QRectF a = from->rect();
    const QRectF b = to->rect();
    auto* line =
        scene->addLine(QLineF(QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())), pen);
    line->setZValue(-1);
}

bool hasErrorAt(const Findings& findings, const QStringList& fields)
{
    for (const Finding& f : findings)
        if (f.severity == Severity::Error && fields.contains(f.field))
            return true;
    return false;
}

} // namespace

TopologyView::TopologyView(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setAccessibleName(tr("Topology: hosts, vmks, vmnics, switches and TrueNAS NICs per path"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumHeight(140);
}

QColor TopologyView::pathColour(int index)
{
    // Distinguishable for the common colour-vision deficiencies (Okabe–Ito palette).
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
    return colours[index % int(std::size(colours))];
}

void TopologyView::setSite(const Site& site, const Findings& findings)
{
    QGraphicsScene* s = scene();
    s->clear();
    const QColor grey(0x60, 0x60, 0x60);
    const QColor paper = palette().color(QPalette::Base);

    // Column titles.
    const QStringList titles = {tr("ESXi host"), tr("vmk"),         tr("vmnic"),
                                tr("Switch"),    tr("TrueNAS NIC"), tr("TrueNAS")};
    for (int c = 0; c < titles.size(); ++c) {
        auto* t = s->addSimpleText(titles[c]);
        QFont f = t->font();
        f.setBold(true);
        f.setPointSizeF(8.5);
        t->setFont(f);
        t->setBrush(palette().color(QPalette::Text));
        t->setPos(columnX(c) + (kBoxW - t->boundingRect().width()) / 2, -kBoxH);
    }

    // Rows: one per host and path; a host box spans its rows.
    int rows = 0;
    for (const HostSpec& h : site.hosts)
        rows += std::max<int>(1, int(h.paths.size()));
    const qreal rowH = kBoxH + kRowGap;
    const qreal height = std::max<qreal>(rows, site.paths.size()) * rowH - kRowGap;

    // Switches and TrueNAS NICs, one per path, spread over the height.
    QHash<QString, QGraphicsRectItem*> switches;
    QHash<QString, int> pathIndex;
    // In a large cluster the switches and TrueNAS stay near the top, where the view opens, instead of
    // the middle of a tall picture: at most four rows per path.
    const qreal span = std::min<qreal>(height, site.paths.size() * 4 * rowH - kRowGap);
    const qreal pathStep = site.paths.isEmpty() ? 0 : span / qreal(site.paths.size());
    auto* truenas = box(s, QRectF(columnX(5), 0, kBoxW, std::max<qreal>(span, kBoxH)),
                        site.truenas.name.isEmpty() ? tr("TrueNAS") : site.truenas.name, grey, paper);
    for (int i = 0; i < site.paths.size(); ++i) {
        const PathSpec& p = site.paths[i];
        pathIndex.insert(p.name, i);
        const QColor c = pathColour(i);
        const qreal y = i * pathStep + (pathStep - kBoxH) / 2;
        const QString sw = tr("%1 (%2)").arg(p.switchName, p.name);
        auto* swBox = switches.value(p.switchName);
        if (!swBox) { // two paths on one switch share the box (NET-SWITCH-PER-PATH warns about it)
            swBox = box(s, QRectF(columnX(3), y, kBoxW, kBoxH), sw, c, paper);
            switches.insert(p.switchName, swBox);
        }
        auto* nic = box(s, QRectF(columnX(4), y - 6, kBoxW, kBoxH + 12), p.truenasNic + u'\n' + p.truenasIp,
                        c, paper);
        const QString base = QStringLiteral("/paths/%1/").arg(i);
        link(s, swBox, nic, c,
             hasErrorAt(findings, {base + QLatin1String("switch"), base + QLatin1String("truenasNic"),
                                   base + QLatin1String("mtu")}));
        link(s, nic, truenas, c,
             hasErrorAt(findings, {base + QLatin1String("truenasIp"), base + QLatin1String("subnet")}));
    }

    int row = 0;
    for (int h = 0; h < site.hosts.size(); ++h) {
        const HostSpec& host = site.hosts[h];
        const int n = std::max<int>(1, int(host.paths.size()));
        auto* hostBox =
            box(s, QRectF(columnX(0), row * rowH, kBoxW, n * rowH - kRowGap), host.name, grey, paper);
        for (int k = 0; k < host.paths.size(); ++k) {
            const HostPathSpec& hp = host.paths[k];
            const int pi = pathIndex.value(hp.path, -1);
            const QColor c = pi >= 0 ? pathColour(pi) : grey;
            const qreal y = (row + k) * rowH;
            const QString base = QStringLiteral("/hosts/%1/paths/%2/").arg(h).arg(k);
            auto* vmk = box(s, QRectF(columnX(1), y, kBoxW, kBoxH), hp.vmk + u' ' + hp.ip, c, paper);
            auto* vmnic = box(s, QRectF(columnX(2), y, kBoxW, kBoxH), hp.vmnic, c, paper);
            link(s, hostBox, vmk, c,
                 hasErrorAt(findings, {base + QLatin1String("vmk"), base + QLatin1String("ip")}));
            link(s, vmk, vmnic, c,
                 hasErrorAt(findings, {base + QLatin1String("portGroup"), base + QLatin1String("vswitch"),
                                       base + QLatin1String("vmkMtu"), base + QLatin1String("vswitchMtu")}));
            if (pi >= 0)
                link(s, vmnic, switches.value(site.paths[pi].switchName), c,
                     hasErrorAt(findings, {base + QLatin1String("vmnic"), base + QLatin1String("path")}));
        }
        row += n;
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-8, -8, 8, 8));
    fit();
}

void TopologyView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void TopologyView::fit()
{
    // Scale to fit the view (never up beyond 1:1, so text stays crisp); a large cluster is not shrunk below
    // a readable 60 % but scrolls instead.
    const QRectF r = sceneRect();
    if (r.isEmpty())
        return;
    const qreal byWidth = (viewport()->width() - 4) / r.width();
    const qreal byHeight = (viewport()->height() - 4) / r.height();
    const qreal scale = std::min({1.0, byWidth, std::max(byHeight, 0.6)});
    setTransform(QTransform::fromScale(scale, scale));
}

} // namespace mpio::ui
