#pragma once

#include <QDateTime>
#include <QList>

#include <utility>

// Which saved versions thinning keeps (SqlArticleRepository::thinRevisions), as a rule over a
// plain list so that it is tested without a database. Per article: the newest revision, the
// newest published one and everything from the last 24 hours stay; older than a day, the
// newest revision of each hour; older than a week, the newest of each day.
namespace RevisionRetention {
struct Revision {
    qint64 articleId = 0;
    int revision = 0;
    QDateTime savedAt; // UTC
    bool published = false;
};

// The (article id, revision) pairs to delete. revisions: grouped by article, each article's
// newest revision first, as `ORDER BY article_id, revision DESC` reads them.
[[nodiscard]] QList<std::pair<qint64, int>> doomed(const QList<Revision> &revisions, const QDateTime &now);
}
