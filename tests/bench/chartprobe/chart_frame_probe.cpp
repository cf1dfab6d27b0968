// The live chart's frame (issue 9, "for the GUI the chart's frame time"): what LiveIopsPage::refresh does
// once per second with 16 hosts × 4 paths, through the page's own widgets — PathLinesView gets 64 lines of
// two minutes of 1 Hz samples (it re-ranges y, hides the legend above 8 lines, drops antialiasing above 16)
// and ShareBarsView rebuilds one 100 % bar per host — then both repaint, timed over 60 frames in a real X
// server. Only the data is synthetic (the page needs a live site). Prints one JSON line:
// {"series":64,"points":120,"frames":60,"medianMs":…,"p95Ms":…}; MPIO_PROBE_LINES=N draws N lines instead.
#include "ui/widgets/PathLinesView.h"
#include "ui/widgets/ShareBarsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVBoxLayout>
#include <QtMath>
#include <algorithm>
#include <cstdio>

using namespace mpio;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int series = qEnvironmentVariableIsSet("MPIO_PROBE_LINES")
                           ? qBound(1, qEnvironmentVariableIntValue("MPIO_PROBE_LINES"), 256)
                           : 16 * 4;
    constexpr int kPoints = 120, kFrames = 60;
    QWidget page; // the page's chart and share bars, at their sizes in the 980×720 wizard
    auto* lines = new ui::PathLinesView(kPoints, &page);
    auto* bars = new ui::ShareBarsView(&page);
    bars->setMinimumHeight(190);
    auto* layout = new QVBoxLayout(&page);
    layout->addWidget(lines, 2);
    layout->addWidget(bars, 1);
    page.resize(940, 640);
    page.show();
    QApplication::processEvents();
    QList<double> frames;
    for (int f = 0; f < kFrames + 5; ++f) {
        QElapsedTimer t;
        t.start();
        QList<ui::PathLinesView::Line> chartLines;
        for (int s = 0; s < series; ++s) {
            ui::PathLinesView::Line line{
                QStringLiteral("esx%1/vmhba64:C%2:T0:L0").arg(s / 4 + 1, 2, 10, QLatin1Char('0')).arg(s % 4),
                {}};
            line.points.reserve(kPoints);
            for (int i = 0; i < kPoints; ++i)
                line.points << QPointF(i - kPoints + 1, 500 + 40 * qSin((f + i + s) * 0.3));
            chartLines << line;
        }
        lines->showLines(chartLines);
        QList<DeviceShareResult> shares;
        for (int h = 0; h < (series + 3) / 4; ++h) {
            DeviceShareResult d;
            d.host = QStringLiteral("esx%1").arg(h + 1, 2, 10, QLatin1Char('0'));
            d.device = QStringLiteral("naa.6589cfc000000aaa");
            for (int p = 0; p < 4; ++p) {
                const double iops = 500 + 40 * qSin((f + h + p) * 0.3);
                d.paths.append(
                    {QStringLiteral("vmhba64:C%1:T0:L0").arg(p), QStringLiteral("active"), iops, 0});
                d.totalIops += iops;
            }
            for (PathShare& p : d.paths)
                p.share = p.iops / d.totalIops;
            d.activePaths = 4;
            shares << d;
        }
        bars->showShares(shares);
        QApplication::processEvents(); // the charts' own queued layout/geometry updates
        lines->viewport()->repaint();  // synchronous paints: the frame is done when these return
        bars->viewport()->repaint();
        if (f >= 5) // the first frames warm caches (fonts, legend layout)
            frames << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(frames.begin(), frames.end());
    const QJsonObject out{{QStringLiteral("series"), series},
                          {QStringLiteral("points"), kPoints},
                          {QStringLiteral("frames"), kFrames},
                          {QStringLiteral("antialiased"), lines->antialiased()},
                          {QStringLiteral("medianMs"), frames.at(frames.size() / 2)},
                          {QStringLiteral("p95Ms"), frames.at(int(frames.size() * 0.95))}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
