#include "spelling/repositorynewsroomwordstore.h"

#include "articlerepository.h"

RepositoryNewsroomWordStore::RepositoryNewsroomWordStore(ArticleRepository &repository)
    : m_repository(repository)
{
}

std::optional<QStringList> RepositoryNewsroomWordStore::words()
{
    return m_repository.newsroomWords();
}

bool RepositoryNewsroomWordStore::add(const QString &word)
{
    return m_repository.addNewsroomWord(word);
}

bool RepositoryNewsroomWordStore::remove(const QString &word)
{
    return m_repository.removeNewsroomWord(word);
}

QString RepositoryNewsroomWordStore::lastError() const
{
    return m_repository.lastError();
}
