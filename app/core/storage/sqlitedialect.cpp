#include "sqlitedialect.h"

#include "articlesnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Schema 2 counts words per revision; older revisions only have their snapshot.
bool backfillWordCounts(QSqlDatabase &database, QString *error)
{
    QSqlQuery select(database);
    select.setForwardOnly(true);
    if (!select.prepare(u"SELECT article_id, revision, snapshot FROM revisions"_s) || !run(select, error)) {
        if (error && error->isEmpty())
            *error = select.lastError().text();
        return false;
    }
    QSqlQuery update(database);
    if (!update.prepare(u"UPDATE revisions SET words = :words WHERE article_id = :id AND revision = :revision"_s)) {
        *error = update.lastError().text();
        return false;
    }
    while (select.next()) {
        const auto article = ArticleSnapshot::fromJson(select.value(2).toByteArray());
        update.bindValue(u":words"_s, article ? ArticleSnapshot::words(*article) : 0);
        update.bindValue(u":id"_s, select.value(0));
        update.bindValue(u":revision"_s, select.value(1));
        if (!run(update, error))
            return false;
    }
    QSqlQuery articles(database);
    if (!articles.prepare(u"UPDATE articles SET words = (SELECT r.words FROM revisions r WHERE r.article_id = articles.id "
                          "AND r.revision = articles.revision)"_s)) {
        *error = articles.lastError().text();
        return false;
    }
    return run(articles, error);
}

// Schema 3 adds the search index; existing articles are indexed from their newest revision.
bool backfillSearchIndex(QSqlDatabase &database, QString *error)
{
    QSqlQuery select(database);
    select.setForwardOnly(true);
    if (!select.prepare(u"SELECT a.id, r.snapshot FROM articles a JOIN revisions r ON r.article_id = a.id "
                        "AND r.revision = a.revision"_s)) {
        *error = select.lastError().text();
        return false;
    }
    if (!run(select, error))
        return false;
    QSqlQuery insert(database);
    if (!insert.prepare(SqliteDialect().searchIndexInsert())) {
        *error = insert.lastError().text();
        return false;
    }
    while (select.next()) {
        const auto article = ArticleSnapshot::fromJson(select.value(1).toByteArray());
        if (!article)
            continue;
        const auto document = ArticleSnapshot::searchDocument(*article);
        insert.bindValue(u":id"_s, select.value(0));
        insert.bindValue(u":headline"_s, document.headline);
        insert.bindValue(u":teaser"_s, document.teaser);
        insert.bindValue(u":body"_s, document.body);
        insert.bindValue(u":tags"_s, document.tags);
        insert.bindValue(u":caption"_s, document.caption);
        if (!run(insert, error))
            return false;
    }
    return true;
}
} // namespace

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::inspect(const QString &location) const
{
    const QFileInfo info(location);
    if (!info.exists()) {
        const QFileInfo parent(info.absolutePath());
        if (parent.exists() && !parent.isDir())
            return tr("Cannot create the database %1: %2 is not a folder.").arg(location, parent.filePath());
        return QString();
    }
    if (info.isDir())
        return tr("%1 is a folder, not a database file.").arg(location);
    if (!info.isReadable())
        return tr("The database %1 cannot be read: permission denied.").arg(location);
    if (info.size() == 0)
        return tr("The file %1 is empty; it is not a Newsdesk database. It was left unchanged.").arg(location);
    if (QString problem = inspectHeader(location); !problem.isEmpty())
        return problem;
    return inspectContent(location);
}

QString SqliteDialect::inspectHeader(const QString &location) const
{
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The database %1 cannot be read: %2").arg(location, file.errorString());
    const QByteArray header = file.read(100);
    const QString damaged = tr("The file %1 is not a Newsdesk database or it is damaged. It was left unchanged.").arg(location);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return damaged;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The page count in the header is trustworthy only when it was written with the current
    // change counter, and pages may still sit in a WAL file; otherwise the file is cut short.
    const bool hasWal = QFileInfo::exists(location + u"-wal"_s);
    if (pageSize < 512 || (!hasWal && validFor == changeCounter && qint64(pageCount) * pageSize > file.size()))
        return damaged;
    return QString();
}

