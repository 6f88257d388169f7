#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Where the newsroom dictionary lives. SpellChecker only needs these three calls, so the
// spelling code does not depend on the whole storage layer; RepositoryNewsroomWordStore
// adapts ArticleRepository, tests may use their own store.
class NewsroomWordStore
{
public:
    virtual ~NewsroomWordStore() = default;
    virtual std::optional<QStringList> words() = 0;
    virtual bool add(const QString &word) = 0;
    virtual bool remove(const QString &word) = 0;
    [[nodiscard]] virtual QString lastError() const = 0;
};
