#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace ArticleSnapshot {
struct SearchDocument;
}

// One step of a schema: the SQL that takes the schema from version-1 to version, and an
// optional backfill in C++ for what plain SQL cannot compute (word counts, search index).
struct SchemaMigration {
    int version = 0;
    QStringList statements;
    std::function<bool(QSqlDatabase &database, QString *error)> backfill;
};

// What differs between the SQL databases SqlArticleRepository serves: connection setup and
// inspection, schema (blob types, search index), write locking and full-text search. Everything
// else (queries with bound parameters, revisions, journal, trash) is shared SQL in the repository.
// SqliteDialect is the embedded default; a PostgreSQL dialect is another implementation.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    [[nodiscard]] virtual QString driverName() const = 0;
    // Checks the location before anything is written, read-only. Returns a translated message
    // when the target must not be opened (corrupt, foreign, newer schema), else an empty string.
    [[nodiscard]] virtual QString inspect(const QString &location) const = 0;
    // Sets database name and connect options on a fresh connection.
    virtual void configure(QSqlDatabase &database, const QString &location, int busyTimeoutMs) const = 0;
    // Statements run once after connecting (pragmas, session settings).
    [[nodiscard]] virtual QStringList sessionSetup(int busyTimeoutMs) const = 0;

    // Starts a write transaction that takes the write lock at once, so that a busy database is
    // noticed before any statement ran.
    [[nodiscard]] virtual QString beginWrite() const = 0;
    [[nodiscard]] virtual bool isBusy(const QSqlError &error) const = 0;
    // The connection itself failed (server restarted, network gone): the same call may work on
    // a fresh connection. Everything else (constraints, conflicts, bad input) would fail again.
    [[nodiscard]] virtual bool isConnectionLoss(const QSqlError &error) const
    {
        Q_UNUSED(error)
        return false;
    }
    // The server refused who we are (wrong or missing password, unknown role, not allowed
    // from this host, no such database): another attempt would meet the same answer, so the
    // editor says so and does not retry.
    [[nodiscard]] virtual bool isLoginRejected(const QSqlError &error) const
    {
        Q_UNUSED(error)
        return false;
    }
    // A translated explanation of a known failure that says what to check; empty when the
    // failure is not a known one (the caller then shows the driver's text).
    [[nodiscard]] virtual QString explain(const QSqlError &error) const
    {
        Q_UNUSED(error)
        return QString();
    }
    // Run first inside the migration's write transaction so that two programs migrating the
    // same database at once take turns; empty when beginWrite() already serializes writers.
    [[nodiscard]] virtual QString lockSchema() const { return QString(); }

    // SQL returning the display name of the connected database user (one text, maybe empty);
    // empty SQL when the database has no users of its own (a SQLite file).
    [[nodiscard]] virtual QString userDisplayName() const { return QString(); }
    // SQL returning the connected user's newsroom role ("writer", "editor", "admin"; see
    // NewsroomRole); empty SQL when the database has one user, who may do everything.
    [[nodiscard]] virtual QString newsroomRole() const { return QString(); }

    [[nodiscard]] virtual QString readSchemaVersion() const = 0; // SQL returning one integer
    [[nodiscard]] virtual QString writeSchemaVersion(int version) const = 0;
    [[nodiscard]] virtual QList<SchemaMigration> migrations() const = 0;
    [[nodiscard]] int schemaVersion() const { return migrations().isEmpty() ? 0 : migrations().constLast().version; }

    // Statements run after rows were inserted with explicit ids (DatabaseCopier), so that the
    // next generated id does not collide; SQLite's AUTOINCREMENT keeps up by itself.
    [[nodiscard]] virtual QStringList afterExplicitIds() const { return {}; }

    // Full-text search. The index statements bind :id, :headline, :teaser, :body, :tags, :caption.
    [[nodiscard]] virtual QString searchIndexDelete() const = 0;
    // Binds an index insert's :id and the document's five fields (every index statement,
    // every dialect and the migrations that fill an index use these names).
    static void bindSearchDocument(QSqlQuery &query, const QVariant &id, const ArticleSnapshot::SearchDocument &document);
    [[nodiscard]] virtual QString searchIndexInsert() const = 0;
    // Replaces the index entry of article `id` inside the caller's write transaction. The
    // default deletes and inserts the whole article with the two statements above; a dialect
    // whose index update grows with the body (SQLite's trigrams) may re-index only what changed.
    virtual bool updateSearchIndex(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document,
                                   QString *error) const;
    // How a search joins articles (alias "a"), binding :search to match. With an empty join the
    // query had no term long enough for the index. Search results come in the index's own
    // order (newest article first) so that the index can stop after the first screen of hits
    // instead of collecting every match of a common word part.
    struct SearchCondition {
        QString join;
        QString where;
        QString orderBy;
        QString match;
        QStringList shortTerms; // too short for the index; matched against headlines
        QVariantMap bindings;   // further values the join or condition binds, besides :search
        bool distinct = false;  // the join may match an article more than once
    };
    [[nodiscard]] virtual SearchCondition searchCondition(const QString &query) const = 0;
};
