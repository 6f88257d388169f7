#include "cli.h"

#include "articlerepository.h"
#include "spelling/repositorynewsroomwordstore.h"
#include "spelling/spellchecker.h"
#include "storage/repositoryfactory.h"

#include "testenvironment.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    CliResult result;
    QTextStream out(&result.out), err(&result.err);
    result.code = Cli::run(QStringList{u"newsdesk-cli"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}
} // namespace

// newsdesk-cli check against a real SQLite file written by the real repository.
class CheckCommandTest : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    qint64 m_faulty = 0;
    qint64 m_clean = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // GIVEN a database with an article with typos in several fields and a clean one
        m_database = TestEnvironment::home() + u"/redaktion.sqlite"_s;
        RepositoryOpening opening = RepositoryFactory::open(m_database);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article faulty;
        faulty.section = u"Politik"_s;
        faulty.kicker = u"Ukraine"_s;
        faulty.headline = u"Selenskyj trifft die Bundeskanzlerrin"_s;
        faulty.teaser = u"Ein Besuch in Berlin."_s;
        faulty.bodyHtml = u"<p>Erster Absatz über die Übergangsfinanzierung.</p><p>Ein Rechtschreibfeler im zweiten.</p>"_s;
        SaveResult saved = opening.repository->save(faulty, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        m_faulty = saved.id;
        Article clean;
        clean.section = u"Politik"_s;
        clean.headline = u"Straßenbahnhaltestelle wird größer"_s;
        clean.bodyHtml = u"<p>Die Bürgermeisterin sagte, die Übergangsfinanzierung stehe.</p>"_s;
        saved = opening.repository->save(clean, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        m_clean = saved.id;
    }

    void shouldListMisspelledWordsWithFieldAndPosition()
    {
        // WHEN the faulty article is checked
        const CliResult result = runCli({u"--database"_s, m_database, u"check"_s, QString::number(m_faulty)});
        // THEN each misspelled word is printed as field:line:column: word, exit 1
        QCOMPARE(result.code, 1);
        const QString expected = u"Headline:1:1: Selenskyj\nHeadline:1:22: Bundeskanzlerrin\nBody:2:5: Rechtschreibfeler\n"_s;
        QVERIFY2(result.out == expected, qPrintable(result.out + u" / "_s + result.err));
        QVERIFY2(result.err.contains(u"3"_s), qPrintable(result.err));
    }

    void shouldAcceptNewsroomWordsFromDatabase()
    {
        // GIVEN the name in the newsroom dictionary of this database
        {
            RepositoryOpening opening = RepositoryFactory::open(m_database);
            QVERIFY2(opening.repository, qPrintable(opening.error));
            RepositoryNewsroomWordStore store(*opening.repository);
            SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
            QVERIFY2(checker.setNewsroomStore(&store), qPrintable(checker.lastError()));
            QVERIFY2(checker.addNewsroomWord(u"Selenskyj"_s), qPrintable(checker.lastError()));
            QCOMPARE(opening.repository->newsroomWords().value_or(QStringList()), QStringList{u"Selenskyj"_s});
        }
        // WHEN checked again
        const CliResult result = runCli({u"--database"_s, m_database, u"check"_s, QString::number(m_faulty)});
        // THEN the name is no longer reported
        QCOMPARE(result.code, 1);
        QVERIFY2(!result.out.contains(u"Selenskyj"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"Bundeskanzlerrin"_s), qPrintable(result.out));
    }

    void shouldExitZeroForCleanArticle()
    {
        const CliResult result = runCli({u"--database"_s, m_database, u"check"_s, QString::number(m_clean)});
        QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
        QCOMPARE(result.out, QString());
    }

    void shouldRejectBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: no id") << QStringList{u"check"_s} << 2;
        QTest::newRow("robustness: not a number") << QStringList{u"check"_s, u"Überschrift"_s} << 2;
        QTest::newRow("robustness: unknown article") << QStringList{u"check"_s, u"4711"_s} << 3;
    }

    void shouldRejectBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const CliResult result = runCli(QStringList{u"--database"_s, m_database} + arguments);
        QVERIFY2(result.code == code, qPrintable(QString::number(result.code) + u": "_s + result.err));
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "checkcommandtest.moc"
