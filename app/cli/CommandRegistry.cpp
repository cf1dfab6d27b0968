#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/ValidateCommand.h"

namespace mpio::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    return commands;
}

} // namespace mpio::cli
