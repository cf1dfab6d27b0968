// The live chart's frame time (issue 9): chart_frame_probe replays LiveIopsPage's once-a-second update for
// 16 hosts × 4 paths (and for one host, the host filter's view) through the page's widgets under the
// bench's X server. At 1 Hz a frame must leave the GUI thread idle nearly all
// the time; the goal here is a frame well inside one display refresh, ≤ 16 ms.
#include "BenchContext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace mpio::bench {
namespace {

// lines: how many path lines the probe draws (64: all 16 hosts × 4 paths; 4: the host filter on one host).
Figure chartFrame(const BenchContext& ctx, int lines)
{
    Figure f{lines == 64 ? QStringLiteral("chart.frame") : QStringLiteral("chart.frame.%1-lines").arg(lines),
             QStringLiteral("live IOPS page, %1 path lines + share bars of %2 host(s): one update + repaint "
                            "(median of 60)")
                 .arg(lines)
                 .arg((lines + 3) / 4)};
    f.unit = QStringLiteral("ms");
    f.goal = QStringLiteral("≤ 16 ms (smooth at 1 Hz)");
    const QString probe = ctx.buildDir + QStringLiteral("/tests/bench/chart_frame_probe");
    if (qEnvironmentVariableIsEmpty("DISPLAY") || !QFileInfo::exists(probe)) {
        f.note = QStringLiteral("needs the GUI build and an X display (./run.sh bench)");
        return f;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MPIO_PROBE_LINES"), QString::number(lines));
    p.setProcessEnvironment(env);
    p.start(probe, {});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        p.kill();
        f.note = QStringLiteral("chart_frame_probe failed: %1")
                     .arg(QString::fromUtf8(p.readAllStandardError().right(200)));
        return f;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
    f.value = o.value(QStringLiteral("medianMs")).toDouble();
    f.measured = o.contains(QStringLiteral("medianMs"));
    f.met = f.measured && f.value <= 16;
    f.note = QStringLiteral("%1 lines × %2 points, antialiasing %3, p95 %4 ms; the page's own widgets "
                            "(PathLinesView, ShareBarsView) with synthetic data, Xvfb software rendering")
                 .arg(o.value(QStringLiteral("series")).toInt())
                 .arg(o.value(QStringLiteral("points")).toInt())
                 .arg(o.value(QStringLiteral("antialiased")).toBool() ? QStringLiteral("on")
                                                                      : QStringLiteral("off"))
                 .arg(o.value(QStringLiteral("p95Ms")).toDouble(), 0, 'f', 1);
    return f;
}

const BenchRegistry reg(QStringLiteral("chart"), [](const BenchContext& ctx) {
    return QList<Figure>{chartFrame(ctx, 64), chartFrame(ctx, 4)};
});

} // namespace
} // namespace mpio::bench
