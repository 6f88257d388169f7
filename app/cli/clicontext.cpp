#include "clicommand.h"

#include "articlerepository.h"
#include "storage/repositoryfactory.h"

#include <QTextStream>

ArticleRepository *CliContext::repository()
{
    if (m_repository)
        return m_repository.get();
    // The CLI reads what the editor wrote: a missing database is an error, not a new file.
    SqlArticleRepository::Options options;
    options.createIfMissing = false;
    RepositoryOpening opening = RepositoryFactory::open(databaseLocation, options);
    if (!opening.repository) {
        err << opening.error << '\n';
        return nullptr;
    }
    m_repository = std::move(opening.repository);
    return m_repository.get();
}
