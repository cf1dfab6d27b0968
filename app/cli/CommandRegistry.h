#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace mpio::cli {

// All subcommands, in the order `mpioctl --help` lists them. Add a new command with one line in the .cpp.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace mpio::cli
