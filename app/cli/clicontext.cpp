#include "clicommand.h"

#include "articlerepository.h"
#include "clihelp.h"
#include "storage/repositoryfactory.h"

#include <QCommandLineParser>
#include <QTextStream>

CliContext::CliContext(const QCommandLineParser &parser, const QString &name, const QString &usage, QTextStream &output,
                       QTextStream &errors, const QString &database)
    : options(parser)
    , arguments(parser.positionalArguments())
    , commandName(name)
    , synopsis(usage)
    , out(output)
    , err(errors)
    , databaseLocation(database)
{
}

CliContext::~CliContext() = default;

ArticleRepository *CliContext::repository()
{
    if (m_repository)
        return m_repository.get();
    // The CLI reads what the editor wrote: a missing database is an error, not a new file.
    SqlArticleRepository::Options openOptions;
    openOptions.createIfMissing = false;
    RepositoryOpening opening = RepositoryFactory::open(databaseLocation, openOptions);
    if (!opening.repository) {
        err << opening.error << '\n';
        return nullptr;
    }
    m_repository = std::move(opening.repository);
    return m_repository.get();
}

int CliContext::usageError(const QString &message)
{
    CliHelp::printUsageError(err, commandName, synopsis, message);
    return CliExit::usage;
}
