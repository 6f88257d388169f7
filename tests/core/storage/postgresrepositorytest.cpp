#include "articlerepository.h"
#include "postgresserver.h"
#include "storage/articlechangelistener.h"
#include "storage/editlocks.h"
#include "storage/repositoryfactory.h"
#include "storage/resilientrepository.h"
#include "storage/sqlarticlerepository.h"
#include "testenvironment.h"

#include "storagesample.h"

#include <QImage>
#include <QBuffer>
#include <QMutex>
#include <QSemaphore>
#include <QUrl>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct SaveRecord {
    qint64 id = 0;
    int base = 0;
    bool stale = false; // saved on purpose with an outdated base
    SaveResult::Outcome outcome = SaveResult::Outcome::Failed;
    int revision = 0;
    QString headline;
    QString error;
};
} // namespace

// What only the PostgreSQL backend does, on a real server started by the test itself:
// listeners, reconnects, concurrent clients, the server's refusals. The cases every backend
// shares are in repositorycontracttest.
class PostgresRepositoryTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    int m_databases = 0;

    // A fresh, migrated database per test: tests never see each other's articles.
    QString freshDatabase()
    {
        return m_server.createDatabase(u"newsdesk_%1"_s.arg(++m_databases));
    }

    std::unique_ptr<ArticleRepository> openAt(const QString &url)
    {
        RepositoryOpening opening = RepositoryFactory::open(url);
        if (!opening.repository)
            qWarning().noquote() << opening.error;
        return std::move(opening.repository);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void shouldStoreAndLoadArticleWithPhotoAsBytea()
    {
        // GIVEN a new database on the server, opened through the same factory as a file
        const QString url = freshDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_server.errorString()));
        auto repository = openAt(url);
        QVERIFY(repository);
        Article article = StorageSample::article();
        article.photo = Photo{pngBytes(640, 480), u"image/png"_s, 640, 480, u"tram.png"_s, u"Eine Straßenbahn"_s, u"dpa"_s,
                              u"Rote Straßenbahn an der Haltestelle"_s};

        // WHEN it is saved twice and loaded again
        const SaveResult first = repository->save(article, 0);
        QVERIFY2(first.ok(), qPrintable(first.error));
        article.id = first.id;
        article.headline = u"Übergangsfinanzierung steht"_s;
        const SaveResult second = repository->save(article, first.revision);
        QVERIFY2(second.ok(), qPrintable(second.error));
        const auto loaded = repository->load(first.id);

        // THEN every field came back, the photo bytes exactly, and both revisions exist
        QVERIFY2(loaded, qPrintable(repository->lastError()));
        QCOMPARE(loaded->headline, article.headline);
        QCOMPARE(loaded->bodyHtml, article.bodyHtml);
        QCOMPARE(loaded->authors, article.authors);
        QCOMPARE(loaded->related, article.related);
        QCOMPARE(loaded->published, article.published);
        QCOMPARE(loaded->photo, article.photo);
        QCOMPARE(loaded->sourceUri, article.sourceUri);
        QCOMPARE(loaded->sourceVersion, article.sourceVersion);
        QCOMPARE(loaded->embargoed, article.embargoed);
        QCOMPARE(loaded->target, article.target);
        QCOMPARE(loaded->revision, 2);
        const auto history = repository->history(first.id);
        QVERIFY2(history && history->size() == 2, qPrintable(repository->lastError()));
        QCOMPARE(m_server.psql(url.section(u'/', -1), u"SELECT count(*) FROM photos WHERE octet_length(data) > 0"_s), u"1"_s);
        QCOMPARE(m_server.psql(url.section(u'/', -1), u"SELECT pg_typeof(data)::text FROM photos LIMIT 1"_s), u"bytea"_s);
    }

    void shouldFindGermanCompoundsAndInflections_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: part of a compound") << u"finanzierung"_s << QStringList{u"Haushalt"_s};
        QTest::newRow("nominal: capitalized query finds inflected adjective") << u"Nordkorea"_s << QStringList{u"Korea"_s};
        QTest::newRow("nominal: two terms, both required") << u"nordkorea rakete"_s << QStringList{u"Korea"_s};
        QTest::newRow("nominal: german stemming finds plural") << u"Wahlen"_s << QStringList{u"Wahl"_s};
        QTest::newRow("nominal: umlaut case-insensitive") << u"ÜBERGANG"_s << QStringList{u"Haushalt"_s};
        QTest::newRow("robustness: LIKE wildcards are literal") << u"100%"_s << QStringList{};
        QTest::newRow("robustness: underscore is literal") << u"a_b"_s << QStringList{};
        QTest::newRow("robustness: quotes and backslashes") << u"O'Brien \\ \"x\""_s << QStringList{};
        QTest::newRow("robustness: no match") << u"Zwetschgendatschi"_s << QStringList{};
    }

    void shouldFindGermanCompoundsAndInflections()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        // GIVEN three articles
        auto repository = openAt(freshDatabase());
        QVERIFY(repository);
        const QList<std::pair<QString, QString>> articles = {
            {u"Haushalt"_s, u"<p>Die Übergangsfinanzierung für den Nahverkehr steht.</p>"_s},
            {u"Korea"_s, u"<p>Die nordkoreanische Führung testet eine Rakete.</p>"_s},
            {u"Wahl"_s, u"<p>Die Wahl in Sachsen ist entschieden.</p>"_s},
        };
        for (const auto &[kicker, body] : articles) {
            Article article;
            article.kicker = kicker;
            article.headline = kicker + u" heute"_s;
            article.bodyHtml = body;
            const SaveResult saved = repository->save(article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }

        // WHEN searching
        ArticleFilter filter;
        filter.search = query;
        const auto found = repository->list(filter);

        // THEN exactly the expected articles are listed, and odd input is no error
        QVERIFY2(found, qPrintable(repository->lastError()));
        QStringList headlines;
        for (const ArticleSummary &summary : *found)
            headlines.append(summary.headline.section(u' ', 0, 0));
        headlines.sort();
        QVERIFY2(headlines == expected, qPrintable(headlines.join(u", "_s)));
    }

    void shouldNeverLoseRevisionsWithEightClientsSavingConcurrently()
    {
        // GIVEN four articles and eight clients, each on its own connection in its own thread
        const QString url = freshDatabase();
        auto setup = openAt(url);
        QVERIFY(setup);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            Article article = StorageSample::article();
            article.headline = u"Artikel %1"_s.arg(i);
            const SaveResult saved = setup->save(article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            ids.append(saved.id);
        }
        constexpr int clients = 8;
        constexpr int savesPerClient = 200;
        std::vector<std::vector<SaveRecord>> records(clients);
        std::vector<QString> openErrors(clients);

        // WHEN each client saves 200 times: load, edit, save on the loaded base; every fifth
        // save deliberately uses an outdated base
        std::vector<std::unique_ptr<QThread>> threads;
        for (int client = 0; client < clients; ++client) {
            threads.emplace_back(QThread::create([&, client] {
                RepositoryOpening opening = RepositoryFactory::open(url);
                if (!opening.repository) {
                    openErrors[client] = opening.error;
                    return;
                }
                ArticleRepository &repository = *opening.repository;
                for (int n = 0; n < savesPerClient; ++n) {
                    SaveRecord record;
                    record.id = ids.at((client + n) % ids.size());
                    const auto article = repository.load(record.id);
                    if (!article) {
                        record.error = repository.lastError();
                        records[client].push_back(record);
                        continue;
                    }
                    Article edited = *article;
                    record.stale = n % 5 == 4 && article->revision > 1;
                    record.base = record.stale ? article->revision - 1 : article->revision;
                    record.headline = u"Client %1, Speicherung %2"_s.arg(client).arg(n);
                    edited.headline = record.headline;
                    const SaveResult result = repository.save(edited, record.base);
                    record.outcome = result.outcome;
                    record.revision = result.revision;
                    record.error = result.error;
                    records[client].push_back(record);
                }
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(240000)));

        // THEN no save failed, every stale save was a conflict, every successful save is a
        // stored revision with its own words, and the revision counts add up
        QHash<qint64, int> savedPerArticle;
        int conflicts = 0;
        for (int client = 0; client < clients; ++client) {
            QVERIFY2(openErrors[client].isEmpty(), qPrintable(openErrors[client]));
            QCOMPARE(int(records[client].size()), savesPerClient);
            for (const SaveRecord &record : records[client]) {
                QVERIFY2(record.outcome != SaveResult::Outcome::Failed,
                         qPrintable(u"client %1: %2"_s.arg(client).arg(record.error)));
                if (record.stale)
                    QVERIFY2(record.outcome == SaveResult::Outcome::Conflict,
                             qPrintable(u"stale base %1 of article %2 was saved as %3"_s.arg(record.base).arg(record.id).arg(record.revision)));
                if (record.outcome == SaveResult::Outcome::Conflict) {
                    ++conflicts;
                    continue;
                }
                QCOMPARE(record.revision, record.base + 1);
                ++savedPerArticle[record.id];
                const auto stored = setup->loadRevision(record.id, record.revision);
                QVERIFY2(stored, qPrintable(setup->lastError()));
                QVERIFY2(stored->headline == record.headline,
                         qPrintable(u"revision %1 of %2 holds \"%3\", not \"%4\""_s.arg(record.revision).arg(record.id)
                                        .arg(stored->headline, record.headline)));
            }
        }
        int saved = 0;
        for (const qint64 id : std::as_const(ids)) {
            const auto history = setup->history(id);
            QVERIFY2(history, qPrintable(setup->lastError()));
            QCOMPARE(int(history->size()), 1 + savedPerArticle.value(id));
            QCOMPARE(setup->load(id)->revision, 1 + savedPerArticle.value(id));
            saved += savedPerArticle.value(id);
        }
        QCOMPARE(saved + conflicts, clients * savesPerClient);
        QVERIFY2(conflicts >= clients * savesPerClient / 5 - clients, qPrintable(QString::number(conflicts)));
        qInfo("%d saves stored, %d conflicts detected", saved, conflicts);
    }

    void shouldNotifyListenersWhenSomeoneElseSaves()
    {
        // GIVEN an editor listening on the shared database
        const QString url = freshDatabase();
        auto repository = openAt(url);
        QVERIFY(repository);
        ArticleChangeListener listener(url);
        QVERIFY2(listener.open(), qPrintable(listener.lastError()));
        QSignalSpy changed(&listener, &ArticleChangeListener::articleChanged);

        // WHEN another journalist saves twice
        const SaveResult first = repository->save(StorageSample::article(), 0);
        QVERIFY2(first.ok(), qPrintable(first.error));
        Article article = *repository->load(first.id);
        article.headline = u"Neue Schlagzeile"_s;
        const SaveResult second = repository->save(article, article.revision);
        QVERIFY2(second.ok(), qPrintable(second.error));

        // THEN the listener hears both saves with their revisions
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QCOMPARE(changed.at(0).at(0).toLongLong(), first.id);
        QCOMPARE(changed.at(0).at(1).toInt(), 1);
        QCOMPARE(changed.at(1).at(1).toInt(), 2);
    }

    void shouldListenAgainAfterServerRestart()
    {
        // GIVEN an editor listening on the shared database, checking its connection often so
        // that the test does not wait for the default five seconds
        const QString url = freshDatabase();
        auto colleague = openAt(url);
        QVERIFY(colleague);
        ArticleChangeListener listener(url, {100, 50, 400});
        QVERIFY2(listener.open(), qPrintable(listener.lastError()));
        QSignalSpy changed(&listener, &ArticleChangeListener::articleChanged);
        QSignalSpy lost(&listener, &ArticleChangeListener::disconnected);
        QSignalSpy back(&listener, &ArticleChangeListener::reconnected);

        // WHEN the server restarts (fast shutdown cuts every connection)
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        // THEN the listener notices and tries again with growing pauses, not in a busy loop
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 20000);
        QVERIFY(!listener.isListening());
        QTRY_VERIFY2_WITH_TIMEOUT(listener.retryDelayMs() == 400, qPrintable(QString::number(listener.retryDelayMs())), 20000);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 20000);
        QVERIFY(listener.isListening());
        QCOMPARE(lost.size(), 1);

        // WHEN another journalist saves on the restarted server
        colleague = openAt(url);
        QVERIFY(colleague);
        const SaveResult saved = colleague->save(StorageSample::article(), 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));

        // THEN the listener reports it: LISTEN was issued again
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(changed.at(0).at(0).toLongLong(), saved.id);
        QCOMPARE(changed.at(0).at(1).toInt(), 1);
    }

    void shouldKeepTryingWhenServerIsAwayAtStart()
    {
        // GIVEN the server is down when the editor starts
        const QString url = freshDatabase();
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        ArticleChangeListener listener(url, {100, 50, 400});
        QSignalSpy back(&listener, &ArticleChangeListener::reconnected);
        // WHEN it opens, THEN it says why it does not listen yet
        QVERIFY(!listener.open());
        QVERIFY2(listener.lastError().contains(u"127.0.0.1"_s), qPrintable(listener.lastError()));
        // WHEN the server comes up, THEN the listener is listening without being asked again
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 20000);
        QVERIFY(listener.isListening());
    }

    void shouldNotRetryWhatTheServerRefused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("connections");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("keptLocally");
        const QString longHeadline = u"Eine Schlagzeile, die viel länger ist als vierzig Zeichen erlaubt"_s;
        const QString shortHeadline = u"Kurz"_s;
        // A connection cut under the save: one reconnect, the retry is the same save.
        QTest::newRow("nominal: connection terminated by the administrator (57P01)")
            << u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
               "AND application_name = 'newsdesk'"_s
            << shortHeadline << false << int(SaveResult::Outcome::Saved) << 2 << QString() << false;
        QTest::newRow("nominal: server cannot accept connections now (57P03)")
            << u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
               "RAISE EXCEPTION 'the database system is starting up' USING ERRCODE = '57P03'; END$$; "
               "CREATE TRIGGER refuse BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION refuse()"_s
            << shortHeadline << false << int(SaveResult::Outcome::Failed) << 2 << u"starting up"_s << true;
        QTest::newRow("robustness: check constraint violated (23514)")
            << u"ALTER TABLE articles ADD CONSTRAINT short_headline CHECK (length(headline) < 40) NOT VALID"_s << longHeadline
            << false << int(SaveResult::Outcome::Failed) << 1 << u"short_headline"_s << false;
        QTest::newRow("robustness: bad input (22P02)")
            << u"CREATE FUNCTION reject() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
               "RAISE EXCEPTION 'ungültige Eingabe' USING ERRCODE = '22P02'; END$$; "
               "CREATE TRIGGER reject BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION reject()"_s
            << shortHeadline << false << int(SaveResult::Outcome::Failed) << 1 << u"ungültige Eingabe"_s << false;
        QTest::newRow("robustness: save on an outdated revision") << QString() << shortHeadline << true
                                                                  << int(SaveResult::Outcome::Conflict) << 1 << QString() << false;
    }

    void shouldNotRetryWhatTheServerRefused()
    {
        QFETCH(QString, setup);
        QFETCH(QString, headline);
        QFETCH(bool, stale);
        QFETCH(int, outcome);
        QFETCH(int, connections);
        QFETCH(QString, message);
        QFETCH(bool, keptLocally);
        // GIVEN an editor (counting its connections) with an article on the server
        const QString url = freshDatabase();
        QTemporaryDir local;
        int connects = 0;
        ResilientRepository editor(
            [url, &connects] {
                ++connects;
                return RepositoryFactory::open(url);
            },
            RepositoryFactory::open(local.filePath(u"local.sqlite"_s)).repository, url);
        QVERIFY2(editor.isOnline(), qPrintable(editor.lastError()));
        const SaveResult created = editor.save(StorageSample::article(), 0);
        QVERIFY2(created.ok(), qPrintable(created.error));
        Article article = *editor.load(created.id);
        if (stale) {
            Article newer = article;
            newer.teaser = u"Jemand war schneller."_s;
            QVERIFY(editor.save(newer, newer.revision).ok());
        }
        if (!setup.isEmpty()) {
            bool ok = false;
            const QString output = m_server.psql(QUrl(url).path().mid(1), setup, &ok);
            QVERIFY2(ok, qPrintable(m_server.errorString() + output));
        }

        // WHEN the journalist saves
        article.headline = headline;
        const SaveResult result = editor.save(article, article.revision);

        // THEN only a lost connection was retried (on a fresh connection); the server's refusal
        // reaches the journalist at once with the server's reason
        QVERIFY2(int(result.outcome) == outcome, qPrintable(result.error));
        QVERIFY2(connects == connections, qPrintable(u"%1 connections"_s.arg(connects)));
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        // AND only words the server never answered for wait locally
        QCOMPARE(editor.isOnline(), !keptLocally);
        QCOMPARE(editor.pendingCount(), keptLocally ? 1 : 0);
    }

    void shouldLetTwoClientsCreateTheSchemaAtOnce()
    {
        // GIVEN several empty databases, and per database two editors released at the same moment
        for (int round = 0; round < 4; ++round) {
            const QString url = freshDatabase();
            QVERIFY(!url.isEmpty());
            constexpr int clients = 3;
            QSemaphore ready;
            QSemaphore go;
            QStringList errors;
            QMutex errorsLock;
            std::vector<std::unique_ptr<QThread>> threads;
            for (int c = 0; c < clients; ++c) {
                threads.emplace_back(QThread::create([&] {
                    ready.release();
                    go.acquire();
                    // WHEN each opens it, creating the schema
                    RepositoryOpening opening = RepositoryFactory::open(url);
                    if (!opening.repository) {
                        const QMutexLocker locker(&errorsLock);
                        errors.append(opening.error);
                    }
                }));
                threads.back()->start();
            }
            QVERIFY(ready.tryAcquire(clients, 60000));
            go.release(clients);
            for (auto &thread : threads)
                QVERIFY(thread->wait(QDeadlineTimer(120000)));
            // THEN every one succeeded: the advisory lock let them take turns
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
            auto check = openAt(url);
            QVERIFY(check);
            QCOMPARE(check->sections().value_or(QStringList()).count(u"Politik"_s), 1);
        }
    }

    void shouldStartOfflineAndSyncNewArticleWhenServerComesUp()
    {
        // GIVEN the server is down when the editor starts
        const QString url = freshDatabase();
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QTemporaryDir local;
        ResilientRepository editor([url] { return RepositoryFactory::open(url); },
                                   RepositoryFactory::open(local.filePath(u"local.sqlite"_s)).repository, url);
        // THEN it is offline, with the server's address in its message
        QVERIFY(!editor.isOnline());
        QCOMPARE(editor.location(), url);
        QVERIFY2(editor.lastError().contains(u"127.0.0.1"_s), qPrintable(editor.lastError()));

        // WHEN the journalist writes a new article, THEN it waits in the local journal
        Article article = StorageSample::article();
        const SaveResult offline = editor.save(article, 0);
        QCOMPARE(offline.outcome, SaveResult::Outcome::Failed);
        QVERIFY(editor.isPendingLocally(0));
        article.bodyHtml = u"<p>Ohne Server geschrieben.</p>"_s;
        QVERIFY2(editor.writeJournal(article), qPrintable(editor.lastError()));

        // WHEN the server comes up and the editor syncs
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const auto report = editor.sync();
        // THEN the article is on the server with the last words, nothing waits locally
        QCOMPARE(report.saved, 1);
        QVERIFY(editor.isOnline());
        QCOMPARE(editor.pendingCount(), 0);
        auto colleague = openAt(url);
        QVERIFY(colleague);
        const auto listed = colleague->list({});
        QVERIFY(listed && listed->size() == 1);
        QCOMPARE(colleague->load(listed->first().id)->bodyHtml, article.bodyHtml);
    }

    void shouldShowWhoHasArticleOpenAndExpireStaleLocks()
    {
        // GIVEN two journalists and a clock the test moves (no sleeping)
        const QString url = freshDatabase();
        auto repository = openAt(url);
        QVERIFY(repository);
        const SaveResult saved = repository->save(StorageSample::article(), 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QDateTime now(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
        const auto clock = [&now] { return now; };
        EditLocks anna(url, u"anna"_s, u"laptop-1"_s, {90, clock, u"Anna Weiß"_s});
        EditLocks jörg(url, u"joerg"_s, u"laptop-2"_s, {90, clock, u"Jörg Müller"_s});
        QVERIFY2(anna.open(), qPrintable(anna.lastError()));
        QVERIFY2(jörg.open(), qPrintable(jörg.lastError()));

        // WHEN Anna opens the article
        QVERIFY2(anna.beat(saved.id), qPrintable(anna.lastError()));
        // THEN Jörg sees her, with the local time she started; she does not see herself
        auto others = jörg.openedBy(saved.id);
        QVERIFY2(others && others->size() == 1, qPrintable(jörg.lastError()));
        QCOMPARE(EditLocks::describe(others->first()), u"Being edited by Anna Weiß since 10:15"_s);
        QCOMPARE(anna.openedBy(saved.id).value_or(QList<EditLock>{{}}).size(), 0);

        // WHEN her heartbeat goes on for a minute, THEN "since" stays
        now = now.addSecs(60);
        QVERIFY(anna.beat(saved.id));
        others = jörg.openedBy(saved.id);
        QVERIFY(others && others->size() == 1);
        QCOMPARE(others->first().since, QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC));
        QCOMPARE(others->first().lastBeat, now);

        // WHEN her editor stops beating for longer than 90 s, THEN the lock has expired
        now = now.addSecs(91);
        QCOMPARE(jörg.openedBy(saved.id).value_or(QList<EditLock>{{}}).size(), 0);
        QCOMPARE(jörg.removeStale().value_or(-1), 1);

        // WHEN she opens it again and closes it, THEN the lock starts anew and ends
        QVERIFY(anna.beat(saved.id));
        QCOMPARE(jörg.openedBy(saved.id)->first().since, now);
        QVERIFY(anna.release(saved.id));
        QCOMPARE(jörg.openedBy(saved.id).value_or(QList<EditLock>{{}}).size(), 0);
    }

    void shouldSyncOfflineWorkUnderConflictRulesWhenServerIsBack()
    {
        // GIVEN an editor on the shared database with a local SQLite journal, and an article
        const QString url = freshDatabase();
        QTemporaryDir local;
        auto colleague = openAt(url);
        QVERIFY(colleague);
        ResilientRepository editor([url] { return RepositoryFactory::open(url); },
                                   RepositoryFactory::open(local.filePath(u"local.sqlite"_s)).repository);
        QVERIFY2(editor.isOnline(), qPrintable(editor.lastError()));
        const SaveResult created = editor.save(StorageSample::article(), 0);
        QVERIFY2(created.ok(), qPrintable(created.error));
        const SaveResult other = editor.save(StorageSample::article(), 0);
        QVERIFY2(other.ok(), qPrintable(other.error));
        Article mine = *editor.load(created.id);
        Article second = *editor.load(other.id);

        // WHEN the server goes away while the journalist types and saves both articles
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        mine.bodyHtml = u"<p>Offline geschrieben.</p>"_s;
        QVERIFY2(editor.writeJournal(mine), qPrintable(editor.lastError()));
        const SaveResult offline = editor.save(mine, mine.revision);
        second.bodyHtml = u"<p>Auch offline.</p>"_s;
        const SaveResult offlineSecond = editor.save(second, second.revision);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

        // THEN the saves failed visibly but the words are kept locally
        QCOMPARE(offline.outcome, SaveResult::Outcome::Failed);
        QCOMPARE(offlineSecond.outcome, SaveResult::Outcome::Failed);
        QCOMPARE(editor.pendingCount(), 2);

        // WHEN a colleague (reconnected after the restart) saved the second article
        // meanwhile, and the editor syncs
        colleague = openAt(url);
        QVERIFY(colleague);
        Article theirs = *colleague->load(other.id);
        theirs.headline = u"Die Fassung der Kollegin"_s;
        QVERIFY(colleague->save(theirs, theirs.revision).ok());
        const auto report = editor.sync();

        // THEN the first is saved on its base, the second is a conflict and stays local
        QCOMPARE(report.saved, 1);
        QCOMPARE(report.conflicts.size(), 1);
        QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.value(0).error));
        QCOMPARE(colleague->load(created.id)->bodyHtml, mine.bodyHtml);
        QCOMPARE(colleague->load(other.id)->headline, u"Die Fassung der Kollegin"_s);
        QCOMPARE(editor.pendingCount(), 1);
    }

    void shouldLoseNothingWhenServerRestartsDuringAutosave()
    {
        // GIVEN an editor with a local journal and an article on the server
        const QString url = freshDatabase();
        QTemporaryDir local;
        ResilientRepository editor([url] { return RepositoryFactory::open(url); },
                                   RepositoryFactory::open(local.filePath(u"local.sqlite"_s)).repository);
        QVERIFY2(editor.isOnline(), qPrintable(editor.lastError()));
        const SaveResult created = editor.save(StorageSample::article(), 0);
        QVERIFY2(created.ok(), qPrintable(created.error));
        Article article = *editor.load(created.id);
        int base = article.revision;

        // WHEN the server restarts (fast shutdown cuts every connection) while the journalist
        // keeps typing, autosaving and saving
        std::atomic<bool> restarted = false;
        QString restartError;
        std::unique_ptr<QThread> restart(QThread::create([&] {
            if (!m_server.stop() || !m_server.start())
                restartError = m_server.errorString();
            restarted = true;
        }));
        restart->start();
        QList<std::pair<int, QString>> saved; // revision, body
        int failedSaves = 0;
        int n = 0;
        int afterRestart = 0;
        for (; n < 20000 && afterRestart < 20; ++n) {
            if (restarted)
                ++afterRestart;
            article.bodyHtml = u"<p>Absatz %1</p>"_s.arg(n);
            QVERIFY2(editor.writeJournal(article), qPrintable(editor.lastError()));
            if (n % 3 != 0)
                continue;
            const SaveResult result = editor.save(article, base);
            QVERIFY2(result.outcome != SaveResult::Outcome::Conflict, qPrintable(result.error));
            if (result.ok()) {
                base = result.revision;
                saved.append({result.revision, article.bodyHtml});
            } else {
                ++failedSaves;
            }
        }
        QVERIFY(restart->wait(QDeadlineTimer(120000)));
        QVERIFY2(restartError.isEmpty(), qPrintable(restartError));
        QVERIFY2(afterRestart >= 20, qPrintable(u"%1 rounds, none after the restart"_s.arg(n)));

        // THEN every save reported as saved is stored with its words, the last words are on the
        // server, and nothing waits locally any more
        const auto sync = editor.sync();
        QVERIFY2(sync.conflicts.isEmpty() && sync.failures.isEmpty(), "the editor is the only writer");
        for (const auto &[revision, body] : std::as_const(saved)) {
            const auto stored = editor.loadRevision(created.id, revision);
            QVERIFY2(stored && stored->bodyHtml == body, qPrintable(u"revision %1 lost"_s.arg(revision)));
        }
        const SaveResult last = editor.save(article, base);
        QVERIFY2(last.ok(), qPrintable(last.error));
        QCOMPARE(editor.load(created.id)->bodyHtml, article.bodyHtml);
        QCOMPARE(editor.pendingCount(), 0);
        qInfo("%d rounds, %d saves stored, %d saves kept locally during the restart", n, int(saved.size()), failedSaves);
    }

    void shouldRejectPasswordsInAddresses_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("robustness: password in the user part") << u"postgresql://newsdesk:geheim@127.0.0.1:5432/x"_s;
        QTest::newRow("robustness: password as parameter") << u"postgresql://newsdesk@127.0.0.1:5432/x?password=geheim"_s;
        QTest::newRow("robustness: no database") << u"postgresql://newsdesk@127.0.0.1:5432/"_s;
        QTest::newRow("robustness: no host") << u"postgresql:///x"_s;
    }

    void shouldRejectPasswordsInAddresses()
    {
        QFETCH(QString, location);
        // WHEN an address with a password or without a target is opened
        const RepositoryOpening opening = RepositoryFactory::open(location);
        // THEN it is refused with a message that never repeats the password
        QVERIFY(!opening.repository);
        QVERIFY2(!opening.error.isEmpty() && !opening.error.contains(u"geheim"_s), qPrintable(opening.error));
    }

    void shouldReportUnreachableServerClearly()
    {
        // GIVEN a port where no server listens
        const RepositoryOpening opening = RepositoryFactory::open(u"postgresql://newsdesk@127.0.0.1:1/newsdesk"_s);
        // THEN opening fails with the address in the message, no crash, no hang
        QVERIFY(!opening.repository);
        QVERIFY2(opening.error.contains(u"127.0.0.1"_s), qPrintable(opening.error));
    }
};

QTEST_MAIN(PostgresRepositoryTest)
#include "postgresrepositorytest.moc"
