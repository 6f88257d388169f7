#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

void CliOptions::addFlag(const QStringList &names, const QString &description)
{
    m_options.append({QCommandLineOption(names, description), CliCompletion::None, {}, false});
}

void CliOptions::addValue(const QString &name, const QString &valueName, const QString &description, CliCompletion completion)
{
    m_options.append({QCommandLineOption(name, description, valueName), completion, {}, false});
}

void CliOptions::addRequiredValue(const QString &name, const QString &valueName, const QString &description,
                                  CliCompletion completion)
{
    m_options.append({QCommandLineOption(name, description, valueName), completion, {}, true});
}

void CliOptions::addChoice(const QString &name, const QString &valueName, const QString &description, const QStringList &choices)
{
    m_options.append({QCommandLineOption(name, description, valueName), CliCompletion::Choice, choices, false});
}

void CliOptions::addPositional(const QString &name, const QString &description, const QString &syntax,
                               CliCompletion completion, const QStringList &choices)
{
    m_positionals.append({name, description, syntax, completion, choices});
}

const CliOption *CliOptions::find(const QString &name) const
{
    for (const CliOption &option : m_options) {
        if (option.option.names().contains(name))
            return &option;
    }
    return nullptr;
}

void CliOptions::addTo(QCommandLineParser &parser) const
{
    // "-abc" is three short options (as getopt reads it); long options only with two dashes, so
    // "--sectionX" is an unknown option and never "--section X".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    for (const CliOption &option : m_options)
        parser.addOption(option.option);
    for (const CliPositional &positional : m_positionals)
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
}

QString CliOptions::synopsis() const
{
    QStringList parts;
    bool optional = false;
    for (const CliOption &option : m_options) {
        if (option.required)
            parts << u"--"_s + option.option.names().constLast() + u' ' + option.option.valueName();
        else if (!option.option.names().contains(u"help"_s))
            optional = true;
    }
    if (optional)
        parts << QCoreApplication::translate("Cli", "[OPTIONS]");
    for (const CliPositional &positional : m_positionals)
        parts << positional.syntax;
    return parts.join(u' ');
}

QString CliOptions::parseError(const QCommandLineParser &parser, const QStringList &arguments) const
{
    if (!parser.unknownOptionNames().isEmpty())
        return QCoreApplication::translate("Cli", "unknown option '%1'").arg(parser.unknownOptionNames().constFirst());
    // Qt's own texts are English only and capitalised mid-line; say the two common ones again.
    const qsizetype end = arguments.contains(u"--"_s) ? arguments.indexOf(u"--"_s) : arguments.size();
    for (qsizetype i = 1; i < end; ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u"--"_s))
            continue;
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const CliOption *option = find(name);
        if (!option)
            continue;
        if (option->takesValue() && equals < 0 && i + 1 == arguments.size())
            return QCoreApplication::translate("Cli", "option '%1' needs a value").arg(name);
        if (!option->takesValue() && equals >= 0)
            return QCoreApplication::translate("Cli", "option '%1' takes no value").arg(name);
    }
    return parser.errorText();
}

QString CliOptions::missingRequired(const QCommandLineParser &parser) const
{
    for (const CliOption &option : m_options) {
        if (option.required && !parser.isSet(option.option.names().constFirst()))
            return u"--"_s + option.option.names().constLast();
    }
    return QString();
}
