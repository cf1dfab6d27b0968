#include "Mpioctl.h"

#include <QJsonDocument>
#include <QProcess>

namespace mpio::test {

MpioctlRun mpioctl(const QStringList& args, const QString& stateDir, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(MPIOCTL_BIN),
            args + QStringList{QStringLiteral("--json"), QStringLiteral("--state-dir"), stateDir,
                               QStringLiteral("--log-level"), QStringLiteral("warn")});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    MpioctlRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

} // namespace mpio::test
