#include "sqlarticlerepository.h"

#include "articlesnapshot.h"
#include "revisionretention.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

// An article's past: its revisions (list, load, restore, thin out) and the trash.

std::optional<QList<RevisionInfo>> SqlArticleRepository::history(qint64 id)
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery exists(m_database);
    if (!run(exists, u"SELECT 1 FROM articles WHERE id = :id"_s, {{u"id"_s, id}}))
        return std::nullopt;
    if (!exists.next()) {
        fail(tr("There is no article %1 in %2.").arg(id).arg(m_location));
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT revision, saved_at, status, headline, words, saved_by FROM revisions WHERE article_id = :id "
                    "ORDER BY revision DESC"_s,
             {{u"id"_s, id}}))
        return std::nullopt;
    QList<RevisionInfo> result;
    while (query.next()) {
        RevisionInfo info;
        info.revision = query.value(0).toInt();
        info.savedAt = ArticleSnapshot::fromTimestamp(query.value(1).toString());
        info.status = static_cast<ArticleStatus>(std::clamp(query.value(2).toInt(), 0, 3));
        info.headline = query.value(3).toString();
        info.words = query.value(4).toInt();
        info.savedBy = query.value(5).toString();
        result.append(info);
    }
    return result;
}

std::optional<Article> SqlArticleRepository::loadRevision(qint64 id, int revision)
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT r.snapshot, r.photo_id, r.saved_at, a.created FROM revisions r "
                    "JOIN articles a ON a.id = r.article_id WHERE r.article_id = :id AND r.revision = :revision"_s,
             {{u"id"_s, id}, {u"revision"_s, revision}}))
        return std::nullopt;
    if (!query.next()) {
        fail(tr("Article %1 has no revision %2 in %3.").arg(id).arg(revision).arg(m_location));
        return std::nullopt;
    }
    QString detail;
    auto article = ArticleSnapshot::fromJson(query.value(0).toByteArray(), &detail);
    if (!article) {
        fail(tr("Revision %1 of article %2 is damaged: %3").arg(revision).arg(id).arg(detail));
        return std::nullopt;
    }
    article->id = id;
    article->revision = revision;
    article->modified = ArticleSnapshot::fromTimestamp(query.value(2).toString());
    article->created = ArticleSnapshot::fromTimestamp(query.value(3).toString());
    if (!attachPhoto(*article, query.value(1)))
        return std::nullopt;
    return article;
}

SaveResult SqlArticleRepository::restoreRevision(qint64 id, int revision)
{
    SaveResult result;
    auto old = loadRevision(id, revision);
    const auto current = old ? load(id) : std::nullopt;
    if (!old || !current) {
        result.error = m_lastError;
        return result;
    }
    return save(*old, current->revision);
}

std::optional<int> SqlArticleRepository::thinRevisions(const QDateTime &now)
{
    if (!ensureOpen())
        return std::nullopt;
    int removed = 0;
    const bool ok = writeTransaction([&] {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!run(query, u"SELECT article_id, revision, saved_at, status FROM revisions ORDER BY article_id, revision DESC"_s))
            return false;
        QList<RevisionRetention::Revision> revisions;
        while (query.next()) {
            revisions.append({query.value(0).toLongLong(), query.value(1).toInt(),
                              ArticleSnapshot::fromTimestamp(query.value(2).toString()),
                              query.value(3).toInt() == static_cast<int>(ArticleStatus::Published)});
        }
        const QList<std::pair<qint64, int>> doomed = RevisionRetention::doomed(revisions, now);
        for (const auto &[id, revision] : std::as_const(doomed)) {
            QSqlQuery remove(m_database);
            if (!run(remove, u"DELETE FROM revisions WHERE article_id = :id AND revision = :revision"_s,
                     {{u"id"_s, id}, {u"revision"_s, revision}}))
                return false;
        }
        removed = int(doomed.size());
        return removeUnusedPhotos();
    });
    if (!ok)
        return std::nullopt;
    return removed;
}

bool SqlArticleRepository::moveToTrash(qint64 id)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        if (!run(query, u"UPDATE articles SET trashed_at = :at WHERE id = :id AND trashed_at IS NULL"_s,
                 {{u"at"_s, ArticleSnapshot::timestamp(now())}, {u"id"_s, id}}))
            return false;
        return query.numRowsAffected() == 1 || fail(tr("There is no article %1 outside the trash.").arg(id));
    });
}

bool SqlArticleRepository::restoreFromTrash(qint64 id)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        if (!run(query, u"UPDATE articles SET trashed_at = NULL WHERE id = :id AND trashed_at IS NOT NULL"_s, {{u"id"_s, id}}))
            return false;
        return query.numRowsAffected() == 1 || fail(tr("There is no article %1 in the trash.").arg(id));
    });
}

std::optional<int> SqlArticleRepository::emptyTrash()
{
    if (!ensureOpen())
        return std::nullopt;
    int removed = 0;
    const bool ok = writeTransaction([&] {
        QSqlQuery trashed(m_database);
        if (!run(trashed, u"SELECT id FROM articles WHERE trashed_at IS NOT NULL"_s))
            return false;
        QList<qint64> ids;
        while (trashed.next())
            ids.append(trashed.value(0).toLongLong());
        for (const qint64 id : std::as_const(ids)) {
            QSqlQuery search(m_database);
            QSqlQuery journal(m_database);
            QSqlQuery article(m_database);
            // Revisions go with the article (ON DELETE CASCADE).
            if (!run(search, m_dialect->searchIndexDelete(), {{u"id"_s, id}})
                || !run(journal, u"DELETE FROM journal WHERE article_id = :id"_s, {{u"id"_s, id}})
                || !run(article, u"DELETE FROM articles WHERE id = :id"_s, {{u"id"_s, id}}))
                return false;
        }
        removed = int(ids.size());
        return removeUnusedPhotos();
    });
    if (!ok)
        return std::nullopt;
    return removed;
}
