#include "sqlarticlerepository.h"

#include "articlesnapshot.h"
#include "readingtime.h"
#include "sqldialect.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Saving an article: the revision with its snapshot, the photo stored once by hash, the
// search index, and the journal that autosave writes between saves.

namespace {
QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

std::optional<qint64> SqlArticleRepository::storePhoto(const Photo &photo)
{
    if (photo.isEmpty())
        return 0;
    if (m_lastPhotoId > 0 && photo.data == m_lastPhotoData) {
        QSqlQuery exists(m_database);
        if (!run(exists, u"SELECT 1 FROM photos WHERE id = :id"_s, {{u"id"_s, m_lastPhotoId}}))
            return std::nullopt;
        if (exists.next())
            return m_lastPhotoId;
    }
    const QByteArray hash = QCryptographicHash::hash(photo.data, QCryptographicHash::Sha256);
    QSqlQuery insert(m_database);
    if (!run(insert,
             u"INSERT INTO photos (sha256, data, mime_type, width, height) VALUES (:sha256, :data, :mime, :width, :height) "
             "ON CONFLICT (sha256) DO NOTHING"_s,
             {{u"sha256"_s, hash}, {u"data"_s, photo.data}, {u"mime"_s, photo.mimeType}, {u"width"_s, photo.width},
              {u"height"_s, photo.height}}))
        return std::nullopt;
    QSqlQuery select(m_database);
    if (!run(select, u"SELECT id FROM photos WHERE sha256 = :sha256"_s, {{u"sha256"_s, hash}}))
        return std::nullopt;
    if (!select.next()) {
        fail(tr("The photo could not be stored in %1.").arg(m_location));
        return std::nullopt;
    }
    m_lastPhotoId = select.value(0).toLongLong();
    m_lastPhotoData = photo.data;
    return m_lastPhotoId;
}

bool SqlArticleRepository::attachPhoto(Article &article, const QVariant &photoId)
{
    article.photo.data.clear();
    if (photoId.isNull() || photoId.toLongLong() <= 0)
        return true;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT data, mime_type, width, height FROM photos WHERE id = :id"_s, {{u"id"_s, photoId}}))
        return false;
    if (!query.next())
        return fail(tr("The photo of article %1 is missing in %2.").arg(article.id).arg(m_location));
    article.photo.data = query.value(0).toByteArray();
    article.photo.mimeType = query.value(1).toString();
    article.photo.width = query.value(2).toInt();
    article.photo.height = query.value(3).toInt();
    m_lastPhotoId = photoId.toLongLong();
    m_lastPhotoData = article.photo.data;
    return true;
}

bool SqlArticleRepository::updateSearchIndex(qint64 id, const ArticleSnapshot::SearchDocument &document)
{
    QString error;
    if (m_dialect->updateSearchIndex(m_database, id, document, &error))
        return true;
    fail(tr("The search index of %1 could not be updated: %2").arg(m_location, error));
    // The connection may have died right here, in the middle of a save: that is a lost
    // connection (ResilientRepository retries on a fresh one), not a refusal.
    m_connectionLost = m_dialect->isConnectionLoss(QSqlError(QString(), error, QSqlError::StatementError))
        || !m_database.isOpen();
    return false;
}

bool SqlArticleRepository::removeUnusedPhotos()
{
    m_lastPhotoId = 0;
    m_lastPhotoData.clear();
    QSqlQuery query(m_database);
    return run(query, u"DELETE FROM photos WHERE id NOT IN (SELECT photo_id FROM revisions WHERE photo_id IS NOT NULL "
                      "UNION SELECT photo_id FROM journal WHERE photo_id IS NOT NULL)"_s);
}

SaveResult SqlArticleRepository::save(const Article &article, int baseRevision)
{
    SaveResult result;
    if (!ensureOpen()) {
        result.error = m_lastError;
        return result;
    }
    const bool committed = writeTransaction([&] {
        result = saveLocked(article, baseRevision);
        return result.outcome == SaveResult::Outcome::Saved;
    });
    if (!committed && result.outcome == SaveResult::Outcome::Saved)
        result.outcome = SaveResult::Outcome::Failed;
    if (!committed)
        result.error = m_lastError;
    return result;
}

SaveResult SqlArticleRepository::saveLocked(const Article &article, int baseRevision)
{
    SaveResult result;
    const QString at = ArticleSnapshot::timestamp(now());
    // The body's plain text serves both the word count and the index: strip it once.
    const auto document = ArticleSnapshot::searchDocument(article);
    const int words = ReadingTime::countWords(article.teaser) + ReadingTime::countWords(document.body);
    qint64 id = article.id;
    int revision = 1;
    if (id == 0) {
        QSqlQuery insert(m_database);
        // An imported article (one with a source identity) keeps its own dates: ninjs
        // firstcreated/versioncreated, NewsML-G2 firstCreated/versionCreated (docs/import.md).
        // Everything else is created now, whatever a copied value says.
        const QDateTime current = now();
        const bool imported = !article.sourceUri.isEmpty();
        const QString created = imported && article.created.isValid() && article.created <= current
                                    ? ArticleSnapshot::timestamp(article.created.toUTC()) : at;
        const QString modified = imported && article.modified.isValid() && article.modified <= current
                                     ? ArticleSnapshot::timestamp(article.modified.toUTC()) : at;
        if (!run(insert, u"INSERT INTO articles (section, headline, status, created, modified, revision, words, source_uri) "
                         "VALUES (:section, :headline, :status, :created, :modified, 1, :words, :source) RETURNING id"_s,
                 {{u"section"_s, article.section}, {u"headline"_s, article.headline}, {u"source"_s, article.sourceUri},
                  {u"status"_s, static_cast<int>(article.status)}, {u"created"_s, created}, {u"modified"_s, modified},
                  {u"words"_s, words}}))
            return result;
        if (!insert.next()) {
            fail(tr("The new article could not be stored in %1.").arg(m_location));
            return result;
        }
        id = insert.value(0).toLongLong();
    } else {
        QSqlQuery current(m_database);
        if (!run(current, u"SELECT revision FROM articles WHERE id = :id"_s, {{u"id"_s, id}}))
            return result;
        if (!current.next()) {
            fail(tr("There is no article %1 in %2; it may have been deleted from the trash.").arg(id).arg(m_location));
            return result;
        }
        const int stored = current.value(0).toInt();
        if (stored != baseRevision) {
            // Someone saved in between: never overwrite their words.
            result.outcome = SaveResult::Outcome::Conflict;
            result.id = id;
            result.revision = stored;
            fail(tr("Article %1 was saved elsewhere in the meantime (revision %2; you edited revision %3). "
                    "Nothing was overwritten.").arg(id).arg(stored).arg(baseRevision));
            result.error = m_lastError;
            return result;
        }
        // The same words as the stored revision (an article left or closed without an edit):
        // no new revision, so that nobody's "modified" column or list order moves.
        QSqlQuery last(m_database);
        if (!run(last, u"SELECT snapshot, photo_id FROM revisions WHERE article_id = :id AND revision = :revision"_s,
                 {{u"id"_s, id}, {u"revision"_s, stored}}))
            return result;
        const auto unchanged = [&article](const QByteArray &snapshot) {
            // Whitespace after the last block is no change (the form's writer ends with a line
            // break, imported and older bodies may not).
            auto previous = ArticleSnapshot::fromJson(snapshot);
            if (!previous)
                return false;
            Article mine = article;
            previous->bodyHtml = previous->bodyHtml.trimmed();
            mine.bodyHtml = mine.bodyHtml.trimmed();
            return ArticleSnapshot::toJson(*previous) == ArticleSnapshot::toJson(mine);
        };
        if (last.next() && unchanged(last.value(0).toByteArray())) {
            const QVariant storedPhoto = last.value(1);
            bool samePhoto = article.photo.isEmpty() ? storedPhoto.isNull() : false;
            if (!article.photo.isEmpty() && !storedPhoto.isNull()) {
                const auto photoId = storePhoto(article.photo);
                if (!photoId)
                    return result;
                samePhoto = *photoId == storedPhoto.toLongLong();
            }
            if (samePhoto) {
                result.outcome = SaveResult::Outcome::Saved;
                result.id = id;
                result.revision = stored;
                return result;
            }
        }
        revision = stored + 1;
        QSqlQuery update(m_database);
        // "AND revision = :base" makes the check and the write one step: on a server, a save
        // racing ours waits for the row lock and then finds the revision moved on.
        if (!run(update, u"UPDATE articles SET section = :section, headline = :headline, status = :status, "
                         "modified = :at, revision = :revision, words = :words, source_uri = :source "
                         "WHERE id = :id AND revision = :base"_s,
                 {{u"section"_s, article.section}, {u"headline"_s, article.headline}, {u"source"_s, article.sourceUri},
                  {u"status"_s, static_cast<int>(article.status)}, {u"at"_s, at}, {u"revision"_s, revision},
                  {u"words"_s, words}, {u"id"_s, id}, {u"base"_s, baseRevision}}))
            return result;
        if (update.numRowsAffected() != 1) {
            result.outcome = SaveResult::Outcome::Conflict;
            result.id = id;
            result.revision = revision;
            fail(tr("Article %1 was saved elsewhere in the meantime (you edited revision %2). Nothing was overwritten.")
                     .arg(id).arg(baseRevision));
            result.error = m_lastError;
            return result;
        }
    }
    const auto photoId = storePhoto(article.photo);
    if (!photoId)
        return result;
    QSqlQuery insertRevision(m_database);
    if (!run(insertRevision,
             u"INSERT INTO revisions (article_id, revision, saved_at, snapshot, photo_id, status, headline, words, saved_by) "
             "VALUES (:id, :revision, :at, :snapshot, :photo, :status, :headline, :words, :by)"_s,
             {{u"id"_s, id}, {u"revision"_s, revision}, {u"at"_s, at}, {u"by"_s, m_savedBy},
              {u"snapshot"_s, ArticleSnapshot::toJson(article)}, {u"photo"_s, nullableId(*photoId)},
              {u"status"_s, static_cast<int>(article.status)}, {u"headline"_s, article.headline}, {u"words"_s, words}}))
        return result;
    if (!updateSearchIndex(id, document))
        return result;
    result.outcome = SaveResult::Outcome::Saved;
    result.id = id;
    result.revision = revision;
    return result;
}

bool SqlArticleRepository::writeJournal(const Article &article)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        const auto photoId = storePhoto(article.photo);
        if (!photoId)
            return false;
        // ON CONFLICT ... DO UPDATE is spelled the same in SQLite and PostgreSQL.
        QSqlQuery query(m_database);
        return run(query,
                   u"INSERT INTO journal (article_id, base_revision, written_at, snapshot, photo_id) "
                   "VALUES (:id, :revision, :at, :snapshot, :photo) ON CONFLICT (article_id) DO UPDATE SET "
                   "base_revision = excluded.base_revision, written_at = excluded.written_at, "
                   "snapshot = excluded.snapshot, photo_id = excluded.photo_id"_s,
                   {{u"id"_s, article.id}, {u"revision"_s, article.revision}, {u"at"_s, ArticleSnapshot::timestamp(now())},
                    {u"snapshot"_s, ArticleSnapshot::toJson(article)},
                    {u"photo"_s, nullableId(*photoId)}});
    });
}

std::optional<QList<Article>> SqlArticleRepository::journalEntries()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT article_id, base_revision, written_at, snapshot, photo_id FROM journal "
                    "ORDER BY written_at DESC, article_id"_s))
        return std::nullopt;
    QList<Article> result;
    while (query.next()) {
        auto article = ArticleSnapshot::fromJson(query.value(3).toByteArray());
        if (!article)
            continue; // a damaged entry must not hide the others
        article->id = query.value(0).toLongLong();
        article->revision = query.value(1).toInt();
        article->modified = ArticleSnapshot::fromTimestamp(query.value(2).toString());
        if (!attachPhoto(*article, query.value(4)))
            return std::nullopt;
        result.append(*article);
    }
    return result;
}

bool SqlArticleRepository::clearJournal(qint64 articleId)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        return run(query, u"DELETE FROM journal WHERE article_id = :id"_s, {{u"id"_s, articleId}});
    });
}
