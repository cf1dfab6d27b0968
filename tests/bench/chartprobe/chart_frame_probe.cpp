// The live chart's frame (issue 9, "for the GUI the chart's frame time"): what LiveIopsPage::onPolled does
// once per second with 16 hosts × 4 paths — 64 line series, each replaced by its last two minutes of 1 Hz
// samples, the y axis re-ranged — and the repaint that follows, timed over 60 frames in a real X server.
// A stand-in for the page (the page needs a live site); it runs the same Qt Charts calls on the same data
// size. Prints one JSON line: {"series":64,"points":120,"frames":60,"medianMs":…,"p95Ms":…}.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QValueAxis>
#include <QtMath>
#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    constexpr int kSeries = 16 * 4, kPoints = 120, kFrames = 60;
    auto* chart = new QChart;
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setRange(-kPoints, 0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<QLineSeries*> lines;
    for (int s = 0; s < kSeries; ++s) {
        auto* line = new QLineSeries(chart);
        line->setName(
            QStringLiteral("esx%1/vmhba64:C%2:T0:L0").arg(s / 4 + 1, 2, 10, QLatin1Char('0')).arg(s % 4));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        lines << line;
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(940, 420); // the page's chart area in the 980×720 wizard
    view.show();
    QApplication::processEvents();
    QList<double> frames;
    for (int f = 0; f < kFrames + 5; ++f) {
        QElapsedTimer t;
        t.start();
        double top = 10;
        for (int s = 0; s < kSeries; ++s) {
            QList<QPointF> points;
            points.reserve(kPoints);
            for (int i = 0; i < kPoints; ++i) {
                const double iops = 500 + 40 * qSin((f + i + s) * 0.3);
                points << QPointF(i - kPoints + 1, iops);
                top = std::max(top, iops);
            }
            lines[s]->replace(points);
        }
        y->setRange(0, top * 1.15);
        QApplication::processEvents(); // the chart's own queued layout/geometry updates
        view.viewport()->repaint();    // synchronous paint: the frame is done when this returns
        if (f >= 5)                    // the first frames warm caches (fonts, legend layout)
            frames << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(frames.begin(), frames.end());
    const QJsonObject out{{QStringLiteral("series"), kSeries},
                          {QStringLiteral("points"), kPoints},
                          {QStringLiteral("frames"), kFrames},
                          {QStringLiteral("medianMs"), frames.at(frames.size() / 2)},
                          {QStringLiteral("p95Ms"), frames.at(int(frames.size() * 0.95))}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
