#include "commands.h"

#include "checkcommand.h"
#include "copycommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "replacecommand.h"
#include "showcommand.h"
#include "statscommand.h"

// Every newsdesk-cli command, in the order --help lists them. Add new commands here only.
std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<ExportCommand>(ExporterRegistry::createStandard()));
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<CopyCommand>());
    commands.push_back(std::make_unique<ReplaceCommand>());
    return commands;
}
