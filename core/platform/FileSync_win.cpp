#include "core/platform/FileSync.h"

#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <io.h>

namespace mpio {

Status FileSync::sync(QFile& file)
{
    if (!file.flush())
        return Error::make(QStringLiteral("io.flush"), file.errorString(), file.fileName());
    const int fd = file.handle();
    if (fd < 0)
        return Error::make(QStringLiteral("io.sync"), QStringLiteral("The file is not open."),
                           file.fileName());
    // _commit() is the CRT's FlushFileBuffers for a C runtime descriptor (what QFile::handle() returns).
    if (::_commit(fd) != 0)
        return Error::make(QStringLiteral("io.sync"), QString::fromLocal8Bit(std::strerror(errno)),
                           file.fileName());
    return {};
}

Status FileSync::syncDirectory(const QString& dir)
{
    Q_UNUSED(dir) // NTFS makes the directory entry durable with the file's metadata.
    return {};
}

} // namespace mpio
