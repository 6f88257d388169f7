#pragma once

#include "spelling/newsroomwordstore.h"

class ArticleRepository;

// The newsroom dictionary as stored in the database, shared by everyone using it.
class RepositoryNewsroomWordStore : public NewsroomWordStore
{
public:
    explicit RepositoryNewsroomWordStore(ArticleRepository &repository);

    std::optional<QStringList> words() override;
    bool add(const QString &word) override;
    bool remove(const QString &word) override;
    [[nodiscard]] QString lastError() const override;

private:
    ArticleRepository &m_repository;
};
