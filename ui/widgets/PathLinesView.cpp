#include "ui/widgets/PathLinesView.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>

namespace mpio::ui {

namespace {
// Above this many lines the legend would cover the chart and say nothing: it is hidden, the page's host
// filter picks what to read.
constexpr int kLegendMaxLines = 8;
// Antialiasing costs Xvfb's software renderer 11 of 31 ms per frame with 64 lines (./run.sh bench, chart
// probe), and 64 overlapping lines are read by the filter, not by their smooth edges: smooth lines up to
// a host filter's worth (4 paths per host × 4 hosts), plain above.
constexpr int kAntialiasMaxLines = 16;
} // namespace

PathLinesView::PathLinesView(double windowS, QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setTitle(tr("IOPS per path (last two minutes)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("seconds"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setRange(-windowS, 0);
    m_y = new QValueAxis(chart);
    m_y->setTitleText(tr("IOPS"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setRange(0, 100);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setObjectName(QStringLiteral("iopsChart"));
    setAccessibleName(tr("Chart of IOPS per path"));
}

void PathLinesView::showLines(const QList<Line>& lines)
{
    double top = 10;
    QSet<QString> shown;
    for (const Line& l : lines) {
        QLineSeries* series = m_series.value(l.key);
        if (!series) {
            series = new QLineSeries(chart());
            series->setName(l.key);
            chart()->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
            m_series.insert(l.key, series);
        }
        series->setVisible(true);
        series->replace(l.points); // one signal and one redraw per line, not one per point
        for (const QPointF& p : l.points)
            top = qMax(top, p.y());
        shown.insert(l.key);
    }
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        if (!shown.contains(it.key()))
            it.value()->setVisible(false); // hidden lines are neither filled nor drawn
    m_visible = int(shown.size());
    m_y->setRange(0, top * 1.15);
    chart()->legend()->setVisible(m_visible <= kLegendMaxLines);
    setRenderHint(QPainter::Antialiasing, m_visible <= kAntialiasMaxLines);
}

bool PathLinesView::legendShown() const
{
    return chart()->legend()->isVisible();
}

bool PathLinesView::antialiased() const
{
    return renderHints().testFlag(QPainter::Antialiasing);
}

double PathLinesView::yTop() const
{
    return m_y->max();
}

} // namespace mpio::ui
