#include "clicompletion.h"

#include "cli.h"
#include "clicommand.h"
#include "clioptions.h"

using namespace Qt::StringLiterals;

namespace {
QString shellQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

QStringList dashedNames(const CliOption &option)
{
    QStringList names;
    for (const QString &name : option.option.names())
        names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
    return names;
}

QStringList commandNames(const std::vector<CliCommand *> &commands)
{
    QStringList names;
    for (const CliCommand *command : commands)
        names << command->name();
    return names;
}

// --- bash -------------------------------------------------------------------------------

QString bashWords(const QStringList &words)
{
    return u"COMPREPLY=($(compgen -W "_s + shellQuoted(words.join(u' ')) + u" -- \"$cur\"))"_s;
}

QString bashValue(CliCompletion completion, const QStringList &choices, const std::vector<CliCommand *> &commands)
{
    switch (completion) {
    case CliCompletion::None:
        return QString();
    case CliCompletion::File:
        return u"_newsdesk_cli_compgen -f"_s;
    case CliCompletion::Folder:
        return u"_newsdesk_cli_compgen -d"_s;
    case CliCompletion::Choice:
        return bashWords(choices);
    case CliCompletion::Command:
        return bashWords(commandNames(commands));
    }
    return QString();
}

// The body of one "case $command in" branch: values of the option before the cursor, then
// option names after a dash, else the positional arguments.
QString bashBranch(const CliOptions &options, const QStringList &positionalWords, const std::vector<CliCommand *> &commands,
                   const QString &indent)
{
    QString text;
    QStringList optionWords;
    QList<std::pair<QStringList, QString>> valueCases;
    for (const CliOption &option : options.options()) {
        optionWords << dashedNames(option);
        if (option.takesValue())
            valueCases.append({dashedNames(option), bashValue(option.completion, option.choices, commands)});
    }
    if (!valueCases.isEmpty()) {
        text += indent + u"case $prev in\n"_s;
        for (const auto &[names, action] : valueCases)
            text += indent + u"    "_s + names.join(u'|') + u") "_s + (action.isEmpty() ? QString() : action + u"; "_s)
                + u"return ;;\n"_s;
        text += indent + u"esac\n"_s;
    }
    text += indent + u"if [[ $cur == -* ]]; then\n"_s + indent + u"    "_s + bashWords(optionWords) + u'\n';
    QString positional;
    if (!positionalWords.isEmpty()) {
        positional = bashWords(positionalWords);
    } else {
        for (const CliPositional &argument : options.positionals()) {
            if (argument.completion != CliCompletion::None) {
                positional = bashValue(argument.completion, argument.choices, commands);
                break;
            }
        }
    }
    if (!positional.isEmpty())
        text += indent + u"else\n"_s + indent + u"    "_s + positional + u'\n';
    text += indent + u"fi\n"_s;
    return text;
}

// --- zsh --------------------------------------------------------------------------------

// Text inside an _arguments "[description]": only a backslash and "]" end or escape it there
// (zsh's computil.c), colons are plain text.
QString zshDescription(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"]"_s, u"\\]"_s);
    return escaped;
}

QString zshAction(CliCompletion completion, const QStringList &choices, const std::vector<CliCommand *> &commands)
{
    switch (completion) {
    case CliCompletion::None:
        return u" "_s;
    case CliCompletion::File:
        return u"_files"_s;
    case CliCompletion::Folder:
        return u"_files -/"_s;
    case CliCompletion::Choice:
        return u'(' + choices.join(u' ') + u')';
    case CliCompletion::Command:
        return u'(' + commandNames(commands).join(u' ') + u')';
    }
    return u" "_s;
}

// One _arguments spec per option name; "--name=" takes "--name VALUE" and "--name=VALUE".
QStringList zshSpecs(const CliOptions &options, const std::vector<CliCommand *> &commands, bool positionalsToo)
{
    QStringList specs;
    for (const CliOption &option : options.options()) {
        for (const QString &name : dashedNames(option)) {
            const bool help = option.option.names().contains(u"help"_s) || name == u"--version"_s;
            QString spec = (help ? u"(- *)"_s : QString()) + name;
            if (option.takesValue())
                spec += (name.startsWith(u"--"_s) ? u"="_s : QString()) + u'[' + zshDescription(option.option.description())
                    + u"]:"_s + zshDescription(option.option.valueName()) + u':'
                    + zshAction(option.completion, option.choices, commands);
            else
                spec += u'[' + zshDescription(option.option.description()) + u']';
            specs << spec;
        }
    }
    if (positionalsToo) {
        int position = 1;
        for (const CliPositional &argument : options.positionals()) {
            const QString where = argument.syntax.contains(u"..."_s) ? u"*"_s : QString::number(position++);
            specs << where + u':' + zshDescription(argument.name) + u':'
                    + zshAction(argument.completion, argument.choices, commands);
        }
    }
    return specs;
}

