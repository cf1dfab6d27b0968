#pragma once

#include <QFileDevice>
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
    // Creates the folder when missing and makes it private (0700, as ~/.ssh is): journals, logs and trust
    // stores name the site's systems and what was done to them. Folders between it and the state dir are
    // made private too. Returns the folder.
    static QString ensure(const QString& dir);
    // Owner read/write only (0600): the permissions every file of ours in the state dir is created with.
    static QFileDevice::Permissions privateFile();
    // Makes an existing file private (a file written before, or by a library that creates its own files).
    static bool makePrivate(const QString& path);
};

} // namespace mpio
