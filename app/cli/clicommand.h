#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class ArticleRepository;
class QTextStream;

// What a command gets: its arguments, the output streams and the database, opened on demand.
struct CliContext {
    QStringList arguments; // after the command name
    QTextStream &out;
    QTextStream &err;
    QString databaseLocation; // --database, or empty for the default SQLite file
    // Opens the database on first use; nullptr after printing a clear error to err.
    ArticleRepository *repository();

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
    [[nodiscard]] virtual QString summary() const = 0; // one translated line for --help
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
