#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/ApplyCommand.h"
#include "app/cli/commands/AuditCommand.h"
#include "app/cli/commands/CheckJumboCommand.h"
#include "app/cli/commands/DiscoverCommand.h"
#include "app/cli/commands/FailoverTestCommand.h"
#include "app/cli/commands/MonitorCommand.h"
#include "app/cli/commands/PlanShowCommand.h"
#include "app/cli/commands/ReportCommand.h"
#include "app/cli/commands/ValidateCommand.h"
#include "app/cli/commands/VerifyCommand.h"

namespace mpio::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<DiscoverCommand>());
    commands.push_back(std::make_unique<PlanShowCommand>());
    commands.push_back(std::make_unique<CheckJumboCommand>());
    commands.push_back(std::make_unique<ApplyCommand>());
    commands.push_back(std::make_unique<JournalCommand>(false));
    commands.push_back(std::make_unique<JournalCommand>(true));
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<MonitorCommand>());
    commands.push_back(std::make_unique<FailoverTestCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace mpio::cli
