#include "clihelp.h"

#include "clicommand.h"
#include "clioptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString optionLabel(const CliOption &option)
{
    QStringList names;
    for (const QString &name : option.option.names())
        names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
    QString label = names.join(u", "_s);
    if (option.takesValue())
        label += u' ' + option.option.valueName();
    return label;
}

QString optionDescription(const CliOption &option)
{
    QString description = option.option.description();
    if (option.completion == CliCompletion::Choice && !option.choices.isEmpty())
        description += u' ' + QCoreApplication::translate("Cli", "Values: %1.").arg(option.choices.join(u", "_s));
    return description;
}

// Two columns, the second starting where the longest label of the table ends.
void appendTable(QString &text, const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &row : rows)
        text += u"  "_s + row.first.leftJustified(width + 2) + row.second + u'\n';
}

QString usageLine(const QString &commandName, const QString &synopsis)
{
    const QString line = synopsis.isEmpty() ? commandName : commandName + u' ' + synopsis;
    return QCoreApplication::translate("Cli", "Usage: newsdesk-cli %1").arg(line);
}
} // namespace

namespace CliHelp {
QString overview(const std::vector<CliCommand *> &commands, const CliOptions &global)
{
    QString text = QCoreApplication::translate("Cli", "Usage: newsdesk-cli [--database PATH|URL] COMMAND [ARGS]") + u"\n\n"_s
        + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const CliCommand *command : commands)
        rows.append({command->name(), command->summary()});
    appendTable(text, rows);
    text += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n';
    rows.clear();
    for (const CliOption &option : global.options())
        rows.append({optionLabel(option), optionDescription(option)});
    appendTable(text, rows);
    text += u'\n' + QCoreApplication::translate("Cli", "'newsdesk-cli help COMMAND' shows the options of a command.") + u'\n';
    return text;
}

QString command(const CliCommand &command, const CliOptions &options)
{
    QString text = usageLine(command.name(), options.synopsis()) + u"\n\n"_s + command.summary() + u'\n';
    if (!options.positionals().isEmpty()) {
        text += u'\n' + QCoreApplication::translate("Cli", "Arguments:") + u'\n';
        QList<std::pair<QString, QString>> rows;
        for (const CliPositional &positional : options.positionals())
            rows.append({positional.name, positional.description});
        appendTable(text, rows);
    }
    text += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const CliOption &option : options.options())
        rows.append({optionLabel(option), optionDescription(option)});
    appendTable(text, rows);
    return text;
}

void printUsageError(QTextStream &err, const QString &commandName, const QString &synopsis, const QString &message)
{
    if (commandName.isEmpty()) {
        err << u"newsdesk-cli: "_s << message << '\n'
            << QCoreApplication::translate("Cli", "Usage: newsdesk-cli [--database PATH|URL] COMMAND [ARGS]") << '\n'
            << QCoreApplication::translate("Cli", "Try 'newsdesk-cli --help' for more information.") << '\n';
    } else {
        err << u"newsdesk-cli "_s << commandName << u": "_s << message << '\n'
            << usageLine(commandName, synopsis) << '\n'
            << QCoreApplication::translate("Cli", "Try 'newsdesk-cli help %1' for more information.").arg(commandName) << '\n';
    }
    err.flush();
}
} // namespace CliHelp
