#include "sqlitedialect.h"

#include "articlesnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QtEndian>

#include <algorithm>

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
    // Schema 3's own statement: one row per article, row id = article id.
    if (!insert.prepare(u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
                        "VALUES (:id, :headline, :teaser, :body, :tags, :caption)"_s)) {
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

// Schema 4 indexes articles in pieces; the schema 3 index was dropped, so index them again.
bool backfillSearchChunks(QSqlDatabase &database, QString *error)
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
    const SqliteDialect dialect;
    while (select.next()) {
        const auto article = ArticleSnapshot::fromJson(select.value(1).toByteArray());
        if (!article)
            continue;
        if (!dialect.updateSearchIndex(database, select.value(0).toLongLong(), ArticleSnapshot::searchDocument(*article), error))
            return false;
    }
    return true;
}

// A stable hash (unlike qHash, not seeded per process): chunk boundaries must come out the
// same in every run, or the first save after a restart would re-index the whole body.
quint32 fnv1a(QStringView text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QByteArray pieceHash(QStringView kind, const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kind.toUtf8());
    for (const QString &field : fields) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(field.toUtf8());
    }
    return hash.result();
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
        // Even a read-only connection creates -wal and -shm beside a file whose header says WAL
        // (found by tests/fuzz/sqlitefilecheckfuzz): a refused file's folder would change. Without
        // a WAL of its own there is nothing to read from one, so the file is opened immutable.
        if (QFileInfo::exists(location + u"-wal"_s)) {
            database.setDatabaseName(location);
            database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        } else {
            QUrl url = QUrl::fromLocalFile(QFileInfo(location).absoluteFilePath());
            url.setQuery(u"immutable=1"_s);
            database.setDatabaseName(url.toString(QUrl::FullyEncoded));
            database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        }
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
        // 4: the index in pieces (see searchSlots), each with the hash of what it holds, so
        // that a save re-indexes only the pieces whose text changed: a trigram index of a
        // 150,000-character body costs about 50 ms, one paragraph group about 1 ms.
        {4,
         {u"DROP TABLE article_search"_s,
          u"CREATE VIRTUAL TABLE article_search USING fts5(headline, teaser, body, tags, caption, "
          "content='', contentless_delete=1, tokenize='trigram')"_s,
          u"CREATE TABLE article_search_pieces (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
          "slot INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (article_id, slot))"_s},
         backfillSearchChunks},
        // 5: who saved each revision (the author name or the role's display name), for the
        // history and for the colleague's note after a merge.
        {5, {u"ALTER TABLE revisions ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''"_s}, {}},
        // 6: the source identity of imported articles (ninjs uri, NewsML-G2 guid), so that an
        // agency's update finds its article; settings the whole newsroom shares (limits, hints).
        {6,
         {u"ALTER TABLE articles ADD COLUMN source_uri TEXT NOT NULL DEFAULT ''"_s,
          u"CREATE INDEX articles_by_source ON articles (source_uri) WHERE source_uri <> ''"_s,
          u"CREATE TABLE newsroom_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s},
         {}},
    };
}

QString SqliteDialect::searchIndexDelete() const
{
    return u"DELETE FROM article_search WHERE rowid >= :id * %1 AND rowid < (:id + 1) * %1"_s.arg(searchSlots);
}

QString SqliteDialect::searchIndexInsert() const
{
    // The whole article as one piece; updateSearchIndex() is what saves use.
    return u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
           "VALUES (:id * %1, :headline, :teaser, :body, :tags, :caption)"_s.arg(searchSlots);
}

