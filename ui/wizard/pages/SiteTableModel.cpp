#include "ui/wizard/pages/SiteTableModel.h"

#include "core/model/Site.h"

#include <QBrush>
#include <QPainter>
#include <QPixmap>

namespace mpio::ui {

namespace {
QPixmap marker(const QColor& colour)
{
    QPixmap pm(10, 10);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(1, 1, 8, 8);
    return pm;
}
} // namespace

SiteTableModel::SiteTableModel(Site* site, QObject* parent)
    : QAbstractTableModel(parent)
    , m_site(site)
{}

void SiteTableModel::reload()
{
    beginResetModel();
    endResetModel();
}

void SiteTableModel::setFindings(const FieldFindings& findings)
{
    m_findings = findings;
    if (rowCount({}) > 0 && columnCount({}) > 0)
        emit dataChanged(index(0, 0), index(rowCount({}) - 1, columnCount({}) - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

QModelIndex SiteTableModel::indexOf(const QString& wanted) const
{
    for (int r = 0; r < rowCount({}); ++r)
        for (int c = 0; c < columnCount({}); ++c)
            if (field(r, c) == wanted)
                return index(r, c);
    return {};
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QString f = field(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value(index.row(), index.column());
    case Qt::BackgroundRole: {
        const QColor c = FieldFindings::background(m_findings.at(f));
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::DecorationRole: {
        // A dot besides the tint: a selected cell's highlight hides the background, the dot stays.
        const QColor c = FieldFindings::background(m_findings.at(f));
        return c.isValid() ? QVariant(marker(c.darker(180))) : QVariant();
    }
    case Qt::ForegroundRole:
        // The tinted cells keep dark text, also under a dark palette.
        return FieldFindings::background(m_findings.at(f)).isValid() ? QVariant(QBrush(Qt::black))
                                                                     : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (const QString n = note(index.row(), index.column()); !n.isEmpty())
            parts << n;
        if (const QString t = FieldFindings::toolTip(m_findings.at(f)); !t.isEmpty())
            parts << t;
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QStringLiteral("\n\n")));
    }
    default:
        return {};
    }
}

bool SiteTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || field(index.row(), index.column()).isEmpty())
        return false;
    const QString text = value.toString().trimmed();
    if (text == this->value(index.row(), index.column()))
        return true;
    setValue(index.row(), index.column(), text);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags SiteTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !field(index.row(), index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString SiteTableModel::note(int, int) const
{
    return {};
}

} // namespace mpio::ui
