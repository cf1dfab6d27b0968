#pragma once

#include "core/common/Result.h"

class QFile;

namespace mpio {

// Makes written data durable before we go on: a journal line that the OS still holds in its cache is lost on
// a power cut or a crash of the host, and then `resume` would not know a step ran. POSIX uses fsync(2),
// Windows _commit(); the right file is selected by core/CMakeLists.txt (platform/*_posix.cpp, *_win.cpp).
class FileSync
{
public:
    // Flushes Qt's buffer and the OS cache of an open file to the device.
    static Status sync(QFile& file);
    // Makes a newly created directory entry durable (POSIX: fsync of the directory; Windows: nothing to do).
    static Status syncDirectory(const QString& dir);
};

} // namespace mpio
