#include "commands.h"

// Every newsdesk-cli command, in the order --help lists them. Add new commands here only.
std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    return commands;
}
