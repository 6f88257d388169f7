#include "article.h"
#include "articlerepository.h"
#include "storage/repositoryfactory.h"
#include "storage/sqlarticlerepository.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlitesearchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// The schemas as released, frozen here on purpose: a migration must take files written by
// these exact statements forward, whatever later happens to the product's migration code.
const QStringList schemaVersion1{
    u"PRAGMA application_id = 1313100619"_s,
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
    u"CREATE TABLE newsroom_words (word TEXT PRIMARY KEY)"_s,
    u"PRAGMA user_version = 1"_s};

const QStringList schemaVersion2{
    u"CREATE TABLE photos (id INTEGER PRIMARY KEY, sha256 BLOB NOT NULL UNIQUE, data BLOB NOT NULL, "
    "mime_type TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL)"_s,
    u"ALTER TABLE revisions ADD COLUMN photo_id INTEGER REFERENCES photos(id)"_s,
    u"ALTER TABLE journal ADD COLUMN photo_id INTEGER REFERENCES photos(id)"_s,
    u"ALTER TABLE revisions ADD COLUMN status INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE revisions ADD COLUMN headline TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE revisions ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE articles ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s,
    u"CREATE INDEX revisions_by_time ON revisions (article_id, saved_at)"_s,
    u"CREATE INDEX revisions_by_photo ON revisions (photo_id)"_s,
    u"PRAGMA user_version = 2"_s};

const QStringList schemaVersion3{
    u"CREATE VIRTUAL TABLE article_search USING fts5(headline, teaser, body, tags, caption, "
    "content='', contentless_delete=1, tokenize='trigram')"_s,
    u"CREATE INDEX articles_by_modified ON articles (trashed_at, modified)"_s,
    u"PRAGMA user_version = 3"_s};

// Data as a version 1 editor wrote it: two revisions of one article, a journal entry, a
// newsroom word.
const QStringList dataVersion1{
    u"INSERT INTO articles (id, section, headline, status, created, modified, revision) VALUES "
    "(7, 'Wirtschaft', 'Übergangsfinanzierung steht', 1, '2024-10-25T08:15:00.000Z', '2024-10-25T09:00:00.000Z', 2)"_s,
    u"INSERT INTO revisions (article_id, revision, saved_at, snapshot) VALUES (7, 1, '2024-10-25T08:15:00.000Z', "
    "'{\"section\":\"Wirtschaft\",\"headline\":\"Übergangsfinanzierung wackelt\",\"teaser\":\"Kurz.\","
    "\"bodyHtml\":\"<p>Erste Fassung.</p>\",\"status\":0}')"_s,
    u"INSERT INTO revisions (article_id, revision, saved_at, snapshot) VALUES (7, 2, '2024-10-25T09:00:00.000Z', "
    "'{\"section\":\"Wirtschaft\",\"kicker\":\"Haushalt\",\"headline\":\"Übergangsfinanzierung steht\","
    "\"teaser\":\"Der Stadtrat beschließt größere Zuschüsse.\",\"bodyHtml\":\"<p>Die nordkoreanische Delegation "
    "grüßt die Straßenbahn.</p>\",\"authors\":[\"Jörg Müller\"],\"tags\":[\"Haushalt\"],\"status\":1,"
    "\"published\":\"2024-10-25T10:00:00.000Z\",\"language\":\"de-DE\"}')"_s,
    u"INSERT INTO journal (article_id, base_revision, written_at, snapshot) VALUES (7, 2, '2024-10-25T09:05:00.000Z', "
    "'{\"headline\":\"Übergangsfinanzierung steht fest\",\"status\":1}')"_s,
    u"INSERT INTO newsroom_words (word) VALUES ('Scholz-Nachfolger')"_s};

// What version 2 added: a photo shared by a revision.
const QStringList dataVersion2{
    u"INSERT INTO photos (id, sha256, data, mime_type, width, height) VALUES (3, x'0102', x'FFD8FFD9', 'image/jpeg', 640, 480)"_s,
    u"UPDATE revisions SET photo_id = 3, status = 1, headline = 'Übergangsfinanzierung steht', words = 11 "
    "WHERE article_id = 7 AND revision = 2"_s,
    u"UPDATE revisions SET headline = 'Übergangsfinanzierung wackelt', words = 3 WHERE article_id = 7 AND revision = 1"_s,
    u"UPDATE articles SET words = 11 WHERE id = 7"_s};

