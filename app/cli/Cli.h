#pragma once

#include <QStringList>

namespace mpio::cli {

// mpioctl's entry: parses the subcommand and its options, sets up logging and the state dir, runs it.
// Returns the process exit code (ExitCode).
int runCli(const QStringList& arguments);

} // namespace mpio::cli
