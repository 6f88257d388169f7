#include "cli.h"

#include "articlerepository.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
void printHelp(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << QCoreApplication::translate("Cli", "Usage: newsdesk-cli [--database PATH|URL] COMMAND [ARGS]") << '\n'
        << '\n' << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const auto &command : commands)
        out << u"  "_s << command->name().leftJustified(10) << command->summary() << '\n';
    out << '\n' << QCoreApplication::translate("Cli", "Options:") << '\n'
        << u"  --database PATH|URL  "_s
        << QCoreApplication::translate("Cli", "SQLite file or postgresql:// URL (default: the editor's database)") << '\n'
        << u"  --help, --version"_s << '\n';
}
} // namespace

namespace Cli {
int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto commands = allCommands();
    QStringList args = arguments.mid(1);
    QString database;
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString option = args.takeFirst();
        if (option == u"--help"_s) {
            printHelp(out, commands);
            return CliExit::ok;
        }
        if (option == u"--version"_s) {
            out << u"newsdesk "_s << QCoreApplication::applicationVersion() << '\n';
            return CliExit::ok;
        }
        if (option == u"--database"_s && !args.isEmpty()) {
            database = args.takeFirst();
        } else if (option.startsWith(u"--database="_s)) {
            database = option.mid(11);
        } else {
            err << QCoreApplication::translate("Cli", "Unknown option: %1").arg(option) << '\n';
            return CliExit::usage;
        }
    }
    if (args.isEmpty()) {
        printHelp(err, commands);
        return CliExit::usage;
    }
    const QString name = args.takeFirst();
    for (const auto &command : commands) {
        if (command->name() == name) {
            CliContext context{args, out, err, database, {}};
            return command->run(context);
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(name) << '\n';
    printHelp(err, commands);
    return CliExit::usage;
}
} // namespace Cli