// What version 3 added: the article's search index row (row id = article id).
const QStringList dataVersion3{
    u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) VALUES (7, "
    "'Übergangsfinanzierung steht', 'Der Stadtrat beschließt größere Zuschüsse.', "
    "'Die nordkoreanische Delegation grüßt die Straßenbahn.', 'Haushalt', '')"_s};

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A plain connection of our own, as another program (or an old Newsdesk) would have.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        database.setDatabaseName(path);
        m_ok = database.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Runs each statement; returns the first error, or an empty string.
    QString run(const QStringList &statements)
    {
        if (!m_ok)
            return u"not open"_s;
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        for (const QString &statement : statements) {
            QSqlQuery query(database);
            if (!query.exec(statement))
                return statement + u": "_s + query.lastError().text();
        }
        return QString();
    }

    // The first column of the first row, or a description of the failure.
    QString value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return sql + u": "_s + query.lastError().text();
        return query.value(0).toString();
    }

private:
    QString m_name;
    bool m_ok = false;
};
} // namespace

class SqliteDialectTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"datenbank-%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void shouldMigrateFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("nominal: from version 1 (no photos, no search)") << 1;
        QTest::newRow("nominal: from version 2 (no search)") << 2;
        QTest::newRow("nominal: from version 3 (search index, one row per article)") << 3;
    }

    void shouldMigrateFromEveryOlderVersion()
    {
        QFETCH(int, version);
        // GIVEN a database written by an older Newsdesk, with its own SQL
        const QString path = freshPath();
        {
            RawConnection old(path);
            QString error = old.run(schemaVersion1 + dataVersion1);
            if (version >= 2 && error.isEmpty())
                error = old.run(schemaVersion2 + dataVersion2);
            if (version >= 3 && error.isEmpty())
                error = old.run(schemaVersion3 + dataVersion3);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // WHEN the current repository opens it
        RepositoryOpening opening = RepositoryFactory::open(path);
        // THEN it is migrated to the newest schema and every piece of data is intact
        QVERIFY2(opening.repository, qPrintable(opening.error));
        auto *repository = opening.repository.get();
        QCOMPARE(static_cast<SqlArticleRepository *>(repository)->schemaVersion(), SqliteDialect().schemaVersion());
        const auto article = repository->load(7);
        QVERIFY2(article, qPrintable(repository->lastError()));
        QCOMPARE(article->headline, u"Übergangsfinanzierung steht"_s);
        QCOMPARE(article->kicker, u"Haushalt"_s);
        QCOMPARE(article->authors, QStringList{u"Jörg Müller"_s});
        QCOMPARE(article->status, ArticleStatus::Editing);
        QCOMPARE(article->revision, 2);
        QCOMPARE(article->published, QDateTime(QDate(2024, 10, 25), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(article->photo.data.isEmpty(), version < 2);
        if (version >= 2)
            QCOMPARE(article->photo.width, 640);
        const auto history = repository->history(7);
        QVERIFY2(history, qPrintable(repository->lastError()));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).headline, u"Übergangsfinanzierung wackelt"_s);
        QCOMPARE(history->at(0).words, 11); // backfilled from the snapshot for version 1
        QCOMPARE(repository->list({})->first().readingMinutes, 1);
        QCOMPARE(repository->journalEntries()->first().headline, u"Übergangsfinanzierung steht fest"_s);
        QCOMPARE(*repository->newsroomWords(), QStringList{u"Scholz-Nachfolger"_s});
        // the search index was built for existing articles
        ArticleFilter filter;
        filter.search = u"Nordkorea"_s;
        QCOMPARE(repository->list(filter)->size(), 1);
        // and the migrated database takes new saves
        Article edited = *article;
        edited.headline = u"Übergangsfinanzierung beschlossen"_s;
        const SaveResult saved = repository->save(edited, 2);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.revision, 3);
        // and version 6's source identity and newsroom settings are there to use
        edited.sourceUri = u"urn:newsml:dpa.com:20241025:übergang"_s;
        QVERIFY2(repository->save(edited, 3).ok(), qPrintable(repository->lastError()));
        RawConnection raw(path);
        QCOMPARE(raw.value(u"SELECT source_uri FROM articles WHERE id = 7"_s), edited.sourceUri);
        QVERIFY2(raw.run({u"INSERT INTO newsroom_settings (key, value) VALUES ('limits/teaser', '300')"_s}).isEmpty(),
                 "no newsroom_settings table");
    }

    void shouldChangeOneBodyPieceWhenOneParagraphChanges()
    {
        // GIVEN the plain text of a long body, split into index pieces
        QStringList paragraphs;
        for (int i = 0; i < 200; ++i)
            paragraphs.append(u"Absatz %1: Der Stadtrat berät über die Übergangsfinanzierung der Straßenbahn und "
                              "die Zuschüsse für den Wohnungsbau im Norden der Stadt."_s.arg(i));
        const QStringList before = SqliteSearchIndex::bodyChunks(paragraphs.join(u'\n'));
        QVERIFY2(before.size() > 5, qPrintable(QString::number(before.size())));
        // WHEN one paragraph in the middle is edited
        paragraphs[100] += u" Ergänzt."_s;
        const QStringList after = SqliteSearchIndex::bodyChunks(paragraphs.join(u'\n'));
        // THEN every other piece stays as it was: only the one holding the paragraph is
        // indexed again (merged with its neighbour or split in two where the edit moved a
        // boundary)
        int changed = 0;
        for (const QString &piece : after)
            changed += before.contains(piece) ? 0 : 1;
        QVERIFY2(changed >= 1 && changed <= 2, qPrintable(u"%1 of %2 pieces changed"_s.arg(changed).arg(after.size())));
        QCOMPARE(after.join(u'\n'), paragraphs.join(u'\n'));
    }

    void shouldLeaveBadFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("robustness: random bytes") << u"random"_s << u"not a Newsdesk database"_s;
        QTest::newRow("robustness: truncated Newsdesk database") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("robustness: SQLite database of another program") << u"foreign"_s << u"another program"_s;
        QTest::newRow("robustness: empty file") << u"empty"_s << u"empty"_s;
        QTest::newRow("robustness: newer Newsdesk schema") << u"newer"_s << u"newer version"_s;
        QTest::newRow("robustness: text file") << u"text"_s << u"not a Newsdesk database"_s;
    }

    void shouldLeaveBadFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        // GIVEN a file that is not a usable Newsdesk database
        const QString path = freshPath();
        if (kind == u"random") {
            QRandomGenerator generator(4711);
            QByteArray bytes(64 * 1024, '\0');
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        } else if (kind == u"truncated") {
            const QString whole = freshPath();
            {
                RepositoryOpening opening = RepositoryFactory::open(whole);
                QVERIFY2(opening.repository, qPrintable(opening.error));
                for (int i = 0; i < 20; ++i) {
                    Article article;
                    article.headline = u"Artikel %1 über Straßenbau"_s.arg(i);
                    article.bodyHtml = u"<p>"_s + u"Übergangsfinanzierung für Brücken. "_s.repeated(200) + u"</p>"_s;
                    QVERIFY(opening.repository->save(article, 0).ok());
                }
            }
            QFile file(whole);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.size() > 100'000, qPrintable(QString::number(bytes.size())));
            QFile cut(path);
            QVERIFY(cut.open(QIODevice::WriteOnly) && cut.write(bytes.left(bytes.size() / 2)) > 0);
        } else if (kind == u"foreign" || kind == u"newer") {
            RawConnection other(path);
            const QString error = kind == u"foreign"
                ? other.run({u"CREATE TABLE kunden (name TEXT, straße TEXT)"_s, u"INSERT INTO kunden VALUES ('Müller', 'Hauptstraße 1')"_s})
                : other.run({u"PRAGMA application_id = 1313100619"_s, u"PRAGMA user_version = 99"_s,
                             u"CREATE TABLE zukunft (x)"_s});
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } else if (kind == u"empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == u"text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("Einkaufsliste: Äpfel, Brötchen, Käse\n") > 0);
        }
        const QByteArray before = checksum(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        // WHEN Newsdesk tries to open it
        const RepositoryOpening opening = RepositoryFactory::open(path);
        // THEN it refuses with a clear message, and neither the file nor its folder changed
        QVERIFY2(!opening.repository, "a bad file must not be opened");
        QVERIFY2(opening.error.contains(messagePart), qPrintable(opening.error));
        QVERIFY2(opening.error.contains(path), qPrintable(opening.error));
        QCOMPARE(checksum(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void shouldRefuseFolderAndImpossiblePath()
    {
        // GIVEN a folder, and a path below a regular file
        const QString folder = m_dir.filePath(u"ordner.sqlite"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = m_dir.filePath(u"notiz.txt"_s);
        QFile note(file);
        QVERIFY(note.open(QIODevice::WriteOnly) && note.write("Grüße") > 0);
        note.close();
        // WHEN either is opened THEN a clear message names it
        RepositoryOpening opening = RepositoryFactory::open(folder);
        QVERIFY(!opening.repository);
        QVERIFY2(opening.error.contains(u"folder"_s), qPrintable(opening.error));
        opening = RepositoryFactory::open(file + u"/newsdesk.sqlite"_s);
        QVERIFY(!opening.repository);
        QVERIFY2(opening.error.contains(u"notiz.txt"_s), qPrintable(opening.error));
        QCOMPARE(checksum(file), QCryptographicHash::hash("Grüße", QCryptographicHash::Sha256));
    }

    void shouldReportLockHeldByAnotherConnection()
    {
        // GIVEN a database with one article, and another connection holding the write lock
        const QString path = freshPath();
        SqlArticleRepository::Options options;
        options.busyTimeoutMs = 50;
        options.busyRetries = 2;
        RepositoryOpening opening = RepositoryFactory::open(path, options);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        auto *repository = opening.repository.get();
        Article article;
        article.headline = u"Gesperrte Übergangsfinanzierung"_s;
        const SaveResult first = repository->save(article, 0);
        QVERIFY(first.ok());
        article.id = first.id;
        auto other = std::make_unique<RawConnection>(path);
        QVERIFY2(other->run({u"BEGIN EXCLUSIVE"_s}).isEmpty(), "the other connection takes the lock");
        // WHEN we save and journal (each attempt waits the bounded busy timeout, no sleep here)
        article.headline = u"Neue Fassung"_s;
        const SaveResult blocked = repository->save(article, 1);
        const bool journaled = repository->writeJournal(article);
        // THEN both are refused with the reason, and reading still works
        QCOMPARE(blocked.outcome, SaveResult::Outcome::Failed);
        QVERIFY2(blocked.error.contains(u"locked by another program"_s), qPrintable(blocked.error));
        QVERIFY(!journaled);
        QVERIFY2(repository->lastError().contains(u"locked by another program"_s), qPrintable(repository->lastError()));
        QCOMPARE(repository->load(first.id)->headline, u"Gesperrte Übergangsfinanzierung"_s);
        // WHEN the other program lets go THEN the same save goes through
        other.reset();
        const SaveResult later = repository->save(article, 1);
        QVERIFY2(later.ok(), qPrintable(later.error));
    }

    void shouldReportLockHeldByAnotherProcess()
    {
        // GIVEN a database and a sqlite3 process holding an exclusive transaction on it
        const QString path = freshPath();
        SqlArticleRepository::Options options;
        options.busyTimeoutMs = 50;
        options.busyRetries = 2;
        RepositoryOpening opening = RepositoryFactory::open(path, options);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {path});
        QVERIFY2(sqlite.waitForStarted(), qPrintable(sqlite.errorString()));
        sqlite.write("BEGIN EXCLUSIVE;\nSELECT 'gesperrt';\n");
        QByteArray output;
        while (!output.contains("gesperrt") && sqlite.waitForReadyRead(10000))
            output += sqlite.readAllStandardOutput();
        QVERIFY2(output.contains("gesperrt"), output.constData());
        // WHEN an article is saved
        Article article;
        article.headline = u"Während der Sperre geschrieben"_s;
        const SaveResult blocked = opening.repository->save(article, 0);
        // THEN the lock is reported, and nothing was half-written
        QCOMPARE(blocked.outcome, SaveResult::Outcome::Failed);
        QVERIFY2(blocked.error.contains(u"locked by another program"_s), qPrintable(blocked.error));
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished(10000));
        QCOMPARE(opening.repository->list({})->size(), 0);
        QVERIFY(opening.repository->save(article, 0).ok());
    }
};

QTEST_GUILESS_MAIN(SqliteDialectTest)
#include "sqlitedialecttest.moc"
