#include "sqlarticlerepository.h"

#include "articlesnapshot.h"
#include "readingtime.h"
#include "revisionretention.h"
#include "sqldialect.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

SqlArticleRepository::SqlArticleRepository(std::unique_ptr<SqlDialect> dialect, const QString &location, Options options)
    : m_dialect(std::move(dialect))
    , m_location(location)
    , m_options(std::move(options))
    , m_connectionName(u"newsdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlArticleRepository::~SqlArticleRepository()
{
    if (m_database.isValid())
        m_database.close();
    // No handle may outlive removeDatabase(): drop ours first.
    m_database = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QDateTime SqlArticleRepository::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool SqlArticleRepository::fail(const QString &message)
{
    m_lastError = message;
    m_connectionLost = false;
    m_loginRejected = false;
    return false;
}

bool SqlArticleRepository::fail(const QSqlError &error, const QString &context)
{
    if (m_dialect->isBusy(error))
        return fail(tr("The database %1 is locked by another program. Nothing was changed; please try again in a moment.")
                        .arg(m_location));
    // Known causes (rejected login, missing rights, server away) in the journalist's words,
    // the driver's own text as details below.
    if (const QString explanation = m_dialect->explain(error); !explanation.isEmpty())
        fail(explanation + u"\n\n"_s + tr("Details: %1 (%2)").arg(error.text().trimmed(), context));
    else
        fail(tr("%1 (database error: %2)").arg(context, error.text()));
    m_loginRejected = m_dialect->isLoginRejected(error);
    // QPSQL closes a connection the server dropped: later statements fail with no text at all.
    m_connectionLost = !m_loginRejected && (m_dialect->isConnectionLoss(error) || !m_database.isOpen());
    return false;
}

bool SqlArticleRepository::run(QSqlQuery &query, const QString &sql, const QVariantMap &bindings)
{
    if (!query.prepare(sql))
        return fail(query.lastError(), tr("The database %1 could not be read").arg(m_location));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        // Qt binds a null QString as SQL NULL; an empty field is '' in our columns.
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isNull()) {
            static const QChar nothing;
            query.bindValue(u':' + it.key(), QString(&nothing, 0));
        } else {
            query.bindValue(u':' + it.key(), it.value());
        }
    }
    if (!query.exec())
        return fail(query.lastError(), tr("The database %1 could not be read or written").arg(m_location));
    return true;
}

bool SqlArticleRepository::ensureOpen()
{
    return m_open || fail(tr("The database %1 is not open.").arg(m_location));
}

bool SqlArticleRepository::open()
{
    m_lastError.clear();
    if (const QString problem = m_dialect->inspect(m_location); !problem.isEmpty())
        return fail(problem);
    m_database = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_database.isValid())
        return fail(tr("The database driver %1 is not installed.").arg(m_dialect->driverName()));
    m_dialect->configure(m_database, m_location, m_options.busyTimeoutMs);
    if (!m_database.open())
        return fail(m_database.lastError(), tr("Cannot open the database %1").arg(m_location));
    const QStringList setup = m_dialect->sessionSetup(m_options.busyTimeoutMs);
    for (const QString &statement : setup) {
        QSqlQuery query(m_database);
        if (!query.exec(statement))
            return fail(query.lastError(), tr("Cannot set up the database %1").arg(m_location));
    }
    if (!migrate())
        return false;
    m_savedBy = m_options.author.trimmed();
    if (const QString sql = m_dialect->userDisplayName(); m_savedBy.isEmpty() && !sql.isEmpty()) {
        QSqlQuery query(m_database);
        if (!query.exec(sql) || !query.next())
            return fail(query.lastError(), tr("Cannot read the user of %1").arg(m_location));
        m_savedBy = query.value(0).toString().trimmed();
    }
    if (const QString sql = m_dialect->newsroomRole(); !sql.isEmpty()) {
        QSqlQuery query(m_database);
        if (!query.exec(sql) || !query.next())
            return fail(query.lastError(), tr("Cannot read the newsroom role of the user of %1").arg(m_location));
        m_role = NewsroomRole::fromDatabaseName(query.value(0).toString());
    }
    m_open = true;
    return true;
}

