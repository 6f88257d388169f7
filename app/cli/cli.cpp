#include "cli.h"

#include "clicommand.h"
#include "clihelp.h"
#include "clioptions.h"
#include "commands.h"
#include "completioncommand.h"
#include "helpcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {
CliOptions globalOptions()
{
    CliOptions options;
    options.addValue(u"database"_s, u"PATH|URL"_s,
                     QCoreApplication::translate("Cli", "SQLite file or postgresql:// URL (default: the editor's database)"),
                     CliCompletion::File);
    options.addFlag({u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help."));
    options.addFlag({u"version"_s}, QCoreApplication::translate("Cli", "Show the version."));
    return options;
}

CliOptions commandOptions(const CliCommand &command)
{
    CliOptions options;
    command.addOptions(options);
    options.addFlag({u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help."));
    return options;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto owned = allCommands();
    // help and completion describe the others, so they are built here, over the full list.
    std::vector<CliCommand *> commands;
    HelpCommand help(commands);
    CompletionCommand completion(commands);
    for (const auto &command : owned)
        commands.push_back(command.get());
    commands.push_back(&help);
    commands.push_back(&completion);

    const CliOptions global = globalOptions();
    QCommandLineParser parser;
    global.addTo(parser);
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QStringList withProgram = arguments.isEmpty() ? QStringList{u"newsdesk-cli"_s} : arguments;
    if (!parser.parse(withProgram)) {
        CliHelp::printUsageError(err, QString(), QString(), global.parseError(parser, withProgram));
        return CliExit::usage;
    }
    if (parser.isSet(u"help"_s)) {
        out << CliHelp::overview(commands, global);
        out.flush();
        return CliExit::ok;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"newsdesk "_s << QCoreApplication::applicationVersion() << '\n';
        out.flush();
        return CliExit::ok;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        err << CliHelp::overview(commands, global);
        err.flush();
        return CliExit::usage;
    }
    const QString name = rest.takeFirst();
    const auto found = std::find_if(commands.cbegin(), commands.cend(), [&name](const CliCommand *c) { return c->name() == name; });
    if (found == commands.cend()) {
        CliHelp::printUsageError(err, QString(), QString(), QCoreApplication::translate("Cli", "unknown command '%1'").arg(name));
        return CliExit::usage;
    }
    CliCommand &command = **found;
    const CliOptions options = commandOptions(command);
    QCommandLineParser commandParser;
    options.addTo(commandParser);
    const QStringList commandLine = QStringList{u"newsdesk-cli "_s + name} + rest;
    if (!commandParser.parse(commandLine)) {
        CliHelp::printUsageError(err, name, options.synopsis(), options.parseError(commandParser, commandLine));
        return CliExit::usage;
    }
    if (commandParser.isSet(u"help"_s)) {
        out << CliHelp::command(command, options);
        out.flush();
        return CliExit::ok;
    }
    CliContext context(commandParser, name, options.synopsis(), out, err, parser.value(u"database"_s));
    if (const QString missing = options.missingRequired(commandParser); !missing.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "the option '%1' is required").arg(missing.mid(2)));
    return command.run(context);
}
} // namespace Cli
