#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// What the shell offers when completing a value or an argument.
enum class CliCompletion {
    None, // free text, a number: nothing to offer
    File,
    Folder,
    Choice, // one of the declared choices
    Command, // the name of a newsdesk-cli command
};

struct CliOption {
    QCommandLineOption option;
    CliCompletion completion = CliCompletion::None;
    QStringList choices; // CliCompletion::Choice only
    bool required = false;

    [[nodiscard]] bool takesValue() const { return !option.valueName().isEmpty(); }
};

struct CliPositional {
    QString name; // as in the help's argument list: "ID"
    QString description;
    QString syntax; // as in the usage line: "(ID...|--all)", "[ID...]"
    CliCompletion completion = CliCompletion::None;
    QStringList choices;
};

// The options and arguments one command (or newsdesk-cli itself) declares. The same list
// configures the QCommandLineParser that reads the command line, writes the help and
// generates the shell completions: one declaration, no second copy to disagree.
class CliOptions
{
public:
    // --name (or -n, --name for two names).
    void addFlag(const QStringList &names, const QString &description);
    // --name VALUE or --name=VALUE.
    void addValue(const QString &name, const QString &valueName, const QString &description,
                  CliCompletion completion = CliCompletion::None);
    // Like addValue, but a missing option is a usage error the runner reports.
    void addRequiredValue(const QString &name, const QString &valueName, const QString &description,
                          CliCompletion completion = CliCompletion::None);
    // --name VALUE where VALUE is one of choices; the shells offer them.
    void addChoice(const QString &name, const QString &valueName, const QString &description, const QStringList &choices);
    void addPositional(const QString &name, const QString &description, const QString &syntax,
                       CliCompletion completion = CliCompletion::None, const QStringList &choices = {});

    [[nodiscard]] const QList<CliOption> &options() const { return m_options; }
    [[nodiscard]] const QList<CliPositional> &positionals() const { return m_positionals; }
    // The option named name (any of its names), or nullptr.
    [[nodiscard]] const CliOption *find(const QString &name) const;

    void addTo(QCommandLineParser &parser) const;
    // What follows the command name in a usage line: "--from LOCATION --to LOCATION",
    // "[OPTIONS] (ID...|--all)". --help is not counted as an option.
    [[nodiscard]] QString synopsis() const;
    // The usage error for a parser whose parse() failed, in the project's words and naming
    // the option as the user wrote it: "unknown option 'bogus'".
    [[nodiscard]] QString parseError(const QCommandLineParser &parser, const QStringList &arguments) const;
    // The first required option that is missing, as "--name", or empty.
    [[nodiscard]] QString missingRequired(const QCommandLineParser &parser) const;

private:
    QList<CliOption> m_options;
    QList<CliPositional> m_positionals;
};
