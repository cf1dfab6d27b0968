#include "core/common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    constexpr auto kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QString path = QDir::cleanPath(QDir(dir).absolutePath());
    const bool existed = QFileInfo::exists(path);
    QDir().mkpath(path);
    const QString state = QDir::cleanPath(stateDir());
    const bool inState = path == state || path.startsWith(state + QLatin1Char('/'));
    // A folder somebody else chose (a test's --journal dir, /tmp) keeps its permissions unless we made it.
    if (!inState) {
        if (!existed)
            QFile::setPermissions(path, kPrivateDir);
        return dir;
    }
    QFile::setPermissions(path, kPrivateDir);
    // The parents up to the state dir (logs/, journals/ and the state dir itself); never above it.
    while (path != state) {
        path = QFileInfo(path).absolutePath();
        QFile::setPermissions(path, kPrivateDir);
    }
    return dir;
}

QFileDevice::Permissions AppPaths::privateFile()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

bool AppPaths::makePrivate(const QString& path)
{
    return QFile::setPermissions(path, privateFile());
}

} // namespace mpio
