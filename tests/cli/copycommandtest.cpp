#include "cli.h"
#include "clirun.h"
#include "postgresserver.h"
#include "storage/databasecopier.h"
#include "storage/repositoryfactory.h"
#include "storage/sqlarticlerepository.h"
#include "testenvironment.h"
#include "testimages.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
std::optional<DatabaseInventory> inventoryOf(const QString &location, QString *error)
{
    RepositoryOpening opening = RepositoryFactory::open(location);
    auto *sql = dynamic_cast<SqlArticleRepository *>(opening.repository.get());
    if (!sql) {
        *error = opening.error;
        return std::nullopt;
    }
    return DatabaseCopier::inventory(sql->database(), error);
}
} // namespace

// newsdesk-cli copy between a SQLite file and a real PostgreSQL server, and back.
class CopyCommandTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void shouldRoundTripArchiveThroughPostgresWithEqualChecksums()
    {
        // GIVEN a local archive: revisions, a photo, a trashed article, a journal entry, own
        // sections and newsroom words
        const QString source = m_dir.filePath(u"archiv.sqlite"_s);
        {
            auto repository = RepositoryFactory::open(source).repository;
            QVERIFY(repository);
            Article article;
            article.section = u"Wirtschaft"_s;
            article.headline = u"Übergangsfinanzierung gesichert"_s;
            article.bodyHtml = u"<p>Die Übergangsfinanzierung steht.</p>"_s;
            article.photo = Photo{TestImages::encoded(320, 200, "JPEG"), u"image/jpeg"_s, 320, 200, u"bahn.jpg"_s, u"Bahn"_s, u"dpa"_s, u"Blaue Bahn"_s};
            SaveResult saved = repository->save(article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            article.id = saved.id;
            article.teaser = u"Zweite Fassung mit Vorspann."_s;
            saved = repository->save(article, saved.revision);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            Article trashed;
            trashed.headline = u"Nordkoreanische Raketen"_s;
            const SaveResult other = repository->save(trashed, 0);
            QVERIFY2(other.ok(), qPrintable(other.error));
            QVERIFY(repository->moveToTrash(other.id));
            Article draft;
            draft.headline = u"Entwurf"_s;
            QVERIFY(repository->writeJournal(draft));
            QVERIFY(repository->setSections({u"Lokales"_s, u"Sport"_s}));
            QVERIFY(repository->addNewsroomWord(u"Übergangsfinanzierung"_s));
        }
        const QString server = m_server.createDatabase(u"archiv"_s);
        QVERIFY2(!server.isEmpty(), qPrintable(m_server.errorString()));
        const QString back = m_dir.filePath(u"zurueck.sqlite"_s);

        // WHEN it is copied to the server and from there into a new file
        const CliRun there = runCli({u"copy"_s, u"--from"_s, u"sqlite:"_s + source, u"--to"_s, server});
        const CliRun home = runCli({u"copy"_s, u"--from"_s, server, u"--to"_s, u"sqlite:"_s + back});

        // THEN both copies succeed and print their checksums, and all three inventories agree
        QVERIFY2(there.exitCode == 0, qPrintable(there.err + there.out));
        QVERIFY2(home.exitCode == 0, qPrintable(home.err + home.out));
        QString error;
        const auto original = inventoryOf(u"sqlite:"_s + source, &error);
        const auto onServer = inventoryOf(server, &error);
        const auto returned = inventoryOf(u"sqlite:"_s + back, &error);
        QVERIFY2(original && onServer && returned, qPrintable(error));
        QCOMPARE(original->counts.value(u"revisions"_s), 3);
        QCOMPARE(original->counts.value(u"photos"_s), 1);
        QVERIFY(*onServer == *original);
        QVERIFY(*returned == *original);
        for (auto it = original->checksums.cbegin(); it != original->checksums.cend(); ++it)
            QVERIFY2(there.out.contains(QString::fromLatin1(it.value().toHex())), qPrintable(there.out));
        // AND the summary counts the two articles, not the journal entry beside them
        QVERIFY2(there.out.contains(u"2 article(s) copied"_s) || there.out.contains(u"2 articles copied"_s),
                 qPrintable(there.out));

        // AND the copy on the server is searchable and takes new articles without id clashes
        auto repository = RepositoryFactory::open(server).repository;
        QVERIFY(repository);
        ArticleFilter filter;
        filter.search = u"finanzierung"_s;
        QCOMPARE(repository->list(filter).value_or(QList<ArticleSummary>{}).size(), 1);
        Article fresh;
        fresh.headline = u"Neu auf dem Server"_s;
        const SaveResult saved = repository->save(fresh, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY2(!original->checksums.contains(saved.id), qPrintable(QString::number(saved.id)));
    }

    void shouldRefuseToCopyIntoDatabaseWithArticles()
    {
        // GIVEN a server database that already holds an article
        const QString server = m_server.createDatabase(u"belegt"_s);
        {
            auto repository = RepositoryFactory::open(server).repository;
            QVERIFY(repository);
            Article article;
            article.headline = u"Schon da"_s;
            QVERIFY(repository->save(article, 0).ok());
        }
        const QString source = m_dir.filePath(u"klein.sqlite"_s);
        {
            auto repository = RepositoryFactory::open(source).repository;
            Article article;
            article.headline = u"Lokal"_s;
            QVERIFY(repository && repository->save(article, 0).ok());
        }
        // WHEN copying into it
        const CliRun run = runCli({u"copy"_s, u"--from"_s, u"sqlite:"_s + source, u"--to"_s, server});
        // THEN the copy is refused and the target is unchanged
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"already holds articles"_s), qPrintable(run.err));
        QCOMPARE(m_server.psql(u"belegt"_s, u"SELECT count(*) FROM articles"_s), u"1"_s);
        // AND nothing pretends a comparison: no -1 counts, no "MISMATCH" for untouched articles
        QVERIFY2(!run.out.contains(u"-1"_s) && !run.out.contains(u"MISMATCH"_s), qPrintable(run.out));
    }

    void shouldExplainBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("robustness: no target") << QStringList{u"copy"_s, u"--from"_s, u"sqlite:/tmp/x.sqlite"_s} << 2;
        QTest::newRow("robustness: unknown option") << QStringList{u"copy"_s, u"--fast"_s} << 2;
        QTest::newRow("robustness: missing source file")
            << QStringList{u"copy"_s, u"--from"_s, u"sqlite:/nonexistent/archiv.sqlite"_s, u"--to"_s, u"sqlite:/tmp/y.sqlite"_s}
            << 4;
    }

    void shouldExplainBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        QVERIFY2(!run.err.isEmpty(), "a failure must say why");
    }
};

QTEST_MAIN(CopyCommandTest)
#include "copycommandtest.moc"
