#include "MonitorProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>
#include <unistd.h>

namespace mpio::bench {

MonitorProcess::~MonitorProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool MonitorProcess::start(BenchLab& lab, int intervalMs, int durationS, QString* error,
                           const QStringList& extra)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
        m_pending += m_process.readAllStandardOutput();
        qsizetype nl = 0;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(m_pending.left(nl)).object();
            m_pending.remove(0, nl + 1);
            if (!o.isEmpty())
                m_lines.append(Line{m_clock.elapsed(), o});
        }
    });
    m_clock.start();
    m_process.start(lab.mpioctlPath(),
                    lab.mpioctlArgs(QStringList{QStringLiteral("monitor"), QStringLiteral("--interval"),
                                                QString::number(intervalMs), QStringLiteral("--duration"),
                                                QString::number(durationS)} +
                                    extra));
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("mpioctl monitor did not start: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

bool MonitorProcess::waitUntil(const std::function<bool(const QList<Line>&)>& until, int timeoutMs)
{
    if (until(m_lines))
        return true;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        if (until(m_lines))
            loop.quit();
    });
    const auto ended = QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    guard.start(timeoutMs);
    loop.exec();
    QObject::disconnect(check);
    QObject::disconnect(ended);
    return until(m_lines);
}

double MonitorProcess::cpuSeconds() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the ")" of the command name: state is field 3, utime 14, stime 15 (proc(5)).
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

qint64 MonitorProcess::rssKiB() const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace mpio::bench
