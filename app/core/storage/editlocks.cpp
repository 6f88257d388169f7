#include "editlocks.h"

#include "articlesnapshot.h"
#include "i18n/germanformat.h"
#include "postgresdialect.h"
#include "sqlconnection.h"

#include <QStringList>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

EditLocks::EditLocks(const QString &location, const QString &user, const QString &host, Options options)
    : m_location(location)
    , m_user(user)
    , m_host(host)
    , m_options(std::move(options))
    , m_connectionName(u"newsdesk-locks-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

EditLocks::~EditLocks()
{
    SqlConnection::close(m_database, m_connectionName);
}

QDateTime EditLocks::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool EditLocks::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool EditLocks::open()
{
    if (!PostgresDialect::isPostgresLocation(m_location))
        return fail(tr("Edit locks need a shared PostgreSQL database; %1 is not one.").arg(m_location));
    m_database = QSqlDatabase::addDatabase(PostgresDialect().driverName(), m_connectionName);
    if (const QString problem = PostgresDialect::configureConnection(m_database, m_location); !problem.isEmpty())
        return fail(problem);
    if (!m_database.open())
        return fail(tr("Cannot open the database %1 (database error: %2)").arg(m_location, m_database.lastError().text()));
    return true;
}

bool EditLocks::run(QSqlQuery &query, const QString &sql, const QVariantMap &bindings)
{
    for (int attempt = 0;; ++attempt) {
        query = QSqlQuery(m_database);
        bool ok = query.prepare(sql);
        if (ok) {
            for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
                query.bindValue(u':' + it.key(), it.value());
            ok = query.exec();
        }
        if (ok)
            return true;
        const QSqlError error = query.lastError();
        if (attempt > 0 || !(PostgresDialect().isConnectionLoss(error) || !m_database.isOpen()))
            return false;
        m_database.close();
        if (!m_database.open())
            return false;
    }
}

bool EditLocks::beat(qint64 articleId)
{
    const QString at = ArticleSnapshot::timestamp(now());
    QSqlQuery query;
    // The first beat sets since; later ones only move last_beat. A stale lock of the same user
    // (the editor crashed) starts over.
    if (!run(query,
             u"INSERT INTO edit_locks (article_id, user_name, host, since, last_beat, display_name) "
             "VALUES (:id, :user, :host, :at, :at, coalesce(nullif(CAST(:display AS text), ''), "
             "shobj_description((SELECT oid FROM pg_roles WHERE rolname = current_user), 'pg_authid'), '')) "
             "ON CONFLICT (article_id, user_name, host) DO UPDATE SET "
             "since = CASE WHEN edit_locks.last_beat < :stale THEN excluded.since ELSE edit_locks.since END, "
             "last_beat = excluded.last_beat, display_name = excluded.display_name"_s,
             {{u"id"_s, articleId},
              {u"display"_s, m_options.displayName.trimmed()},
              {u"user"_s, m_user},
              {u"host"_s, m_host},
              {u"at"_s, at},
              {u"stale"_s, ArticleSnapshot::timestamp(now().addSecs(-m_options.staleAfterSeconds))}}))
        return fail(tr("Cannot announce the open article (database error: %1)").arg(query.lastError().text()));
    return true;
}

bool EditLocks::release(qint64 articleId)
{
    QSqlQuery query;
    if (!run(query, u"DELETE FROM edit_locks WHERE article_id = :id AND user_name = :user AND host = :host"_s,
             {{u"id"_s, articleId}, {u"user"_s, m_user}, {u"host"_s, m_host}}))
        return fail(tr("Cannot release the open article (database error: %1)").arg(query.lastError().text()));
    return true;
}

std::optional<QList<EditLock>> EditLocks::openedBy(qint64 articleId)
{
    QSqlQuery query;
    if (!run(query,
             u"SELECT user_name, host, since, last_beat, display_name FROM edit_locks WHERE article_id = :id "
             "AND last_beat >= :fresh AND NOT (user_name = :user AND host = :host) ORDER BY since, user_name"_s,
             {{u"id"_s, articleId},
              {u"fresh"_s, ArticleSnapshot::timestamp(now().addSecs(-m_options.staleAfterSeconds))},
              {u"user"_s, m_user},
              {u"host"_s, m_host}})) {
        fail(tr("Cannot read who has the article open (database error: %1)").arg(query.lastError().text()));
        return std::nullopt;
    }
    QList<EditLock> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(4).toString(), query.value(1).toString(),
                       ArticleSnapshot::fromTimestamp(query.value(2).toString()),
                       ArticleSnapshot::fromTimestamp(query.value(3).toString())});
    return result;
}

std::optional<int> EditLocks::removeStale()
{
    QSqlQuery query;
    if (!run(query, u"DELETE FROM edit_locks WHERE last_beat < :fresh"_s,
             {{u"fresh"_s, ArticleSnapshot::timestamp(now().addSecs(-m_options.staleAfterSeconds))}})) {
        fail(tr("Cannot remove stale edit locks (database error: %1)").arg(query.lastError().text()));
        return std::nullopt;
    }
    return query.numRowsAffected();
}

QString EditLocks::describe(const EditLock &lock)
{
    const QString time = GermanFormat::time(lock.since);
    if (lock.displayName.isEmpty())
        return tr("Being edited by a colleague since %1").arg(time);
    return tr("Being edited by %1 since %2").arg(lock.displayName, time);
}

QString EditLocks::describe(const QList<EditLock> &locks)
{
    if (locks.size() <= 1)
        return locks.isEmpty() ? QString() : describe(locks.constFirst());
    QStringList names;
    for (const EditLock &lock : locks)
        names.append(lock.displayName.isEmpty() ? tr("a colleague") : lock.displayName);
    return tr("Being edited by %1").arg(names.join(u", "_s));
}
