#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class ArticleRepository;
class CliOptions;
class QCommandLineParser;
class QTextStream;

// What a command gets: its parsed options and arguments, the output streams and the database,
// opened on demand.
struct CliContext {
    CliContext(const QCommandLineParser &parser, const QString &commandName, const QString &synopsis, QTextStream &out,
               QTextStream &err, const QString &databaseLocation);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    const QCommandLineParser &options; // parsed with what the command declared in addOptions()
    const QStringList arguments; // the positional arguments after the command name
    const QString commandName;
    const QString synopsis; // the usage line after the command name
    QTextStream &out;
    QTextStream &err;
    const QString databaseLocation; // --database, or empty for the default SQLite file

    // Opens the database on first use; nullptr after printing a clear error to err.
    ArticleRepository *repository();
    // Prints "newsdesk-cli COMMAND: message", the usage line and where the help is; returns
    // CliExit::usage. Every usage error of every command goes through here.
    int usageError(const QString &message);

private:
    std::unique_ptr<ArticleRepository> m_repository;
};

// One subcommand of newsdesk-cli. Exit codes: 0 success, 1 findings (e.g. misspellings),
// 2 bad usage, 3 not found, 4 I/O or database error, 5 no dictionary for the article's
// language (check: the spelling could not be checked at all).
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0; // one translated sentence for the help
    // Declares the command's options and arguments. Cli::run parses them (with --help added),
    // reports usage errors naming the command, and the help and shell completions are written
    // from the same declarations.
    virtual void addOptions(CliOptions &options) const = 0;
    virtual int run(CliContext &context) = 0;
};

namespace CliExit {
constexpr int ok = 0;
constexpr int findings = 1;
constexpr int usage = 2;
constexpr int notFound = 3;
constexpr int ioError = 4;
constexpr int noDictionary = 5;
}
