// The contract of ArticleRepository: the same cases against both backends the SQL adapter
// serves, a SQLite file and a database on a real PostgreSQL server this test starts (never
// skipped: without a server initTestCase fails). Every case runs once per row of
// initTestCase_data(), tagged "sqlite" or "postgresql". What only one backend does lives in
// its own test: sqlarticlerepositorytest (files, the chunked search index), sqlitedialecttest
// (migrations, file checks), postgresrepositorytest (listeners, reconnects, concurrency,
// server refusals), newsroomroletest (roles).
// Longer than the ~500-line guide on purpose: the whole contract in one file, so that a case
// added here runs on both backends.
#include "articlerepository.h"
#include "postgresserver.h"
#include "settings/newsroomconfig.h"
#include "storage/repositoryfactory.h"
#include "storage/sqlarticlerepository.h"

#include "storagesample.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

enum class Backend { Sqlite, Postgresql };
Q_DECLARE_METATYPE(Backend)

namespace {
// Compares the content fields, which a save must keep exactly.
void compareContent(const Article &actual, const Article &expected)
{
    QCOMPARE(actual.section, expected.section);
    QCOMPARE(actual.kicker, expected.kicker);
    QCOMPARE(actual.headline, expected.headline);
    QCOMPARE(actual.teaser, expected.teaser);
    QCOMPARE(actual.bodyHtml, expected.bodyHtml);
    QCOMPARE(actual.authors, expected.authors);
    QCOMPARE(actual.dateline, expected.dateline);
    QCOMPARE(actual.published, expected.published);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.photo, expected.photo);
    QCOMPARE(actual.related, expected.related);
    QCOMPARE(actual.sourceUri, expected.sourceUri);
    QCOMPARE(actual.sourceVersion, expected.sourceVersion);
    QCOMPARE(actual.embargoed, expected.embargoed);
    QCOMPARE(actual.target, expected.target);
}
} // namespace

class RepositoryContractTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresServer m_server;
    int m_locations = 0;
    const QDateTime m_start = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
    QDateTime m_now = m_start; // the repositories' clock; tests move it

    // A new, empty place for a repository: a file (named after `stem`), or a database on the
    // test's server.
    QString freshLocation(Backend backend, const QString &stem = u"redaktion"_s)
    {
        ++m_locations;
        if (backend == Backend::Sqlite)
            return m_dir.filePath(u"%1-%2.sqlite"_s.arg(stem).arg(m_locations));
        const QString url = m_server.createDatabase(u"contract_%1"_s.arg(m_locations));
        if (url.isEmpty())
            qWarning("createDatabase failed: %s", qPrintable(m_server.errorString()));
        return url;
    }

    std::unique_ptr<ArticleRepository> openAt(const QString &location)
    {
        SqlArticleRepository::Options options;
        options.clock = [this] { return m_now; };
        RepositoryOpening opening = RepositoryFactory::open(location, options);
        if (!opening.repository)
            qWarning("open failed: %s", qPrintable(opening.error));
        return std::move(opening.repository);
    }

    std::unique_ptr<ArticleRepository> openFresh(Backend backend) { return openAt(freshLocation(backend)); }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite") << Backend::Sqlite;
        QTest::newRow("postgresql") << Backend::Postgresql;
    }

    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init() { m_now = m_start; }

    void shouldCreateDatabaseWithDefaultSections()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN a path where no database exists yet
        auto repository = openFresh(backend);
        QVERIFY(repository);
        // WHEN the sections are read
        const auto sections = repository->sections();
        // THEN the newsroom defaults are there, in order
        QVERIFY2(sections, qPrintable(repository->lastError()));
        QCOMPARE(*sections, (QStringList{u"Politik"_s, u"Wirtschaft"_s, u"Finanzen"_s, u"Immobilien"_s, u"Panorama"_s,
                                         u"Kultur"_s, u"Sport"_s, u"Wissen"_s}));
    }

    void shouldSaveAndLoadEveryField()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN a fresh database and an article with umlauts in every field
        auto repository = openFresh(backend);
        QVERIFY(repository);
        const Article article = StorageSample::article();
        // WHEN it is saved as a new article
        const SaveResult result = repository->save(article, 0);
        // THEN it gets an id, revision 1, and loads back unchanged
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.id > 0);
        QCOMPARE(result.revision, 1);
        const auto loaded = repository->load(result.id);
        QVERIFY2(loaded, qPrintable(repository->lastError()));
        compareContent(*loaded, article);
        QCOMPARE(loaded->id, result.id);
        QCOMPARE(loaded->revision, 1);
        QCOMPARE(loaded->created, m_now);
        QCOMPARE(loaded->modified, m_now);
    }

    void shouldKeepDataAcrossReopen()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article saved in a database (a file name with an umlaut) that is then closed
        const QString path = freshLocation(backend, u"wiederöffnen"_s);
        qint64 id = 0;
        {
            auto repository = openAt(path);
            QVERIFY(repository);
            const SaveResult result = repository->save(StorageSample::article(), 0);
            QVERIFY2(result.ok(), qPrintable(result.error));
            id = result.id;
        }
        // WHEN it is opened again
        auto repository = openAt(path);
        QVERIFY(repository);
        // THEN the article is there
        const auto loaded = repository->load(id);
        QVERIFY2(loaded, qPrintable(repository->lastError()));
        compareContent(*loaded, StorageSample::article());
    }

    void shouldMakeEverySaveARevision()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN a saved article
        auto repository = openFresh(backend);
        Article article = StorageSample::article();
        SaveResult first = repository->save(article, 0);
        QVERIFY2(first.ok(), qPrintable(first.error));
        // WHEN it is edited and saved twice more
        article.id = first.id;
        article.headline = u"Übergangsfinanzierung wackelt"_s;
        m_now = m_now.addSecs(60);
        const SaveResult second = repository->save(article, 1);
        article.headline = u"Übergangsfinanzierung endgültig beschlossen"_s;
        article.status = ArticleStatus::Published;
        m_now = m_now.addSecs(60);
        const SaveResult third = repository->save(article, 2);
        // THEN there are three revisions, newest first, each loadable as it was
        QVERIFY2(second.ok() && third.ok(), qPrintable(second.error + third.error));
        QCOMPARE(third.revision, 3);
        const auto history = repository->history(first.id);
        QVERIFY2(history, qPrintable(repository->lastError()));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).revision, 3);
        QCOMPARE(history->at(0).status, ArticleStatus::Published);
        QCOMPARE(history->at(2).headline, u"Übergangsfinanzierung für Straßenbahnen gesichert"_s);
        QVERIFY2(history->at(0).words > 10, qPrintable(QString::number(history->at(0).words)));
        const auto old = repository->loadRevision(first.id, 2);
        QVERIFY2(old, qPrintable(repository->lastError()));
        QCOMPARE(old->headline, u"Übergangsfinanzierung wackelt"_s);
        QCOMPARE(old->revision, 2);
        QCOMPARE(repository->load(first.id)->headline, u"Übergangsfinanzierung endgültig beschlossen"_s);
    }

    void shouldRefuseSaveBasedOnOlderRevision()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article that a colleague saved again after we loaded revision 1
        auto repository = openFresh(backend);
        Article article = StorageSample::article();
        const SaveResult first = repository->save(article, 0);
        article.id = first.id;
        Article colleague = article;
        colleague.headline = u"Fassung der Kollegin"_s;
        QVERIFY(repository->save(colleague, 1).ok());
        // WHEN we save our edit based on revision 1
        article.headline = u"Unsere Fassung"_s;
        const SaveResult result = repository->save(article, 1);
        // THEN it is a conflict and the colleague's words stay
        QCOMPARE(result.outcome, SaveResult::Outcome::Conflict);
        QCOMPARE(result.revision, 2);
        QVERIFY2(!result.error.isEmpty(), "a conflict explains itself");
        QCOMPARE(repository->load(first.id)->headline, u"Fassung der Kollegin"_s);
        QCOMPARE(repository->history(first.id)->size(), 2);
    }

    void shouldRestoreRevisionAsNewRevision()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article with two revisions
        auto repository = openFresh(backend);
        Article article = StorageSample::article();
        const SaveResult first = repository->save(article, 0);
        article.id = first.id;
        article.headline = u"Zweite Fassung mit ß"_s;
        QVERIFY(repository->save(article, 1).ok());
        // WHEN revision 1 is restored
        const SaveResult restored = repository->restoreRevision(first.id, 1);
        // THEN revision 3 has the old content and revision 2 still exists
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(restored.revision, 3);
        compareContent(*repository->load(first.id), StorageSample::article());
        QCOMPARE(repository->loadRevision(first.id, 2)->headline, u"Zweite Fassung mit ß"_s);
    }

    void shouldFilterList_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<QStringList>("headlines");
        QTest::newRow("nominal: everything, newest first") << QString() << -1
                                                           << QStringList{u"Börse schließt höher"_s, u"Wahl in Thüringen"_s, u"Übergangsfinanzierung"_s};
        QTest::newRow("nominal: by section") << u"Politik"_s << -1 << QStringList{u"Wahl in Thüringen"_s, u"Übergangsfinanzierung"_s};
        QTest::newRow("nominal: by status") << QString() << int(ArticleStatus::Published) << QStringList{u"Börse schließt höher"_s};
        QTest::newRow("robustness: unknown section") << u"Gärtnerei"_s << -1 << QStringList{};
    }

    void shouldFilterList()
    {
        QFETCH_GLOBAL(Backend, backend);
        QFETCH(QString, section);
        QFETCH(int, status);
        QFETCH(QStringList, headlines);
        // GIVEN three articles in two sections
        auto repository = openFresh(backend);
        const auto add = [&](const QString &headline, const QString &articleSection, ArticleStatus articleStatus) {
            Article article;
            article.headline = headline;
            article.section = articleSection;
            article.status = articleStatus;
            m_now = m_now.addSecs(60);
            return repository->save(article, 0).ok();
        };
        QVERIFY(add(u"Übergangsfinanzierung"_s, u"Politik"_s, ArticleStatus::Draft));
        QVERIFY(add(u"Wahl in Thüringen"_s, u"Politik"_s, ArticleStatus::Editing));
        QVERIFY(add(u"Börse schließt höher"_s, u"Finanzen"_s, ArticleStatus::Published));
        // WHEN the list is filtered
        ArticleFilter filter;
        filter.section = section;
        if (status >= 0)
            filter.status = static_cast<ArticleStatus>(status);
        const auto list = repository->list(filter);
        // THEN exactly the matching articles come back, newest first
        QVERIFY2(list, qPrintable(repository->lastError()));
        QStringList actual;
        for (const ArticleSummary &summary : *list)
            actual.append(summary.headline);
        QCOMPARE(actual, headlines);
    }

    void shouldReportMissingArticle()
    {
        QFETCH_GLOBAL(Backend, backend);
        auto repository = openFresh(backend);
        QVERIFY(!repository->load(4711));
        QVERIFY2(repository->lastError().contains(u"4711"_s), qPrintable(repository->lastError()));
        Article ghost = StorageSample::article();
        ghost.id = 4711;
        const SaveResult result = repository->save(ghost, 1);
        QCOMPARE(result.outcome, SaveResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"4711"_s), qPrintable(result.error));
    }

    void shouldUseOwnConnectionPerRepository()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN two repositories on the same file
        const QString path = freshLocation(backend);
        auto first = openAt(path);
        auto second = openAt(path);
        QVERIFY(first && second);
        // WHEN one saves and the other is closed
        const SaveResult saved = first->save(StorageSample::article(), 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        second.reset();
        // THEN the first still works
        QVERIFY2(first->load(saved.id), qPrintable(first->lastError()));
    }

    void shouldJournalAndRecoverDrafts()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN a saved article and a new, never saved one, both being edited
        auto repository = openFresh(backend);
        Article saved = StorageSample::article();
        const SaveResult result = repository->save(saved, 0);
        saved.id = result.id;
        saved.revision = result.revision;
        saved.bodyHtml = u"<p>Ungespeicherte Änderung: Fußgängerzone.</p>"_s;
        Article fresh;
        fresh.headline = u"Neuer Entwurf über Öffnungszeiten"_s;
        // WHEN both are journaled, the saved one twice
        QVERIFY2(repository->writeJournal(saved), qPrintable(repository->lastError()));
        saved.bodyHtml = u"<p>Noch neuere Änderung: Fußgängerzone in Gießen.</p>"_s;
        QVERIFY2(repository->writeJournal(saved), qPrintable(repository->lastError()));
        QVERIFY2(repository->writeJournal(fresh), qPrintable(repository->lastError()));
        // THEN the journal offers the latest state of each, with the revision it started from
        auto entries = repository->journalEntries();
        QVERIFY2(entries, qPrintable(repository->lastError()));
        QCOMPARE(entries->size(), 2);
        const auto find = [&](qint64 id) {
            for (const Article &entry : *entries)
                if (entry.id == id)
                    return entry;
            return Article{};
        };
        QCOMPARE(find(saved.id).bodyHtml, saved.bodyHtml);
        QCOMPARE(find(saved.id).revision, 1);
        QCOMPARE(find(0).headline, fresh.headline);
        // WHEN the saved article's journal is cleared after a real save
        QVERIFY(repository->clearJournal(saved.id));
        entries = repository->journalEntries();
        // THEN only the new article's draft is left
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().id, 0);
    }

    void shouldStorePhotoOnceForManyRevisions()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article with a real photo
        auto repository = openFresh(backend);
        Article article = StorageSample::article();
        article.photo.data = QByteArray(300'000, 'x') + "Kölner Dom";
        article.photo.mimeType = u"image/jpeg"_s;
        article.photo.width = 1200;
        article.photo.height = 800;
        article.photo.fileName = u"dom.jpg"_s;
        article.photo.caption = u"Der Kölner Dom im Abendlicht"_s;
        article.photo.credit = u"dpa"_s;
        article.photo.altText = u"Zwei Türme über dem Rhein"_s;
        // WHEN it is saved, journaled and saved again
        SaveResult result = repository->save(article, 0);
        QVERIFY2(result.ok(), qPrintable(result.error));
        article.id = result.id;
        article.revision = 1;
        QVERIFY(repository->writeJournal(article));
        result = repository->save(article, 1);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // THEN every revision and the journal carry the photo
        compareContent(*repository->load(article.id), article);
        QCOMPARE(repository->loadRevision(article.id, 1)->photo, article.photo);
        QCOMPARE(repository->journalEntries()->first().photo, article.photo);
    }

    void shouldMoveToTrashAndBack()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN two articles
        auto repository = openFresh(backend);
        const SaveResult first = repository->save(StorageSample::article(), 0);
        Article other;
        other.headline = u"Gemüsepreise steigen"_s;
        const SaveResult second = repository->save(other, 0);
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error + second.error));
        // WHEN one is moved to the trash
        QVERIFY2(repository->moveToTrash(first.id), qPrintable(repository->lastError()));
        // THEN it is listed only in the trash
        ArticleFilter trash;
        trash.trashed = true;
        QCOMPARE(repository->list({})->size(), 1);
        QCOMPARE(repository->list(trash)->size(), 1);
        QCOMPARE(repository->list(trash)->first().id, first.id);
        QVERIFY2(!repository->moveToTrash(first.id), "already in the trash");
        // WHEN it is restored
        QVERIFY2(repository->restoreFromTrash(first.id), qPrintable(repository->lastError()));
        // THEN it is back in the list
        QCOMPARE(repository->list({})->size(), 2);
        // WHEN the other one is trashed and the trash emptied
        QVERIFY(repository->moveToTrash(second.id));
        const auto removed = repository->emptyTrash();
        // THEN it is gone for good, with its history, and search no longer finds it
        QVERIFY2(removed, qPrintable(repository->lastError()));
        QCOMPARE(*removed, 1);
        QVERIFY(!repository->load(second.id));
        QVERIFY(!repository->history(second.id));
        ArticleFilter search;
        search.search = u"Gemüsepreise"_s;
        QCOMPARE(repository->list(search)->size(), 0);
        QCOMPARE(repository->list({})->size(), 1);
    }

    void shouldFindGermanCompounds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("headlines");
        QTest::newRow("nominal: part of a compound in the body") << u"finanzierung"_s
                                                                 << QStringList{u"Stadtrat tagt"_s};
        QTest::newRow("nominal: country finds adjective") << u"Nordkorea"_s << QStringList{u"Truppen in Kursk"_s};
        QTest::newRow("nominal: case-insensitive with umlaut") << u"ÜBERGANG"_s << QStringList{u"Stadtrat tagt"_s};
        QTest::newRow("nominal: ß in a tag") << u"straße"_s << QStringList{u"Truppen in Kursk"_s};
        QTest::newRow("nominal: photo caption") << u"abendlicht"_s << QStringList{u"Domfest"_s};
        QTest::newRow("nominal: teaser") << u"Zuschüsse"_s << QStringList{u"Stadtrat tagt"_s};
        QTest::newRow("nominal: two terms must both match") << u"kursk soldaten"_s << QStringList{u"Truppen in Kursk"_s};
        QTest::newRow("nominal: no match") << u"Fußballweltmeisterschaft"_s << QStringList{};
        QTest::newRow("robustness: quotes and FTS syntax are plain text") << u"\"NEAR( OR"_s << QStringList{};
        QTest::newRow("robustness: markup is not searchable") << u"strong"_s << QStringList{};
    }

    void shouldFindGermanCompounds()
    {
        QFETCH_GLOBAL(Backend, backend);
        QFETCH(QString, query);
        QFETCH(QStringList, headlines);
        // GIVEN three articles with German compounds in different fields
        auto repository = openFresh(backend);
        Article council = StorageSample::article();
        council.headline = u"Stadtrat tagt"_s;
        council.tags = {u"Kommunales"_s};
        Article troops;
        troops.headline = u"Truppen in Kursk"_s;
        troops.bodyHtml = u"<p>Die <strong>nordkoreanischen</strong> Soldaten sind angekommen.</p>"_s;
        troops.tags = {u"Hauptstraße"_s};
        Article fest;
        fest.headline = u"Domfest"_s;
        fest.photo.data = "foto";
        fest.photo.mimeType = u"image/jpeg"_s;
        fest.photo.caption = u"Der Dom im Abendlicht"_s;
        for (const Article &article : {council, troops, fest}) {
            const SaveResult saved = repository->save(article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }
        // WHEN searching
        ArticleFilter filter;
        filter.search = query;
        const auto list = repository->list(filter);
        // THEN exactly the expected articles are found
        QVERIFY2(list, qPrintable(repository->lastError()));
        QStringList actual;
        for (const ArticleSummary &summary : *list)
            actual.append(summary.headline);
        QCOMPARE(actual, headlines);
    }

    void shouldKeepSearchIndexInSyncWithSaves()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article found by its old headline
        auto repository = openFresh(backend);
        Article article = StorageSample::article();
        const SaveResult first = repository->save(article, 0);
        article.id = first.id;
        // WHEN the word is edited out and saved
        article.headline = u"Haushalt beschlossen"_s;
        article.bodyHtml = u"<p>Nichts mehr zur Finanzierung.</p>"_s;
        article.teaser.clear();
        QVERIFY(repository->save(article, 1).ok());
        // THEN the old word is no longer found, the new one is
        ArticleFilter filter;
        filter.search = u"Übergangs"_s;
        QCOMPARE(repository->list(filter)->size(), 0);
        filter.search = u"beschlossen"_s;
        QCOMPARE(repository->list(filter)->size(), 1);
    }

    void shouldEditSectionsAndNewsroomWords()
    {
        QFETCH_GLOBAL(Backend, backend);
        auto repository = openFresh(backend);
        // GIVEN the default sections WHEN a new list is stored THEN it is read back in order
        QVERIFY2(repository->setSections({u"Lokales"_s, u"Politik"_s, u"Gesundheit & Ernährung"_s}), qPrintable(repository->lastError()));
        QCOMPARE(*repository->sections(), (QStringList{u"Lokales"_s, u"Politik"_s, u"Gesundheit & Ernährung"_s}));
        QVERIFY2(!repository->setSections({u"Sport"_s, u" sport "_s}), "repeated sections are refused");
        QCOMPARE(repository->sections()->size(), 3);
        // GIVEN the newsroom dictionary WHEN words are added twice and removed THEN each is kept once
        QVERIFY(repository->addNewsroomWord(u"Übergangsfinanzierung"_s));
        QVERIFY(repository->addNewsroomWord(u"Scholz-Nachfolger"_s));
        QVERIFY(repository->addNewsroomWord(u"Übergangsfinanzierung"_s));
        QCOMPARE(repository->newsroomWords()->size(), 2);
        QVERIFY(repository->removeNewsroomWord(u"Scholz-Nachfolger"_s));
        QCOMPARE(*repository->newsroomWords(), QStringList{u"Übergangsfinanzierung"_s});
        QVERIFY(!repository->addNewsroomWord(u"zwei Wörter"_s));
    }

    void shouldThinRevisionsByAge()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article saved over three weeks: one published revision 20 days ago, pairs of
        // revisions within the same day (10 days ago) and the same hour (3 days ago), recent ones
        const QDateTime now = m_now;
        auto repository = openFresh(backend);
        Article article = StorageSample::article();
        const QList<std::pair<qint64, ArticleStatus>> saves{
            {-20 * 86400, ArticleStatus::Published}, {-20 * 86400 + 3600, ArticleStatus::Draft}, // 1, 2
            {-10 * 86400, ArticleStatus::Draft}, {-10 * 86400 + 3600, ArticleStatus::Draft}, // 3, 4 same day
            {-3 * 86400, ArticleStatus::Draft}, {-3 * 86400 + 1800, ArticleStatus::Draft}, // 5, 6 same hour
            {-3 * 86400 + 3600, ArticleStatus::Editing}, {-7200, ArticleStatus::Editing}, // 7, 8
            {-600, ArticleStatus::Approved}}; // 9
        int revision = 0;
        for (const auto &[offset, status] : saves) {
            m_now = now.addSecs(offset);
            article.status = status;
            article.headline = u"Fassung %1 über Gemeindefinanzen"_s.arg(revision + 1);
            const SaveResult result = repository->save(article, revision);
            QVERIFY2(result.ok(), qPrintable(result.error));
            article.id = result.id;
            revision = result.revision;
        }
        m_now = now;
        // WHEN revisions are thinned
        const auto removed = repository->thinRevisions(now);
        // THEN the older of each same-hour and same-day pair is gone; the published one stays
        QVERIFY2(removed, qPrintable(repository->lastError()));
        QCOMPARE(*removed, 2);
        QList<int> kept;
        const auto history = repository->history(article.id);
        for (const RevisionInfo &info : *history)
            kept.append(info.revision);
        QCOMPARE(kept, (QList<int>{9, 8, 7, 6, 4, 2, 1}));
        QCOMPARE(repository->load(article.id)->revision, 9);
        // WHEN thinned again THEN nothing more goes
        QCOMPARE(*repository->thinRevisions(now), 0);
    }

    void shouldShareNewsroomWordsSectionsTrashAndJournal()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN two journalists on the same database
        const QString url = freshLocation(backend);
        auto anna = openAt(url);
        auto jörg = openAt(url);
        QVERIFY(anna && jörg);

        // WHEN one adds words, sections, trashes an article and writes a journal entry
        QVERIFY2(anna->addNewsroomWord(u"Übergangsfinanzierung"_s), qPrintable(anna->lastError()));
        QVERIFY2(anna->addNewsroomWord(u"Übergangsfinanzierung"_s), qPrintable(anna->lastError()));
        QVERIFY2(anna->setSections({u"Politik"_s, u"Lokales"_s}), qPrintable(anna->lastError()));
        const SaveResult saved = anna->save(StorageSample::article(), 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY2(anna->moveToTrash(saved.id), qPrintable(anna->lastError()));
        Article draft = StorageSample::article();
        draft.headline = u"Entwurf"_s;
        QVERIFY2(anna->writeJournal(draft), qPrintable(anna->lastError()));

        // THEN the other sees all of it
        QCOMPARE(jörg->newsroomWords().value_or(QStringList{}), QStringList{u"Übergangsfinanzierung"_s});
        QCOMPARE(jörg->sections().value_or(QStringList{}), (QStringList{u"Politik"_s, u"Lokales"_s}));
        ArticleFilter trash;
        trash.trashed = true;
        QCOMPARE(jörg->list(trash).value_or(QList<ArticleSummary>{}).size(), 1);
        QCOMPARE(jörg->list(ArticleFilter{}).value_or(QList<ArticleSummary>{}).size(), 0);
        const auto journal = jörg->journalEntries();
        QVERIFY2(journal && journal->size() == 1, qPrintable(jörg->lastError()));
        QCOMPARE(journal->first().headline, u"Entwurf"_s);
        QCOMPARE(jörg->emptyTrash().value_or(-1), 1);
        QVERIFY2(!anna->load(saved.id), "a deleted article must be gone");
    }

    void shouldShareTheNewsroomSettings()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN two journalists on the same database, each editor with its newsroom settings
        const QString url = freshLocation(backend);
        auto anna = openAt(url);
        auto jörg = openAt(url);
        QVERIFY(anna && jörg);
        NewsroomConfig annas(anna.get());
        NewsroomConfig jörgs(jörg.get());
        QCOMPARE(jörgs.settings(), NewsroomSettings());

        // WHEN one sets a 28-character column for Zeilen and a shorter headline
        NewsroomSettings changed = annas.settings();
        changed.lineColumns = 28;
        changed.setLimit(ArticleField::Headline, {60, 80});
        QVERIFY2(annas.save(changed), qPrintable(annas.errorString()));

        // THEN the rows hold them, and the other reads the same width and limit
        const auto rows = jörg->newsroomSettings();
        QVERIFY2(rows, qPrintable(jörg->lastError()));
        QCOMPARE(rows->value(u"copydesk/lineColumns"_s), u"28"_s);
        QCOMPARE(rows->value(u"limits/headline"_s), u"60/80"_s);
        QVERIFY2(jörgs.reload(), qPrintable(jörgs.errorString()));
        QCOMPARE(jörgs.settings().lineColumns, 28);
        QCOMPARE(jörgs.settings(), changed);
        // AND the same Zeilen count: "Übergangsfinanzierung" (21) and "für Straßenbahnen" fill
        // two lines of 28 but one of 40
        const QString text = u"Übergangsfinanzierung für Straßenbahnen"_s;
        QCOMPARE(jörgs.settings().lineCounter(nullptr).lines(text), 2);

        // WHEN the width changes again THEN the row is updated, not added
        changed.lineColumns = 40;
        QVERIFY2(annas.save(changed), qPrintable(annas.errorString()));
        QVERIFY2(jörgs.reload(), qPrintable(jörgs.errorString()));
        QCOMPARE(jörgs.settings().lineColumns, 40);
        QCOMPARE(jörgs.settings().lineCounter(nullptr).lines(text), 1);
    }

    void shouldReportConflictInsteadOfOverwriting()
    {
        QFETCH_GLOBAL(Backend, backend);
        // GIVEN an article both journalists opened at revision 1
        const QString url = freshLocation(backend);
        auto anna = openAt(url);
        auto jörg = openAt(url);
        QVERIFY(anna && jörg);
        const SaveResult created = anna->save(StorageSample::article(), 0);
        QVERIFY2(created.ok(), qPrintable(created.error));
        Article annas = *anna->load(created.id);
        Article jörgs = *jörg->load(created.id);

        // WHEN both save, Jörg second
        annas.headline = u"Annas Fassung"_s;
        jörgs.headline = u"Jörgs Fassung"_s;
        const SaveResult first = anna->save(annas, annas.revision);
        const SaveResult second = jörg->save(jörgs, jörgs.revision);

        // THEN Jörg gets a conflict and Anna's words stay
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY2(second.outcome == SaveResult::Outcome::Conflict, qPrintable(second.error));
        QCOMPARE(jörg->load(created.id)->headline, u"Annas Fassung"_s);
    }
};

QTEST_GUILESS_MAIN(RepositoryContractTest)
#include "repositorycontracttest.moc"
