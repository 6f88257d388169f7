#include "helpcommand.h"

#include "cli.h"
#include "clihelp.h"
#include "clioptions.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

HelpCommand::HelpCommand(const std::vector<CliCommand *> &commands)
    : m_commands(commands)
{
}

QString HelpCommand::name() const
{
    return u"help"_s;
}

QString HelpCommand::summary() const
{
    return tr("Show the options of a command.");
}

void HelpCommand::addOptions(CliOptions &options) const
{
    options.addPositional(u"COMMAND"_s, tr("The command to explain; without it, the list of commands."), u"[COMMAND]"_s,
                          CliCompletion::Command);
}

int HelpCommand::run(CliContext &context)
{
    if (context.arguments.size() > 1)
        return context.usageError(tr("give one command"));
    if (context.arguments.isEmpty()) {
        context.out << CliHelp::overview(m_commands, Cli::globalOptions());
        context.out.flush();
        return CliExit::ok;
    }
    const QString wanted = context.arguments.constFirst();
    for (const CliCommand *command : m_commands) {
        if (command->name() == wanted) {
            context.out << CliHelp::command(*command, Cli::commandOptions(*command));
            context.out.flush();
            return CliExit::ok;
        }
    }
    return context.usageError(tr("unknown command '%1'").arg(wanted));
}
