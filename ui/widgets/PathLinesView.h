#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace mpio::ui {

// IOPS per path over a rolling window (issue 7, page 11): one line per path, x in seconds before now, y
// re-ranged to the highest value shown. The live page and the chart-frame benchmark draw through this one
// class, so the benchmark times the product's drawing code (issue 9, "the chart's frame time").
class PathLinesView : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString key;           // "host/path": also the legend text
        QList<QPointF> points; // oldest first, x ≤ 0
    };

    explicit PathLinesView(double windowS, QWidget* parent = nullptr);
    // Draws exactly these lines; lines shown before and missing now are hidden (kept, so their colour stays).
    void showLines(const QList<Line>& lines);

    int visibleLines() const { return m_visible; }
    bool legendShown() const;
    bool antialiased() const;
    double yTop() const;

private:
    QValueAxis* m_x;
    QValueAxis* m_y;
    QHash<QString, QLineSeries*> m_series;
    int m_visible = 0;
};

} // namespace mpio::ui
