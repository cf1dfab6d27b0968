// Start-up (issue 9): `mpioctl --version` and the wizard's first window on screen (under Xvfb in
// `./run.sh bench`). Goals: < 50 ms and < 400 ms.
#include "BenchContext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace mpio::bench {
namespace {

constexpr int kRuns = 30;

Figure cliStartup(const BenchContext& ctx)
{
    Figure f{QStringLiteral("startup.mpioctl"),
             QStringLiteral("`mpioctl --version`, median of %1 runs").arg(kRuns)};
    f.unit = QStringLiteral("ms");
    f.goal = QStringLiteral("< 50 ms");
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(ctx.mpioctl(), {QStringLiteral("--version")});
        if (!p.waitForFinished(10000) || p.exitCode() != 0) {
            f.note = QStringLiteral("mpioctl --version failed: %1").arg(p.errorString());
            return f;
        }
        times.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    f.value = median(times);
    f.measured = true;
    f.met = f.value < 50;
    f.note = QStringLiteral("process start to exit; p90 %1 ms").arg(percentile(times, 90), 0, 'f', 1);
    return f;
}

// The wizard prints "first-frame <epoch ms>" on its first paint when MPIO_STARTUP_PROBE=1 and quits.
Figure guiStartup(const BenchContext& ctx)
{
    Figure f{QStringLiteral("startup.wizard"),
             QStringLiteral("mpio-wizard first window painted (Xvfb), median of 10 runs")};
    f.unit = QStringLiteral("ms");
    f.goal = QStringLiteral("< 400 ms");
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        f.note = QStringLiteral("no X display (run through ./run.sh bench, which starts Xvfb)");
        return f;
    }
    if (!QFileInfo::exists(ctx.wizard())) {
        f.note = QStringLiteral("mpio-wizard not built");
        return f;
    }
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MPIO_STARTUP_PROBE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        p.start(ctx.wizard(), {});
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished(2000);
            f.note = QStringLiteral("the wizard did not report a first frame within 15 s");
            return f;
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype at = out.indexOf(QStringLiteral("first-frame "));
        if (at < 0) {
            f.note = QStringLiteral("the wizard printed no first-frame line (exit %1)").arg(p.exitCode());
            return f;
        }
        const qint64 painted = out.mid(at + 12).section(u'\n', 0, 0).trimmed().toLongLong();
        times.append(static_cast<double>(painted - started));
    }
    f.value = median(times);
    f.measured = true;
    f.met = f.value < 400;
    f.note = QStringLiteral("exec to first paint of the wizard window; p90 %1 ms")
                 .arg(percentile(times, 90), 0, 'f', 0);
    return f;
}

const BenchRegistry reg(QStringLiteral("startup"), [](const BenchContext& ctx) {
    return QList<Figure>{cliStartup(ctx), guiStartup(ctx)};
});

} // namespace
} // namespace mpio::bench
