// What only the SQLite backend does: file locations, and the search index that keeps long
// bodies in pieces and falls back to headlines for terms shorter than a trigram. The cases
// every backend shares are in repositorycontracttest.
#include "articlerepository.h"
#include "storage/articlesnapshot.h"
#include "storage/repositoryfactory.h"
#include "storage/sqlarticlerepository.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlitesearchindex.h"
#include "testenvironment.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class SqlArticleRepositoryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);

    std::unique_ptr<ArticleRepository> openAt(const QString &path)
    {
        SqlArticleRepository::Options options;
        options.clock = [this] { return m_now; };
        RepositoryOpening opening = RepositoryFactory::open(path, options);
        if (!opening.repository)
            qWarning("open failed: %s", qPrintable(opening.error));
        return std::move(opening.repository);
    }

    std::unique_ptr<ArticleRepository> openFresh()
    {
        static int counter = 0;
        return openAt(m_dir.filePath(u"redaktion-%1.sqlite"_s.arg(++counter)));
    }

private Q_SLOTS:
    void shouldSearchShortTermsInHeadlinesOnly()
    {
        // GIVEN one article with "in" as a word of its headline and one with "in" only inside
        // the words of its body (too short for the trigram index)
        auto repository = openFresh();
        Article troops;
        troops.headline = u"Truppen in Kursk"_s;
        Article council;
        council.headline = u"Stadtrat tagt"_s;
        council.bodyHtml = u"<p>Die Übergangsfinanzierung steht.</p>"_s;
        for (const Article &article : {troops, council}) {
            const SaveResult saved = repository->save(article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }
        // WHEN searching for the short term
        ArticleFilter filter;
        filter.search = u"in"_s;
        const auto list = repository->list(filter);
        // THEN only the headline is searched
        QVERIFY2(list, qPrintable(repository->lastError()));
        QStringList actual;
        for (const ArticleSummary &summary : *list)
            actual.append(summary.headline);
        QCOMPARE(actual, QStringList{u"Truppen in Kursk"_s});
    }

    void shouldSearchLongBodiesIndexedInPieces()
    {
        // GIVEN a 20,000-character body (indexed in several pieces) with one word in its first
        // paragraph, one in its last, and a word in every paragraph, and a short article
        auto repository = openFresh();
        QStringList paragraphs;
        for (int i = 0; i < 60; ++i)
            paragraphs.append(u"<p>Absatz %1 über die Kommunalfinanzen der Stadt, mit Zahlen, Namen und vielen "
                              "weiteren Wörtern, damit der Text lang genug für mehrere Stücke wird, Stück für Stück "
                              "und Satz für Satz weitergeschrieben bis zum Ende des Absatzes.</p>"_s.arg(i));
        paragraphs.first().replace(u"Absatz 0"_s, u"Absatz Anfangswort"_s);
        paragraphs.last().replace(u"Absatz 59"_s, u"Absatz Schlusswort"_s);
        Article longArticle;
        longArticle.headline = u"Langer Bericht"_s;
        longArticle.bodyHtml = paragraphs.join(u'\n');
        Article shortArticle;
        shortArticle.headline = u"Kurze Meldung"_s;
        shortArticle.bodyHtml = u"<p>Kommunalfinanzen in Kürze.</p>"_s;
        const SaveResult saved = repository->save(longArticle, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(repository->save(shortArticle, 0).ok());
        const auto headlines = [&](const QString &query) {
            ArticleFilter filter;
            filter.search = query;
            QStringList result;
            for (const ArticleSummary &summary : repository->list(filter).value_or(QList<ArticleSummary>{}))
                result.append(summary.headline);
            return result;
        };
        QVERIFY2(SqliteSearchIndex::bodyChunks(ArticleSnapshot::searchDocument(longArticle).body).size() > 2,
                 "the body must span several pieces for this test");
        // WHEN searching for terms in different pieces THEN the article is found
        QCOMPARE(headlines(u"anfangswort schlusswort"_s), QStringList{u"Langer Bericht"_s});
        // WHEN a term is in every piece THEN each article is listed once, newest first
        QCOMPARE(headlines(u"Kommunalfinanzen"_s), (QStringList{u"Kurze Meldung"_s, u"Langer Bericht"_s}));
        // WHEN one term is missing THEN nothing is found
        QCOMPARE(headlines(u"anfangswort fehlwort"_s), QStringList{});
        // WHEN the last paragraph is edited and saved THEN the old word is gone, the new one found
        longArticle.id = saved.id;
        longArticle.bodyHtml.replace(u"Schlusswort"_s, u"Endpunkt"_s);
        QVERIFY(repository->save(longArticle, saved.revision).ok());
        QCOMPARE(headlines(u"schlusswort"_s), QStringList{});
        QCOMPARE(headlines(u"anfangswort endpunkt"_s), QStringList{u"Langer Bericht"_s});
    }

    void shouldReportUnreachablePostgresqlServer()
    {
        // PostgreSQL itself is tested on a real server in postgresrepositorytest; here only
        // that an address without a server fails clearly instead of falling back to a file.
        const RepositoryOpening opening = RepositoryFactory::open(u"postgresql://redaktion@127.0.0.1:1/newsdesk"_s);
        QVERIFY(!opening.repository);
        QVERIFY2(opening.error.contains(u"postgresql://redaktion@127.0.0.1:1/newsdesk"_s), qPrintable(opening.error));
    }

    void shouldAcceptSqlitePrefix()
    {
        auto repository = openAt(u"sqlite:"_s + m_dir.filePath(u"präfix.sqlite"_s));
        QVERIFY(repository);
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"präfix.sqlite"_s)));
    }

    void shouldDefaultToAppDataLocation()
    {
        QVERIFY2(RepositoryFactory::defaultLocation().endsWith(u"/newsdesk.sqlite"_s), qPrintable(RepositoryFactory::defaultLocation()));
        QVERIFY2(RepositoryFactory::defaultLocation().startsWith(TestEnvironment::home()),
                 qPrintable(RepositoryFactory::defaultLocation()));
    }
};

QTEST_GUILESS_MAIN(SqlArticleRepositoryTest)
#include "sqlarticlerepositorytest.moc"
