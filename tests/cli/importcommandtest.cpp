#include "articlerepository.h"
#include "cli.h"
#include "clirun.h"
#include "ninjs/ninjswriter.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"
#include "testimages.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
Article germanArticle()
{
    Article article;
    article.id = 31;
    article.section = u"Politik"_s;
    article.kicker = u"Verkehrswende"_s;
    article.headline = u"Übergangsfinanzierung für die Straßenbahn steht"_s;
    article.teaser = u"Der Stadtrat hat zugestimmt; größere Änderungen gibt es nicht."_s;
    article.bodyHtml = u"<p>Die Straße wird <strong>gesperrt</strong>.</p>\n<h2>Wie geht es weiter?</h2>\n<p>Das weiß niemand.</p>\n"_s;
    article.authors = {u"Jörg Weiß"_s};
    article.dateline = u"Düsseldorf"_s;
    article.status = ArticleStatus::Published;
    article.tags = {u"Straßenbahn"_s, u"Haushalt"_s};
    article.photo.data = TestImages::encoded(6, 4, "PNG", QColor(10, 120, 200));
    article.photo.mimeType = u"image/png"_s;
    article.photo.width = 6;
    article.photo.height = 4;
    article.photo.fileName = u"straßenbahn.png"_s;
    article.photo.caption = u"Die Straßenbahn an der Königsallee."_s;
    article.photo.credit = u"dpa"_s;
    article.photo.altText = u"Eine Straßenbahn fährt an Bäumen vorbei."_s;
    article.related = {RelatedLink{0, QUrl(u"https://www.duesseldorf.de/verkehr"_s), u"Stadt Düsseldorf"_s}};
    return article;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class ImportCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = m_dir->filePath(u"newsdesk.sqlite"_s);
        // The CLI never creates a database; the editor would have.
        RepositoryOpening opening = RepositoryFactory::open(m_database);
        QVERIFY2(opening.repository, qPrintable(opening.error));
    }

    void shouldImportNinjsAsNewDraftWithEveryField()
    {
        // GIVEN a ninjs file exported from another Newsdesk database
        const Article original = germanArticle();
        const QString file = m_dir->filePath(u"straßenbahn.json"_s);
        QVERIFY(writeFile(file, NinjsWriter().write(original)));
        // WHEN it is imported
        const CliRun run = runCli({u"--database"_s, m_database, u"import"_s, file});
        // THEN it is stored as a new draft with all its content
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Übergangsfinanzierung für die Straßenbahn steht"_s), qPrintable(run.out));
        Article stored = storedArticles().value(0);
        QCOMPARE(stored.status, ArticleStatus::Draft);
        QVERIFY(stored.id > 0);
        stored.id = original.id;
        stored.status = original.status;
        stored.revision = original.revision;
        stored.created = original.created;
        stored.modified = original.modified;
        // the identity it came with is kept (urn:newsdesk:article:N of the exporting database)
        QVERIFY2(stored.sourceUri.startsWith(u"urn:newsdesk:article:"_s), qPrintable(stored.sourceUri));
        stored.sourceUri = original.sourceUri;
        stored.sourceVersion = original.sourceVersion;
        QVERIFY2(stored == original, qPrintable(stored.headline + u" | "_s + stored.bodyHtml));
    }

    void shouldImportTextHtmlAndIptcExample()
    {
        // GIVEN a plain-text file, a Windows-1252 text file, an HTML page and an IPTC example
        const QString text = m_dir->filePath(u"meldung.txt"_s);
        QVERIFY(writeFile(text, u"Straßenbahn fährt wieder\n\nDer Betrieb läuft ab Montag.\nGrößere Störungen gibt es nicht.\n"_s.toUtf8()));
        const QString legacy = m_dir->filePath(u"alt.txt"_s);
        QVERIFY(writeFile(legacy, u"Über die Straße\nMüller grüßt.\n"_s.toLatin1()));
        const QString html = m_dir->filePath(u"seite.html"_s);
        QVERIFY(writeFile(html, u"<html><head><title>x</title><script>alert(1)</script></head><body>"
                                "<h1>Gemeinderat beschließt Haushalt</h1><p onclick=\"x()\">Erster <b>Absatz</b>.</p>"
                                "<img src=\"https://tracker.example/p.gif\"></body></html>"_s.toUtf8()));
        const QString iptc = TestEnvironment::dataDir() + u"/ninjs/ninjs-2.2-example-005_complex_text_article.json"_s;
        // WHEN they are imported in one call
        const CliRun run = runCli({u"--database"_s, m_database, u"import"_s, text, legacy, html, iptc});
        // THEN each became a draft: first line headline, the rest the body, cleaned
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<Article> stored = storedArticles();
        QCOMPARE(stored.size(), 4);
        QHash<QString, Article> byHeadline;
        for (const Article &article : stored)
            byHeadline.insert(article.headline, article);
        QVERIFY2(byHeadline.contains(u"Straßenbahn fährt wieder"_s), qPrintable(byHeadline.keys().join(u'|')));
        QCOMPARE(byHeadline[u"Straßenbahn fährt wieder"_s].bodyHtml,
                 u"<p>Der Betrieb läuft ab Montag.</p>\n<p>Größere Störungen gibt es nicht.</p>\n"_s);
        QCOMPARE(byHeadline[u"Über die Straße"_s].bodyHtml, u"<p>Müller grüßt.</p>\n"_s);
        QCOMPARE(byHeadline[u"Gemeinderat beschließt Haushalt"_s].bodyHtml, u"<p>Erster <strong>Absatz</strong>.</p>\n"_s);
        const Article wire = byHeadline.value(u"Captain of wrecked cruise ship on trial in Italy"_s);
        QCOMPARE(wire.language, u"en-US"_s); // normalised: a bare "en" is US English
        QCOMPARE(wire.dateline, u"Grossetto, Italy"_s);
    }

    void shouldReportBadFilesAndImportTheRest_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: missing file") << QByteArray() << u"does not exist"_s;
        QTest::newRow("robustness: broken JSON") << QByteArray("{\"uri\": \"x:1\", \"headlines\": [") << u"JSON"_s;
        QTest::newRow("robustness: a picture item") << QByteArray("{\"uri\": \"x:1\", \"type\": \"picture\"}") << u"picture"_s;
        QTest::newRow("robustness: empty text") << QByteArray(" \n\n ") << u"no text"_s;
    }

    void shouldReportBadFilesAndImportTheRest()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        // GIVEN a bad file among good ones
        const QString good = m_dir->filePath(u"gut.txt"_s);
        QVERIFY(writeFile(good, u"Gute Überschrift\nText über Straßen.\n"_s.toUtf8()));
        const QString bad = m_dir->filePath(content.startsWith('{') ? u"böse.json"_s : u"böse.txt"_s);
        if (!content.isEmpty())
            QVERIFY(writeFile(bad, content));
        // WHEN imported
        const CliRun run = runCli({u"--database"_s, m_database, u"import"_s, bad, good});
        // THEN the bad file is named with the reason, the exit code says so, the good one is in
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(bad) && run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(storedArticles().size(), 1);
    }

    void shouldImportWordDocumentsAndPrintWhatTheyLost()
    {
        // GIVEN a Word document with comments, one with tracked changes, and a .docx that is not one
        const QString docx = TestEnvironment::sourceDir() + u"/tests/data/docx/"_s;
        const QString broken = m_dir->filePath(u"kaputt.docx"_s);
        QVERIFY(writeFile(broken, "nur Text"));
        // WHEN imported on the command line
        const CliRun run = runCli({u"--database"_s, m_database, u"import"_s, docx + u"comments.docx"_s,
                                   docx + u"track_changes_insertion.docx"_s, broken});
        // THEN both documents are drafts, each loss a warning (the summary the editor shows too),
        // the broken one refused with its reason and nothing stored of it
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"comments.docx: warning: Comment not imported: Jesse Rosenthal: I left a comment."_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"track_changes_insertion.docx: warning: 1 tracked change"_s)
                     && run.err.contains(u"accepted: the article holds the document's final text."_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(broken + u": not imported: "_s) && run.err.contains(u"ZIP"_s), qPrintable(run.err));
        const QList<Article> stored = storedArticles();
        QCOMPARE(stored.size(), 2);
        QVERIFY2(std::any_of(stored.cbegin(), stored.cend(),
                             [](const Article &a) { return a.bodyHtml.contains(u"two exciting insertions"_s); }),
                 "the accepted insertion is missing");
    }

    void shouldRejectMissingArgumentsAndDatabase()
    {
        // GIVEN no file WHEN import runs THEN it is a usage error
        CliRun run = runCli({u"--database"_s, m_database, u"import"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"FILE..."_s), qPrintable(run.err));
        // GIVEN a database that does not exist WHEN a good file is imported THEN nothing is created
        const QString file = m_dir->filePath(u"gut.txt"_s);
        QVERIFY(writeFile(file, "Schlagzeile\nText\n"));
        const QString missing = m_dir->filePath(u"fehlt/keine.sqlite"_s);
        run = runCli({u"--database"_s, missing, u"import"_s, file});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(!QFile::exists(missing));
    }

    void shouldImportThroughTheRealBinary()
    {
        // GIVEN the installed command-line tool (a QCoreApplication: no GUI) and a ninjs file
        const QString file = m_dir->filePath(u"artikel.json"_s);
        QVERIFY(writeFile(file, NinjsWriter().write(germanArticle())));
        // WHEN it imports the file
        QProcess process;
        process.start(TestEnvironment::binary(u"newsdesk-cli"_s), {u"--database"_s, m_database, u"import"_s, file});
        QVERIFY2(process.waitForFinished(60'000), qPrintable(process.errorString()));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        // THEN it succeeds and the body was cleaned without a GUI application
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
        const QList<Article> stored = storedArticles();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].bodyHtml, germanArticle().bodyHtml);
        QCOMPARE(stored[0].photo.data, germanArticle().photo.data);
    }

private:
    QList<Article> storedArticles()
    {
        RepositoryOpening opening = RepositoryFactory::open(m_database);
        if (!opening.repository)
            return {};
        QList<Article> articles;
        const auto summaries = opening.repository->list(ArticleFilter());
        for (const ArticleSummary &summary : summaries.value_or(QList<ArticleSummary>()))
            articles << opening.repository->load(summary.id).value_or(Article());
        return articles;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

QTEST_GUILESS_MAIN(ImportCommandTest)
#include "importcommandtest.moc"
