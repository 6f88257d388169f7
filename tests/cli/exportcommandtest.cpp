#include "cli.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include "../core/export/exportsamples.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = Cli::run(QStringList{u"newsdesk-cli"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}
} // namespace

class ExportCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_mainId = 0;
    qint64 m_relatedId = 0;
    qint64 m_thirdId = 0;

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A real SQLite file, written through the repository like the editor does.
        m_database = m_dir.filePath(u"redaktion.sqlite"_s);
        RepositoryOpening opening = RepositoryFactory::open(m_database);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article related = ExportSamples::related();
        related.id = 0;
        const SaveResult relatedSaved = opening.repository->save(related, 0);
        QVERIFY2(relatedSaved.ok(), qPrintable(relatedSaved.error));
        m_relatedId = relatedSaved.id;
        Article lead = ExportSamples::normal();
        lead.id = 0;
        lead.related = {RelatedLink{m_relatedId, {}, {}}, lead.related.last()};
        const SaveResult mainSaved = opening.repository->save(lead, 0);
        QVERIFY2(mainSaved.ok(), qPrintable(mainSaved.error));
        m_mainId = mainSaved.id;
        Article third = ExportSamples::normal();
        third.id = 0;
        third.headline = u"Größere Übung im Süden"_s;
        third.related.clear();
        const SaveResult thirdSaved = opening.repository->save(third, 0);
        QVERIFY2(thirdSaved.ok(), qPrintable(thirdSaved.error));
        m_thirdId = thirdSaved.id;
    }

    void shouldExportOneArticleWithResolvedRelatedArticle()
    {
        // GIVEN the database and an empty folder
        QTemporaryDir out;
        // WHEN exporting the main article
        const Run run = cli({u"--database"_s, m_database, u"export"_s, u"--out"_s, out.path(),
                             u"--base-url"_s, u"https://www.example.de/artikel/"_s,
                             u"--force"_s, QString::number(m_mainId)}); // the placeholder site needs --force
        // THEN it succeeds, prints the page path and the page links the related article
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString page = out.filePath(u"Nordkorea-Soldaten-in-Russland.html"_s);
        QCOMPARE(run.out.trimmed(), QDir::toNativeSeparators(page));
        const QString html = read(page);
        QVERIFY2(html.contains(u"<h1>Nordkorea-Soldaten in Russland</h1>"_s), qPrintable(html.left(500)));
        QVERIFY2(html.contains(u"href=\"https://www.example.de/artikel/Suedkorea-erhoeht-die-Wachsamkeit.html\">Südkorea erhöht die Wachsamkeit</a>"_s),
                 qPrintable(html));
        QVERIFY(QFileInfo::exists(out.filePath(u"Nordkorea-Soldaten-in-Russland-foto-800.jpg"_s)));
        // AND a single export shows no progress line
        QVERIFY2(!run.err.contains(u"Exporting"_s), qPrintable(run.err));
    }

    void shouldExportAllWithProgressLine()
    {
        // GIVEN three articles in the database
        QTemporaryDir out;
        // WHEN exporting all of them without resizing
        const Run run = cli({u"--database"_s, m_database, u"export"_s, u"--all"_s, u"--no-resize"_s, u"--out"_s, out.path()});
        // THEN three pages are written and stderr counts up to three
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(QDir(out.path()).entryList({u"*.html"_s}, QDir::Files).size(), 3);
        QCOMPARE(run.out.trimmed().split(u'\n').size(), 3);
        QVERIFY2(run.err.contains(u"Exporting 3 of 3"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Exported 3 article(s)."_s), qPrintable(run.err));
    }

    void shouldWriteFragmentOnly()
    {
        // GIVEN fragment mode
        QTemporaryDir out;
        // WHEN exporting
        const Run run = cli({u"--database"_s, m_database, u"export"_s, u"--fragment"_s, u"--out"_s, out.path(), QString::number(m_thirdId)});
        // THEN the file holds just the article element
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString html = read(out.filePath(u"Groessere-Uebung-im-Sueden.html"_s));
        QVERIFY2(html.startsWith(u"<article"_s), qPrintable(html.left(200)));
    }

    void shouldReportMissingArticleAndExportTheRest()
    {
        // GIVEN an existing and a missing ID
        QTemporaryDir out;
        // WHEN exporting both
        const Run run = cli({u"--database"_s, m_database, u"export"_s, u"--out"_s, out.path(), u"--no-resize"_s,
                             u"987654"_s, QString::number(m_thirdId)});
        // THEN the missing one is named, the other exported, and the exit code says "not found"
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(u"987654"_s), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(out.filePath(u"Groessere-Uebung-im-Sueden.html"_s)));
    }

    void shouldReportUnwritableFolder()
    {
        // GIVEN a folder nobody can write, not even root
        // WHEN exporting into it
        const Run run = cli({u"--database"_s, m_database, u"export"_s, u"--out"_s, u"/proc/self"_s, QString::number(m_thirdId)});
        // THEN the I/O exit code and a message naming the folder
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(u"/proc/self"_s), qPrintable(run.err));
    }

    void shouldReportMissingDatabase()
    {
        // GIVEN a database path that does not exist
        const QString missing = m_dir.filePath(u"gibt-es-nicht.sqlite"_s);
        // WHEN exporting from it
        const Run run = cli({u"--database"_s, missing, u"export"_s, u"1"_s});
        // THEN an I/O error, and no database was created by the attempt
        QCOMPARE(run.code, 4);
        QVERIFY2(!run.err.isEmpty(), "no error message");
        QVERIFY(!QFileInfo::exists(missing));
    }

    void shouldExportThroughRealBinary()
    {
        // GIVEN the installed command-line tool (a QCoreApplication, no GUI)
        QTemporaryDir out;
        QProcess cliProcess;
        // WHEN it exports all articles
        cliProcess.start(TestEnvironment::binary(u"newsdesk-cli"_s),
                         {u"--database"_s, m_database, u"export"_s, u"--format"_s, u"html"_s, u"--all"_s, u"--out"_s, out.path()});
        QVERIFY(cliProcess.waitForFinished(120000));
        const QString errors = QString::fromUtf8(cliProcess.readAllStandardError());
        // THEN it succeeds and the bodies made it into the pages
        QVERIFY2(cliProcess.exitCode() == 0, qPrintable(errors));
        const QString html = read(out.filePath(u"Groessere-Uebung-im-Sueden.html"_s));
        QVERIFY2(html.contains(u"<h2>Größere Übungen</h2>"_s), qPrintable(html));
    }

    void shouldRejectBadArgumentsBeforeTouchingDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("robustness: nothing to export") << QStringList{u"export"_s} << u"--all"_s;
        QTest::newRow("robustness: ids and --all") << QStringList{u"export"_s, u"--all"_s, u"3"_s} << u"not both"_s;
        QTest::newRow("robustness: unknown format") << QStringList{u"export"_s, u"--format"_s, u"pdf"_s, u"1"_s} << u"pdf"_s;
        QTest::newRow("robustness: not an id") << QStringList{u"export"_s, u"Übersicht"_s} << u"Übersicht"_s;
        QTest::newRow("robustness: negative id") << QStringList{u"export"_s, u"-5"_s} << u"'5'"_s;
        QTest::newRow("robustness: unknown option") << QStringList{u"export"_s, u"--größe"_s, u"1"_s} << u"'größe'"_s;
        QTest::newRow("robustness: missing value") << QStringList{u"export"_s, u"1"_s, u"--out"_s} << u"'out'"_s;
        QTest::newRow("robustness: bad base url") << QStringList{u"export"_s, u"--base-url"_s, u"ftp://example.de"_s, u"1"_s}
                                                  << u"ftp://example.de"_s;
    }

    void shouldRejectBadArgumentsBeforeTouchingDatabase()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // GIVEN bad export arguments
        // WHEN running the command
        const Run run = cli(arguments);
        // THEN it exits with the usage code, names the problem and shows the usage
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Usage: newsdesk-cli export"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void shouldListExportInHelp()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"export"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "exportcommandtest.moc"