QString zshArguments(const QStringList &specs, const QString &indent)
{
    QString text;
    for (const QString &spec : specs)
        text += u" \\\n"_s + indent + shellQuoted(spec);
    return text;
}
} // namespace

namespace CliCompletionScript {
QString bash(const std::vector<CliCommand *> &commands, const CliOptions &global)
{
    QString text = u"# bash completion for newsdesk-cli\n"
                   "# Generated by 'newsdesk-cli completion bash' from the options the commands declare; do not edit.\n\n"
                   "_newsdesk_cli_compgen()\n{\n"
                   "    compopt -o filenames 2>/dev/null\n"
                   "    mapfile -t COMPREPLY < <(compgen \"$1\" -- \"$cur\")\n"
                   "}\n\n"
                   "_newsdesk_cli()\n{\n"
                   "    local cur=${COMP_WORDS[COMP_CWORD]} prev= command= i\n"
                   "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                   "    # bash splits \"--out=DIR\" at the \"=\": complete the value of the option before it.\n"
                   "    if [[ $cur == = ]]; then\n"
                   "        cur=\n"
                   "    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
                   "        prev=${COMP_WORDS[COMP_CWORD-2]}\n"
                   "    fi\n"
                   "    # The command is the first word that is neither an option nor an option's value.\n"
                   "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                   "        case ${COMP_WORDS[i]} in\n"_s;
    QStringList globalValueOptions;
    for (const CliOption &option : global.options()) {
        if (option.takesValue())
            globalValueOptions << dashedNames(option);
    }
    if (!globalValueOptions.isEmpty())
        text += u"        "_s + globalValueOptions.join(u'|')
            + u") [[ ${COMP_WORDS[i+1]} == = ]] && ((i++)); ((i++)) ;;\n"_s;
    text += u"        -*) ;;\n"
            "        *) command=${COMP_WORDS[i]}; break ;;\n"
            "        esac\n"
            "    done\n"
            "    case $command in\n"
            "    '')\n"_s;
    text += bashBranch(global, commandNames(commands), commands, u"        "_s) + u"        ;;\n"_s;
    for (const CliCommand *command : commands) {
        text += u"    "_s + command->name() + u")\n"_s;
        text += bashBranch(Cli::commandOptions(*command), {}, commands, u"        "_s) + u"        ;;\n"_s;
    }
    text += u"    esac\n"
            "}\n\n"
            "complete -F _newsdesk_cli newsdesk-cli\n"_s;
    return text;
}

QString zsh(const std::vector<CliCommand *> &commands, const CliOptions &global)
{
    QString text = u"#compdef newsdesk-cli\n"
                   "# zsh completion for newsdesk-cli\n"
                   "# Generated by 'newsdesk-cli completion zsh' from the options the commands declare; do not edit.\n"_s;
    for (const CliCommand *command : commands) {
        text += u"\n_newsdesk-cli_"_s + command->name() + u"()\n{\n    _arguments -s -S"_s
            + zshArguments(zshSpecs(Cli::commandOptions(*command), commands, true), u"        "_s) + u"\n}\n"_s;
    }
    text += u"\n_newsdesk-cli()\n{\n"
            "    local curcontext=$curcontext state state_descr line ret=1\n"
            "    typeset -A opt_args\n"
            "    _arguments -C"_s
        + zshArguments(zshSpecs(global, commands, false) + QStringList{u"1:command:->command"_s, u"*::argument:->argument"_s},
                       u"        "_s)
        + u" && ret=0\n"
          "    case $state in\n"
          "    command)\n"
          "        local -a commands=(\n"_s;
    for (const CliCommand *command : commands)
        text += u"            "_s + shellQuoted(command->name() + u':' + command->summary()) + u'\n';
    text += u"        )\n"
            "        _describe -t commands 'newsdesk-cli command' commands && ret=0\n"
            "        ;;\n"
            "    argument)\n"
            "        curcontext=${curcontext%:*:*}:newsdesk-cli-$words[1]:\n"
            "        case $words[1] in\n"_s;
    for (const CliCommand *command : commands)
        text += u"        "_s + command->name() + u") _newsdesk-cli_"_s + command->name() + u" && ret=0 ;;\n"_s;
    text += u"        esac\n"
            "        ;;\n"
            "    esac\n"
            "    return ret\n"
            "}\n\n"
            "_newsdesk-cli \"$@\"\n"_s;
    return text;
}
} // namespace CliCompletionScript