bool SqlArticleRepository::migrate()
{
    const int target = m_dialect->schemaVersion();
    const auto readVersion = [this]() -> std::optional<int> {
        QSqlQuery query(m_database);
        if (!query.exec(m_dialect->readSchemaVersion()) || !query.next()) {
            fail(query.lastError(), tr("Cannot read the schema version of %1").arg(m_location));
            return std::nullopt;
        }
        return query.value(0).toInt();
    };
    const auto before = readVersion();
    if (!before)
        return false;
    if (*before > target)
        return fail(tr("The database %1 was written by a newer version of Newsdesk. Please update Newsdesk.").arg(m_location));
    if (*before == target) {
        m_schemaVersion = target;
        return true;
    }
    const bool ok = writeTransaction([&] {
        if (const QString lock = m_dialect->lockSchema(); !lock.isEmpty()) {
            QSqlQuery query(m_database);
            if (!query.exec(lock))
                return fail(query.lastError(), tr("Cannot update the database %1").arg(m_location));
        }
        // Another program may have migrated while we waited for the lock.
        const auto current = readVersion();
        if (!current)
            return false;
        const QList<SchemaMigration> steps = m_dialect->migrations();
        for (const SchemaMigration &step : steps) {
            if (step.version <= *current)
                continue;
            for (const QString &statement : step.statements) {
                QSqlQuery query(m_database);
                if (!query.exec(statement)) {
                    // insufficient_privilege: on a server only the owner changes tables.
                    if (query.lastError().nativeErrorCode() == u"42501"_s)
                        return fail(tr("The database %1 needs an update to schema %2, which only its owner (the "
                                       "newsroom's administrator) may run. Ask the administrator to start Newsdesk "
                                       "once with the owner's login.")
                                        .arg(m_location).arg(step.version));
                    return fail(query.lastError(), tr("Cannot update the database %1 to schema %2").arg(m_location).arg(step.version));
                }
            }
            QString error;
            if (step.backfill && !step.backfill(m_database, &error))
                return fail(tr("Cannot update the database %1 to schema %2 (database error: %3)")
                                .arg(m_location).arg(step.version).arg(error));
            QSqlQuery version(m_database);
            if (!version.exec(m_dialect->writeSchemaVersion(step.version)))
                return fail(version.lastError(), tr("Cannot update the database %1 to schema %2").arg(m_location).arg(step.version));
        }
        return true;
    });
    if (ok)
        m_schemaVersion = target;
    return ok;
}

bool SqlArticleRepository::writeTransaction(const std::function<bool()> &work)
{
    for (int attempt = 1;; ++attempt) {
        QSqlQuery begin(m_database);
        if (begin.exec(m_dialect->beginWrite()))
            break;
        // Each attempt already waited busyTimeoutMs inside the driver; after a bounded number
        // the user learns why instead of watching a frozen window.
        if (!m_dialect->isBusy(begin.lastError()) || attempt >= std::max(1, m_options.busyRetries))
            return fail(begin.lastError(), tr("Cannot start writing to the database %1").arg(m_location));
    }
    const auto rollback = [this] {
        QSqlQuery query(m_database);
        query.exec(u"ROLLBACK"_s); // a failed rollback leaves nothing to save either
    };
    if (!work()) {
        rollback();
        return false;
    }
    QSqlQuery commit(m_database);
    if (!commit.exec(u"COMMIT"_s)) {
        const QSqlError error = commit.lastError();
        rollback();
        return fail(error, tr("Cannot write to the database %1").arg(m_location));
    }
    return true;
}

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

std::optional<QList<ArticleSummary>> SqlArticleRepository::list(const ArticleFilter &filter)
{
    if (!ensureOpen())
        return std::nullopt;
    const auto search = filter.search.trimmed().isEmpty() ? SqlDialect::SearchCondition{}
                                                          : m_dialect->searchCondition(filter.search);
    QString sql = u"SELECT "_s + (search.distinct ? u"DISTINCT "_s : QString())
        + u"a.id, a.headline, a.section, a.status, a.modified, a.words, a.revision FROM articles a "_s
        + search.join + u" WHERE "_s + (filter.trashed ? u"a.trashed_at IS NOT NULL"_s : u"a.trashed_at IS NULL"_s);
    QVariantMap bindings;
    if (!filter.section.isEmpty()) {
        sql += u" AND a.section = :section"_s;
        bindings.insert(u"section"_s, filter.section);
    }
    if (filter.status) {
        sql += u" AND a.status = :status"_s;
        bindings.insert(u"status"_s, static_cast<int>(*filter.status));
    }
    if (!search.where.isEmpty())
        sql += u" AND "_s + search.where;
    if (!search.where.isEmpty() || !search.join.isEmpty()) {
        bindings.insert(u"search"_s, search.match);
        bindings.insert(search.bindings);
    }
    for (qsizetype i = 0; i < search.shortTerms.size(); ++i) {
        const QString key = u"short%1"_s.arg(i);
        QString escaped = search.shortTerms.at(i);
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        sql += u" AND a.headline LIKE :%1 ESCAPE '\\'"_s.arg(key);
        bindings.insert(key, QString(u'%' + escaped + u'%'));
    }
    sql += u" ORDER BY "_s + (search.orderBy.isEmpty() ? u"a.modified DESC, a.id DESC"_s : search.orderBy);
    if (filter.limit >= 0 || filter.offset > 0) {
        // SQLite knows OFFSET only after a LIMIT; PostgreSQL refuses a negative one.
        sql += u" LIMIT :limit"_s;
        bindings.insert(u"limit"_s, filter.limit >= 0 ? qint64(filter.limit) : std::numeric_limits<qint64>::max());
    }
    if (filter.offset > 0) {
        sql += u" OFFSET :offset"_s;
        bindings.insert(u"offset"_s, filter.offset);
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!run(query, sql, bindings))
        return std::nullopt;
    const ReadingTime readingTime;
    QList<ArticleSummary> result;
    while (query.next()) {
        ArticleSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.headline = query.value(1).toString();
        summary.section = query.value(2).toString();
        summary.status = static_cast<ArticleStatus>(std::clamp(query.value(3).toInt(), 0, 3));
        summary.modified = ArticleSnapshot::fromTimestamp(query.value(4).toString());
        summary.readingMinutes = readingTime.minutesForWords(query.value(5).toInt());
        summary.revision = query.value(6).toInt();
        result.append(summary);
    }
    return result;
}

