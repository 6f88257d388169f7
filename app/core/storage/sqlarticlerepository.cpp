#include "sqlarticlerepository.h"

#include "articlesnapshot.h"
#include "readingtime.h"
#include "sqlconnection.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

// SqlArticleRepository is defined in four files, one per job: this one connects, migrates,
// runs write transactions, lists and loads; sqlarticlesaving.cpp saves (photos, search index,
// journal); sqlarticlehistory.cpp keeps revisions and the trash; sqlnewsroomdata.cpp holds the
// newsroom's shared lists and settings.

SqlArticleRepository::SqlArticleRepository(std::unique_ptr<SqlDialect> dialect, const QString &location, Options options)
    : m_dialect(std::move(dialect))
    , m_location(location)
    , m_options(std::move(options))
    , m_connectionName(u"newsdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlArticleRepository::~SqlArticleRepository()
{
    SqlConnection::close(m_database, m_connectionName);
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

// Alike in shape with history() and loadRevision(): each query runs through run(), which says
// what failed; only the SQL and what is read from the row differ.
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
