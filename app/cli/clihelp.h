#pragma once

#include <QString>

#include <vector>

class CliCommand;
class CliOptions;
class QTextStream;

// newsdesk-cli's help texts, written from the commands' declarations (CliOptions).
namespace CliHelp {
// newsdesk-cli --help: the global options and every command with its summary.
[[nodiscard]] QString overview(const std::vector<CliCommand *> &commands, const CliOptions &global);
// newsdesk-cli help COMMAND, newsdesk-cli COMMAND --help.
[[nodiscard]] QString command(const CliCommand &command, const CliOptions &options);
// "newsdesk-cli COMMAND: message", the usage line and where the help is. An empty command
// name stands for newsdesk-cli itself.
void printUsageError(QTextStream &err, const QString &commandName, const QString &synopsis, const QString &message);
}