QStringList SqliteDialect::bodyChunks(const QString &body)
{
    // A piece ends after a paragraph whose own hash says so (one in eight), whatever came
    // before it: boundaries move only where paragraphs change, so an edit changes the piece
    // that holds the paragraph and nothing after it. maxChars bounds a piece that finds no
    // such paragraph.
    constexpr quint32 boundaryEvery = 8;
    constexpr qsizetype maxChars = 16000;
    QStringList chunks;
    QString current;
    for (const QStringView paragraph : QStringView(body).split(u'\n')) {
        if (paragraph.trimmed().isEmpty())
            continue;
        if (!current.isEmpty())
            current += u'\n';
        current += paragraph;
        if (current.size() >= maxChars || fnv1a(paragraph) % boundaryEvery == 0) {
            chunks.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        chunks.append(current);
    // Only bodies of millions of characters get here: join neighbours until the slots suffice.
    while (chunks.size() > searchSlots - 1) {
        QStringList joined;
        for (qsizetype i = 0; i < chunks.size(); i += 2)
            joined.append(i + 1 < chunks.size() ? chunks.at(i) + u'\n' + chunks.at(i + 1) : chunks.at(i));
        chunks = joined;
    }
    return chunks;
}

bool SqliteDialect::updateSearchIndex(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document,
                                      QString *error) const
{
    const auto fail = [error](const QSqlQuery &query) {
        *error = query.lastError().text();
        return false;
    };
    QSqlQuery stored(database);
    if (!stored.prepare(u"SELECT slot, hash FROM article_search_pieces WHERE article_id = :id"_s))
        return fail(stored);
    stored.bindValue(u":id"_s, id);
    if (!stored.exec())
        return fail(stored);
    QHash<QByteArray, qint64> storedSlots; // hash -> slot
    QSet<qint64> usedSlots;
    QByteArray storedMeta;
    while (stored.next()) {
        const qint64 slot = stored.value(0).toLongLong();
        if (slot == 0)
            storedMeta = stored.value(1).toByteArray();
        else
            storedSlots.insert(stored.value(1).toByteArray(), slot);
        usedSlots.insert(slot);
    }
    stored = QSqlQuery();

    QSqlQuery removeRow(database);
    QSqlQuery removePiece(database);
    QSqlQuery insertRow(database);
    QSqlQuery insertPiece(database);
    if (!removeRow.prepare(u"DELETE FROM article_search WHERE rowid = :rowid"_s))
        return fail(removeRow);
    if (!removePiece.prepare(u"DELETE FROM article_search_pieces WHERE article_id = :id AND slot = :slot"_s))
        return fail(removePiece);
    if (!insertRow.prepare(u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
                           "VALUES (:rowid, :headline, :teaser, :body, :tags, :caption)"_s))
        return fail(insertRow);
    if (!insertPiece.prepare(u"INSERT INTO article_search_pieces (article_id, slot, hash) VALUES (:id, :slot, :hash)"_s))
        return fail(insertPiece);
    const auto remove = [&](qint64 slot) {
        removeRow.bindValue(u":rowid"_s, id * searchSlots + slot);
        if (!removeRow.exec())
            return fail(removeRow);
        removePiece.bindValue(u":id"_s, id);
        removePiece.bindValue(u":slot"_s, slot);
        return removePiece.exec() || fail(removePiece);
    };
    const auto insert = [&](qint64 slot, const QByteArray &hash, const QStringList &fields) {
        insertRow.bindValue(u":rowid"_s, id * searchSlots + slot);
        insertRow.bindValue(u":headline"_s, fields.at(0));
        insertRow.bindValue(u":teaser"_s, fields.at(1));
        insertRow.bindValue(u":body"_s, fields.at(2));
        insertRow.bindValue(u":tags"_s, fields.at(3));
        insertRow.bindValue(u":caption"_s, fields.at(4));
        if (!insertRow.exec())
            return fail(insertRow);
        insertPiece.bindValue(u":id"_s, id);
        insertPiece.bindValue(u":slot"_s, slot);
        insertPiece.bindValue(u":hash"_s, hash);
        return insertPiece.exec() || fail(insertPiece);
    };

    const QStringList meta{document.headline, document.teaser, QString(), document.tags, document.caption};
    const QByteArray metaHash = pieceHash(u"meta", meta);
    if (metaHash != storedMeta) {
        if (usedSlots.contains(0) && !remove(0))
            return false;
        if (!insert(0, metaHash, meta))
            return false;
        usedSlots.insert(0);
    }

    QList<QPair<QByteArray, QString>> wanted;
    QSet<QByteArray> wantedHashes;
    for (const QString &chunk : bodyChunks(document.body)) {
        const QByteArray hash = pieceHash(u"body", {chunk});
        if (!wantedHashes.contains(hash)) { // the same text twice is found once
            wantedHashes.insert(hash);
            wanted.append({hash, chunk});
        }
    }
    for (auto it = storedSlots.cbegin(); it != storedSlots.cend(); ++it) {
        if (!wantedHashes.contains(it.key())) {
            if (!remove(it.value()))
                return false;
            usedSlots.remove(it.value());
        }
    }
    qint64 nextFree = 1;
    for (const auto &[hash, chunk] : std::as_const(wanted)) {
        if (storedSlots.contains(hash))
            continue;
        while (usedSlots.contains(nextFree))
            ++nextFree;
        if (nextFree >= searchSlots) {
            *error = tr("The article is too long for the search index.");
            return false;
        }
        if (!insert(nextFree, hash, {QString(), QString(), chunk, QString(), QString()}))
            return false;
        usedSlots.insert(nextFree);
    }
    return true;
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
    if (phrases.isEmpty())
        return condition;
    // An article is several index rows (see searchSlots). The first term drives the search in
    // the index's order, newest article first, so that it can stop after the first screen of
    // hits; DISTINCT lists an article once when several of its rows match (SQLite drops
    // repeats as rows stream by, without collecting all matches first). Every further term
    // may sit in any row of the same article: its matches are looked up once, not per row.
    condition.join = u"JOIN article_search(:search) AS hit ON a.id = hit.rowid / %1"_s.arg(searchSlots);
    condition.distinct = true;
    QStringList further;
    for (qsizetype i = 1; i < phrases.size(); ++i) {
        const QString key = u"term%1"_s.arg(i);
        further.append(u"a.id IN (SELECT rowid / %1 FROM article_search(:%2))"_s.arg(searchSlots).arg(key));
        condition.bindings.insert(key, phrases.at(i));
    }
    condition.where = further.join(u" AND "_s);
    condition.orderBy = u"hit.rowid DESC"_s;
    condition.match = phrases.first();
    return condition;
}
