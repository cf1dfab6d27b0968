#include "core/common/AppPaths.h"

#include <QDir>
#include <QMutex>
#include <QStandardPaths>

namespace mpio {

namespace {
QMutex g_mutex;
QString g_stateDir;
} // namespace

void AppPaths::setStateDir(const QString& dir)
{
    QMutexLocker lock(&g_mutex);
    g_stateDir = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString AppPaths::stateDir()
{
    QMutexLocker lock(&g_mutex);
    if (!g_stateDir.isEmpty())
        return g_stateDir;
    if (const QString env = qEnvironmentVariable("MPIO_STATE_DIR"); !env.isEmpty())
        return QDir(env).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return base + QStringLiteral("/mpio-wizard");
}

QString AppPaths::logDir()
{
    return stateDir() + QStringLiteral("/logs");
}

QString AppPaths::journalDir()
{
    return stateDir() + QStringLiteral("/journals");
}

QString AppPaths::trustDir()
{
    return stateDir() + QStringLiteral("/trust");
}

QString AppPaths::ensure(const QString& dir)
{
    QDir().mkpath(dir);
    return dir;
}

} // namespace mpio
