#include "ui/widgets/ShareBarsView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QHorizontalPercentBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace mpio::ui {

ShareBarsView::ShareBarsView(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_bars = new QHorizontalPercentBarSeries(chart);
    chart->addSeries(m_bars);
    m_categories = new QBarCategoryAxis(chart);
    chart->addAxis(m_categories, Qt::AlignLeft);
    m_bars->attachAxis(m_categories);
    auto* percent = new QValueAxis(chart);
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("% of the device's IOPS"));
    chart->addAxis(percent, Qt::AlignBottom);
    m_bars->attachAxis(percent);
    setChart(chart);
    setObjectName(QStringLiteral("shareBars"));
    setAccessibleName(tr("Share of each device's IOPS per path"));
}

void ShareBarsView::showShares(QList<DeviceShareResult> shares, const QString& host)
{
    std::sort(shares.begin(), shares.end(), [](const DeviceShareResult& a, const DeviceShareResult& b) {
        return std::tie(a.host, a.device) < std::tie(b.host, b.device);
    });
    QHash<QString, int> devicesPerHost;
    for (const DeviceShareResult& d : std::as_const(shares))
        ++devicesPerHost[d.host];
    QStringList categories;
    QList<QList<double>> perPath; // [path index][bar]
    m_summary.clear();
    for (const DeviceShareResult& d : std::as_const(shares)) {
        if (!host.isEmpty() && d.host != host)
            continue;
        // The host alone where it has one device (the usual case); else the device's last characters too.
        const QString label = devicesPerHost.value(d.host) > 1
                                  ? QStringLiteral("%1 …%2").arg(d.host, d.device.right(4))
                                  : d.host;
        QList<PathShare> paths = d.paths;
        std::sort(paths.begin(), paths.end(),
                  [](const PathShare& a, const PathShare& b) { return a.path < b.path; });
        QStringList parts;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            while (perPath.size() <= i)
                perPath.append(QList<double>(categories.size(), 0.0));
            perPath[i].append(paths[i].share * 100.0);
            parts << QStringLiteral("%1 %").arg(paths[i].share * 100.0, 0, 'f', 0);
        }
        for (qsizetype i = paths.size(); i < perPath.size(); ++i)
            perPath[i].append(0.0);
        categories << label;
        m_summary << QStringLiteral("%1: %2").arg(label, parts.join(QStringLiteral(" / ")));
    }
    setAccessibleDescription(m_summary.join(u'\n'));
    // The same bars as last time (the usual case, once a second): only the values move. Otherwise the sets
    // are rebuilt: the number of paths and devices can change while the monitor runs.
    const QList<QBarSet*> sets = m_bars->barSets();
    bool sameShape = sets.size() == perPath.size() && m_categories->categories() == categories;
    for (qsizetype i = 0; sameShape && i < sets.size(); ++i)
        sameShape = sets[i]->count() == perPath[i].size();
    if (sameShape) {
        for (qsizetype i = 0; i < sets.size(); ++i)
            for (qsizetype j = 0; j < perPath[i].size(); ++j)
                if (sets[i]->at(j) != perPath[i][j])
                    sets[i]->replace(j, perPath[i][j]);
        return;
    }
    m_bars->clear();
    for (qsizetype i = 0; i < perPath.size(); ++i) {
        auto* set = new QBarSet(tr("path %1").arg(i + 1));
        set->append(perPath[i]);
        m_bars->append(set);
    }
    m_categories->setCategories(categories);
}

} // namespace mpio::ui
