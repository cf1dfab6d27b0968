#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/ValidateCommand.h"
#include "app/cli/commands/DiscoverCommand.h"

namespace mpio::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<DiscoverCommand>());
    return commands;
}

} // namespace mpio::cli
