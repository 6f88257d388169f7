#include "sqlitedialect.h"

#include "articlesnapshot.h"
#include "sqlitesearchindex.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

// SQLite's schema steps and the data they carry over. Never edit a released step: files out
// there are at every version. Add a new step instead (and a test that migrates into it).

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

// Calls work with each article's id and newest snapshot (damaged snapshots are passed over:
// the next save indexes the article again).
bool forEachNewestArticle(QSqlDatabase &database, QString *error,
                          const std::function<bool(const QVariant &id, const Article &article)> &work)
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
    while (select.next()) {
        const auto article = ArticleSnapshot::fromJson(select.value(1).toByteArray());
        if (article && !work(select.value(0), *article))
            return false;
    }
    return true;
}

// Schema 3 adds the search index; existing articles are indexed from their newest revision.
bool backfillSearchIndex(QSqlDatabase &database, QString *error)
{
    QSqlQuery insert(database);
    // Schema 3's own statement: one row per article, row id = article id.
    if (!insert.prepare(u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
                        "VALUES (:id, :headline, :teaser, :body, :tags, :caption)"_s)) {
        *error = insert.lastError().text();
        return false;
    }
    return forEachNewestArticle(database, error, [&](const QVariant &id, const Article &article) {
        SqlDialect::bindSearchDocument(insert, id, ArticleSnapshot::searchDocument(article));
        return run(insert, error);
    });
}

// Schema 4 indexes articles in pieces; the schema 3 index was dropped, so index them again.
bool backfillSearchChunks(QSqlDatabase &database, QString *error)
{
    return forEachNewestArticle(database, error, [&](const QVariant &id, const Article &article) {
        return SqliteSearchIndex::update(database, id.toLongLong(), ArticleSnapshot::searchDocument(article), error);
    });
}
} // namespace

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
        // 4: the index in pieces (see SqliteSearchIndex), each with the hash of what it holds, so
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