std::optional<qint64> SqlArticleRepository::findBySourceUri(const QString &sourceUri)
{
    if (sourceUri.isEmpty())
        return 0;
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    // Indexed (articles_by_source); the newest article wins should an older copy exist.
    if (!run(query, u"SELECT id FROM articles WHERE source_uri = :source AND trashed_at IS NULL ORDER BY id DESC LIMIT 1"_s,
             {{u"source"_s, sourceUri}}))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

std::optional<Article> SqlArticleRepository::load(qint64 id)
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT a.created, a.modified, a.revision, r.snapshot, r.photo_id FROM articles a "
                    "JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision WHERE a.id = :id"_s,
             {{u"id"_s, id}}))
        return std::nullopt;
    if (!query.next()) {
        fail(tr("There is no article %1 in %2.").arg(id).arg(m_location));
        return std::nullopt;
    }
    QString detail;
    auto article = ArticleSnapshot::fromJson(query.value(3).toByteArray(), &detail);
    if (!article) {
        fail(tr("Article %1 in %2 is damaged: %3").arg(id).arg(m_location, detail));
        return std::nullopt;
    }
    article->id = id;
    article->created = ArticleSnapshot::fromTimestamp(query.value(0).toString());
    article->modified = ArticleSnapshot::fromTimestamp(query.value(1).toString());
    article->revision = query.value(2).toInt();
    if (!attachPhoto(*article, query.value(4)))
        return std::nullopt;
    return article;
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

std::optional<QStringList> SqlArticleRepository::sections()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT name FROM sections ORDER BY position, name"_s))
        return std::nullopt;
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool SqlArticleRepository::setSections(const QStringList &sections)
{
    if (!ensureOpen())
        return false;
    QStringList cleaned;
    for (const QString &section : sections) {
        const QString name = section.trimmed();
        if (name.isEmpty() || cleaned.contains(name, Qt::CaseInsensitive))
            return fail(tr("Section names must not be empty or repeated: \"%1\".").arg(section));
        cleaned.append(name);
    }
    return writeTransaction([&] {
        QSqlQuery clear(m_database);
        if (!run(clear, u"DELETE FROM sections"_s))
            return false;
        for (qsizetype i = 0; i < cleaned.size(); ++i) {
            QSqlQuery insert(m_database);
            if (!run(insert, u"INSERT INTO sections (name, position) VALUES (:name, :position)"_s,
                     {{u"name"_s, cleaned.at(i)}, {u"position"_s, int(i)}}))
                return false;
        }
        return true;
    });
}

std::optional<QStringList> SqlArticleRepository::newsroomWords()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT word FROM newsroom_words ORDER BY word"_s))
        return std::nullopt;
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool SqlArticleRepository::addNewsroomWord(const QString &word)
{
    const QString cleaned = word.trimmed();
    if (!ensureOpen())
        return false;
    if (cleaned.isEmpty() || cleaned.contains(u' '))
        return fail(tr("\"%1\" is not a single word.").arg(word));
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        return run(query, u"INSERT INTO newsroom_words (word) VALUES (:word) ON CONFLICT (word) DO NOTHING"_s,
                   {{u"word"_s, cleaned}});
    });
}

bool SqlArticleRepository::removeNewsroomWord(const QString &word)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        return run(query, u"DELETE FROM newsroom_words WHERE word = :word"_s, {{u"word"_s, word.trimmed()}});
    });
}

std::optional<QMap<QString, QString>> SqlArticleRepository::newsroomSettings()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT key, value FROM newsroom_settings"_s))
        return std::nullopt;
    QMap<QString, QString> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

bool SqlArticleRepository::setNewsroomSettings(const QMap<QString, QString> &values)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QSqlQuery query(m_database);
            if (!run(query,
                     u"INSERT INTO newsroom_settings (key, value) VALUES (:key, :value) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                     {{u"key"_s, it.key()}, {u"value"_s, it.value()}}))
                return false;
        }
        return true;
    });
}
