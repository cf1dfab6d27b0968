#pragma once

#include <QByteArray>
#include <QString>

namespace mpio::lab {

// What one SSH exec channel produced: stdout, stderr and the exit status sent as the SSH `exit-status`
// message (esxi-esxcli.md §8.5).
struct CommandOutput
{
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
};

// Runs one exec command line on a simulated ESXi host. The SSH layer (app/lab/ssh) calls run() from a worker
// thread while holding World::mutex(), after the modelled latency; implementations may read and change the
// host's state through the World without further locking.
class CommandRunner
{
public:
    virtual ~CommandRunner();
    virtual CommandOutput run(const QString& hostName, const QString& commandLine) = 0;
};

} // namespace mpio::lab
