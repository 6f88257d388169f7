#include "clirun.h"
#include "articlerepository.h"
#include "storage/repositoryfactory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `newsdesk-cli replace`: the copy desk's "every 'Kiew' becomes 'Kyjiw'" across articles.
class ReplaceCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // GIVEN two articles that mention Kiew and one that does not
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"news.sqlite"_s);
        RepositoryOpening opening = RepositoryFactory::open(m_path);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article first;
        first.headline = u"Kiew meldet Angriffe"_s;
        first.bodyHtml = u"<p>Erster Absatz ohne.</p><p>In Kiew und um Kiew, nicht in der Kiewer Straße.</p>"_s;
        Article second;
        second.headline = u"Bahn"_s;
        second.photo.caption = u"Zug nach Kiew"_s;
        Article third;
        third.headline = u"Haushalt"_s;
        for (Article *article : {&first, &second, &third}) {
            const SaveResult saved = opening.repository->save(*article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            m_ids.append(saved.id);
        }
    }

    void cleanup()
    {
        m_ids.clear();
        m_dir.reset();
    }

    void shouldShowADiffAndSaveNothingOnADryRun()
    {
        // WHEN a dry run replaces whole words
        const CliRun run = runCli({u"--database"_s, m_path, u"replace"_s, u"--find"_s, u"Kiew"_s, u"--with"_s,
                                   u"Kyjiw"_s, u"--whole-words"_s, u"--dry-run"_s});
        // THEN it shows what would change, line by line, and the total
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"- Kiew meldet Angriffe\n+ Kyjiw meldet Angriffe\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"- In Kiew und um Kiew, nicht in der Kiewer Straße.\n"
                                  u"+ In Kyjiw und um Kyjiw, nicht in der Kiewer Straße.\n"_s),
                 qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Erster Absatz"_s), qPrintable(run.out)); // unchanged paragraph
        QVERIFY2(run.out.contains(u"+ Zug nach Kyjiw"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"4 replacement"_s) && run.out.contains(u"2 article"_s), qPrintable(run.out));
        // AND nothing was saved
        RepositoryOpening opening = RepositoryFactory::open(m_path);
        QCOMPARE(opening.repository->load(m_ids.at(0))->revision, 1);
        QCOMPARE(opening.repository->load(m_ids.at(0))->headline, u"Kiew meldet Angriffe"_s);
    }

    void shouldSaveEachChangedArticleAsANewRevision()
    {
        // WHEN the replacement runs for real
        const CliRun run = runCli({u"--database"_s, m_path, u"replace"_s, u"--find"_s, u"Kiew"_s, u"--with"_s,
                                   u"Kyjiw"_s, u"--whole-words"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // THEN the two changed articles have a second revision with the new text
        RepositoryOpening opening = RepositoryFactory::open(m_path);
        const Article first = *opening.repository->load(m_ids.at(0));
        QCOMPARE(first.revision, 2);
        QCOMPARE(first.headline, u"Kyjiw meldet Angriffe"_s);
        QVERIFY2(first.bodyHtml.contains(u"Kyjiw und um Kyjiw, nicht in der Kiewer"_s), qPrintable(first.bodyHtml));
        QCOMPARE(opening.repository->load(m_ids.at(1))->photo.caption, u"Zug nach Kyjiw"_s);
        QCOMPARE(opening.repository->history(m_ids.at(1))->size(), 2);
        // AND the untouched article keeps its single revision
        QCOMPARE(opening.repository->load(m_ids.at(2))->revision, 1);
    }

    void shouldRefuseBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("robustness: no --with") << QStringList{u"--find"_s, u"Kiew"_s};
        QTest::newRow("robustness: broken expression") << QStringList{u"--find"_s, u"(Kiew"_s, u"--with"_s, u"x"_s, u"--regex"_s};
        QTest::newRow("robustness: id is a word") << QStringList{u"--find"_s, u"a"_s, u"--with"_s, u"b"_s, u"drei"_s};
    }

    void shouldRefuseBadUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(QStringList{u"--database"_s, m_path, u"replace"_s} + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
        QVERIFY(!run.err.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(ReplaceCommandTest)
#include "replacecommandtest.moc"
