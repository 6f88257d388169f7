#include "completioncommand.h"

#include "cli.h"
#include "clicompletion.h"
#include "clioptions.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

// Same shape as HelpCommand on purpose: each command is one small class; see CliCommand.
CompletionCommand::CompletionCommand(const std::vector<CliCommand *> &commands)
    : m_commands(commands)
{
}

QString CompletionCommand::name() const
{
    return u"completion"_s;
}

QString CompletionCommand::summary() const
{
    return tr("Print the completion script for bash or zsh.");
}

void CompletionCommand::addOptions(CliOptions &options) const
{
    options.addPositional(u"SHELL"_s, tr("bash or zsh."), u"SHELL"_s, CliCompletion::Choice, {u"bash"_s, u"zsh"_s});
}

int CompletionCommand::run(CliContext &context)
{
    const QString shell = context.arguments.size() == 1 ? context.arguments.constFirst() : QString();
    if (shell == u"bash"_s)
        context.out << CliCompletionScript::bash(m_commands, Cli::globalOptions());
    else if (shell == u"zsh"_s)
        context.out << CliCompletionScript::zsh(m_commands, Cli::globalOptions());
    else
        return context.usageError(tr("give bash or zsh"));
    context.out.flush();
    return CliExit::ok;
}
