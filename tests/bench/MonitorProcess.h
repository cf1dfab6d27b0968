#pragma once

#include "BenchLab.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <functional>

namespace mpio::bench {

// `mpioctl monitor --json` as a child process of a benchmark: every stdout line is parsed as it arrives and
// stamped with the benchmark's own clock (ms since start()), so a figure can be "from the fault to the line".
// /proc gives the child's CPU time and resident memory (Linux only, like the lab).
class MonitorProcess
{
public:
    struct Line
    {
        qint64 atMs = 0;
        QJsonObject json;
    };

    ~MonitorProcess();
    bool start(BenchLab& lab, int intervalMs, int durationS, QString* error, const QStringList& extra = {});
    qint64 pid() const { return m_process.processId(); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    const QList<Line>& lines() const { return m_lines; }
    // Runs the event loop until `until` holds for the lines so far or timeoutMs passes; returns `until`'s
    // last answer.
    bool waitUntil(const std::function<bool(const QList<Line>&)>& until, int timeoutMs);
    // utime + stime of the child in seconds, and VmRSS in KiB; negative when /proc cannot be read.
    double cpuSeconds() const;
    qint64 rssKiB() const;
    QByteArray stderrText() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_pending;
    QList<Line> m_lines;
};

} // namespace mpio::bench
