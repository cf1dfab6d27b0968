#include "core/platform/FileSync.h"

#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mpio {

Status FileSync::sync(QFile& file)
{
    if (!file.flush())
        return Error::make(QStringLiteral("io.flush"), file.errorString(), file.fileName());
    const int fd = file.handle();
    if (fd < 0)
        return Error::make(QStringLiteral("io.sync"), QStringLiteral("The file is not open."),
                           file.fileName());
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0)
        return Error::make(QStringLiteral("io.sync"), QString::fromLocal8Bit(std::strerror(errno)),
                           file.fileName());
    return {};
}

Status FileSync::syncDirectory(const QString& dir)
{
    const QByteArray path = QFile::encodeName(dir);
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error::make(QStringLiteral("io.sync"), QString::fromLocal8Bit(std::strerror(errno)), dir);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Error::make(QStringLiteral("io.sync"), QString::fromLocal8Bit(std::strerror(err)), dir);
    return {};
}

} // namespace mpio