QString SqliteDialect::inspectContent(const QString &location) const
{
    const QString name = u"newsdesk-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(driverName(), name);
        database.setDatabaseName(location);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        const QString damaged = tr("The file %1 is not a Newsdesk database or it is damaged (%2). It was left unchanged.");
        if (!database.open()) {
            problem = damaged.arg(location, database.lastError().text());
        } else {
            QSqlQuery query(database);
            const auto value = [&query](const QString &sql) -> std::optional<qint64> {
                if (!query.exec(sql) || !query.next())
                    return std::nullopt;
                return query.value(0).toLongLong();
            };
            const auto appId = value(u"PRAGMA application_id"_s);
            const auto version = value(u"PRAGMA user_version"_s);
            const auto tables = value(u"SELECT count(*) FROM sqlite_master"_s);
            if (!appId || !version || !tables) {
                problem = damaged.arg(location, query.lastError().text());
            } else if (*appId == applicationId) {
                if (*version > schemaVersion())
                    problem = tr("The database %1 was written by a newer version of Newsdesk (schema %2, this version knows %3). "
                                 "Please update Newsdesk.").arg(location).arg(*version).arg(schemaVersion());
            } else if (*appId != 0 || *version != 0 || *tables != 0) {
                problem = tr("%1 is a database of another program. Newsdesk does not open it, so that it stays unchanged.")
                              .arg(location);
            }
            query = QSqlQuery();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
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

QList<SchemaMigration> SqliteDialect::migrations() const
{
    // Never edit a released step: files out there are at every version. Add a new step instead.
    return {
        // 1: articles with full snapshots per revision, journal, sections, newsroom words.
        {1,
         {u"PRAGMA application_id = %1"_s.arg(applicationId),
          u"CREATE TABLE articles (id INTEGER PRIMARY KEY AUTOINCREMENT, section TEXT NOT NULL DEFAULT '', "
          "headline TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, "
          "modified TEXT NOT NULL, revision INTEGER NOT NULL, trashed_at TEXT)"_s,
          u"CREATE TABLE revisions (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
          "revision INTEGER NOT NULL, saved_at TEXT NOT NULL, snapshot TEXT NOT NULL, PRIMARY KEY (article_id, revision))"_s,
          u"CREATE TABLE journal (article_id INTEGER PRIMARY KEY, base_revision INTEGER NOT NULL, "
          "written_at TEXT NOT NULL, snapshot TEXT NOT NULL)"_s,
          u"CREATE TABLE sections (name TEXT PRIMARY KEY, position INTEGER NOT NULL)"_s,
          u"INSERT INTO sections (name, position) VALUES ('Politik', 0), ('Wirtschaft', 1), ('Finanzen', 2), "
          "('Immobilien', 3), ('Panorama', 4), ('Kultur', 5), ('Sport', 6), ('Wissen', 7)"_s,
          u"CREATE TABLE newsroom_words (word TEXT PRIMARY KEY)"_s},
         {}},
        // 2: lead photos, stored once and shared by revisions and journal; history and list
        // columns so that neither has to parse snapshots.
        {2,
         {u"CREATE TABLE photos (id INTEGER PRIMARY KEY, sha256 BLOB NOT NULL UNIQUE, data BLOB NOT NULL, "
          "mime_type TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL)"_s,
          u"ALTER TABLE revisions ADD COLUMN photo_id INTEGER REFERENCES photos(id)"_s,
          u"ALTER TABLE journal ADD COLUMN photo_id INTEGER REFERENCES photos(id)"_s,
          u"ALTER TABLE revisions ADD COLUMN status INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE revisions ADD COLUMN headline TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE revisions ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE articles ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s,
          u"UPDATE revisions SET status = coalesce(json_extract(snapshot, '$.status'), 0), "
          "headline = coalesce(json_extract(snapshot, '$.headline'), '')"_s,
          u"CREATE INDEX revisions_by_time ON revisions (article_id, saved_at)"_s,
          u"CREATE INDEX revisions_by_photo ON revisions (photo_id)"_s},
         backfillWordCounts},
        // 3: full-text search. Trigrams find parts of German compounds; contentless with
        // contentless_delete keeps updates cheap (no re-tokenizing of the old text).
        {3,
         {u"CREATE VIRTUAL TABLE article_search USING fts5(headline, teaser, body, tags, caption, "
          "content='', contentless_delete=1, tokenize='trigram')"_s,
          u"CREATE INDEX articles_by_modified ON articles (trashed_at, modified)"_s},
         backfillSearchIndex},
    };
}

QString SqliteDialect::searchIndexDelete() const
{
    return u"DELETE FROM article_search WHERE rowid = :id"_s;
}

QString SqliteDialect::searchIndexInsert() const
{
    return u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
           "VALUES (:id, :headline, :teaser, :body, :tags, :caption)"_s;
}

SqlDialect::SearchCondition SqliteDialect::searchCondition(const QString &query) const
{
    SearchCondition condition;
    QStringList phrases;
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        // The trigram index needs three characters; shorter terms are matched on headlines.
        if (term.size() >= 3)
            phrases.append(u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"');
        else
            condition.shortTerms.append(term);
    }
    if (!phrases.isEmpty()) {
        condition.join = u"JOIN article_search ON article_search.rowid = a.id"_s;
        condition.where = u"article_search MATCH :search"_s;
        condition.orderBy = u"article_search.rowid DESC"_s;
        condition.match = phrases.join(u" AND "_s);
    }
    return condition;
}
