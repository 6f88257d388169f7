#include "sqlitedialect.h"

#include "sqlitefilecheck.h"
#include "sqlitesearchindex.h"

#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

// The file check (sqlitefilecheck.cpp), the search index (sqlitesearchindex.cpp) and the
// schema steps (sqlitemigrations.cpp) live in files of their own; this one is the connection.

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}


void SqliteDialect::configure(QSqlDatabase &database, const QString &location, int busyTimeoutMs) const
{
    database.setDatabaseName(location);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
}

QStringList SqliteDialect::sessionSetup(int busyTimeoutMs) const
{
    // synchronous=NORMAL in WAL mode survives a crash of the program without corruption; only a
    // power cut may lose the last commits, which the draft journal is there for.
    return {u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs), u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s};
}

QString SqliteDialect::beginWrite() const
{
    return u"BEGIN IMMEDIATE"_s;
}

bool SqliteDialect::isBusy(const QSqlError &error) const
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), including their extended codes.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

QString SqliteDialect::readSchemaVersion() const
{
    return u"PRAGMA user_version"_s;
}

QString SqliteDialect::writeSchemaVersion(int version) const
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QString SqliteDialect::inspect(const QString &location) const
{
    return SqliteFileCheck::inspect(location);
}

QString SqliteDialect::searchIndexDelete() const
{
    return SqliteSearchIndex::deleteStatement();
}

QString SqliteDialect::searchIndexInsert() const
{
    return SqliteSearchIndex::insertStatement();
}

bool SqliteDialect::updateSearchIndex(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document,
                                      QString *error) const
{
    return SqliteSearchIndex::update(database, id, document, error);
}

SqlDialect::SearchCondition SqliteDialect::searchCondition(const QString &query) const
{
    return SqliteSearchIndex::condition(query);
}

