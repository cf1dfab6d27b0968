#pragma once

#include "app/lab/shell/CommandRunner.h"

namespace mpio::lab {

// Stand-in CommandRunner for tests and for a lab built without the ESXi shell: `echo ARGS` prints ARGS,
// `exit N` exits with N, `fail TEXT` prints TEXT on stderr and exits 1; anything else is echoed back as
// "<host>: <command>".
class EchoRunner : public CommandRunner
{
public:
    CommandOutput run(const QString& hostName, const QString& commandLine) override;
};

} // namespace mpio::lab
