#include "clirun.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString newsml(const QString &name)
{
    return TestEnvironment::dataDir() + u"/newsml-g2/"_s + name;
}
} // namespace

class ImportRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateAMissingDatabaseAndSayWhatHappenedToEachFile()
    {
        // GIVEN no database yet, an agency item, a PDF and a write-through of the item
        QTemporaryDir dir;
        const QString database = dir.filePath(u"archiv.sqlite"_s);
        const QString pdf = dir.filePath(u"meldung.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7\n");
        file.close();

        // WHEN a dry run is asked for THEN nothing is written, not even the database
        CliRun run = runCli({u"--database"_s, database, u"import"_s, u"--dry-run"_s, newsml(u"de/wahl-nitf.xml"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"would be imported"_s), qPrintable(run.out));
        QVERIFY2(run.out.endsWith(u"1 imported, 0 updated, 0 skipped\n"_s), qPrintable(run.out));
        QVERIFY(!QFile::exists(database));

        // WHEN imported for real THEN the database is created, one line per file, a summary
        run = runCli({u"--database"_s, database, u"import"_s, newsml(u"de/wahl-nitf.xml"_s), pdf});
        QCOMPARE(run.exitCode, 4); // the PDF was refused, the item went in
        QVERIFY(QFile::exists(database));
        QVERIFY2(run.out.contains(u"Created the database"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"wahl-nitf.xml: imported as draft 1: Landtag beschließt Haushalt für 2025"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"meldung.pdf: not imported: "_s) && run.err.contains(u"a PDF document"_s), qPrintable(run.err));
        QVERIFY2(run.out.endsWith(u"1 imported, 0 updated, 1 skipped\n"_s), qPrintable(run.out));
        // no sample articles in it
        RepositoryOpening opening = RepositoryFactory::open(database);
        QVERIFY(opening.repository);
        QCOMPARE(opening.repository->list(ArticleFilter())->size(), 1);
        opening.repository.reset();

        // WHEN the write-through and the same version come THEN one update, one skip
        run = runCli({u"--database"_s, database, u"import"_s, newsml(u"de/wahl-nitf-v3.xml"_s), newsml(u"de/wahl-nitf.xml"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"wahl-nitf-v3.xml: updated article 1: "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"wahl-nitf.xml: skipped: Version 2 is older"_s), qPrintable(run.out));
        QVERIFY2(run.out.endsWith(u"0 imported, 1 updated, 1 skipped\n"_s), qPrintable(run.out));
    }

    void shouldNameTheExitCodesInItsHelp()
    {
        const CliRun run = runCli({u"import"_s, u"--help"_s});
        const QString help = run.out + run.err;
        QVERIFY2(help.contains(u"Exit codes"_s) && help.contains(u"--dry-run"_s), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(ImportRunTest)
#include "importruntest.moc"
