#pragma once

#include <QStringList>

class CliCommand;
class CliOptions;
class QTextStream;

// newsdesk-cli: global options (--database, --help, --version) and the command dispatch, the
// one place where command lines are parsed. In a library so that tests can run commands
// in-process and read their output.
namespace Cli {
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
// The options before the command name.
[[nodiscard]] CliOptions globalOptions();
// What a command declares, plus -h/--help.
[[nodiscard]] CliOptions commandOptions(const CliCommand &command);
}
