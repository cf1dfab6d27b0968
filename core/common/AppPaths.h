#pragma once

#include <QString>

namespace mpio {

// Where the product keeps its own files: trust stores, journals, logs. Defaults to the platform's app-data
// folder (~/.local/share/mpio-wizard on Linux, %APPDATA%\mpio-wizard on Windows); `--state-dir` and tests
// override it for the whole process.
class AppPaths
{
public:
    static void setStateDir(const QString& dir);
    static QString stateDir();
    static QString logDir();
    static QString journalDir();
    static QString trustDir();
    // Creates the folder when missing; returns it.
    static QString ensure(const QString& dir);
};

} // namespace mpio
