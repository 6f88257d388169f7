#include "export/folderexport.h"
#include "export/htmlexporter.h"
#include "export/slug.h"

#include "exportsamples.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class FolderExportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldWritePageAndImages()
    {
        // GIVEN an empty folder
        QTemporaryDir dir;
        FolderExport folder(dir.path());
        QVERIFY2(folder.prepare(), qPrintable(folder.error()));

        // WHEN writing the normal article
        const QString page = folder.write(HtmlExporter(), {ExportSamples::normal(), {}, {}}, ExportOptions());

        // THEN the page and its three renditions are on disk
        QVERIFY2(!page.isEmpty(), qPrintable(folder.error()));
        QCOMPARE(QFileInfo(page).fileName(), u"Nordkorea-Soldaten-in-Russland.html"_s);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({u"Nordkorea-Soldaten-in-Russland-foto-1200.jpg"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-1200.webp"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-480.jpg"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-480.webp"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-800.jpg"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-800.webp"_s,
                                     u"Nordkorea-Soldaten-in-Russland.html"_s}));
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"<h1>Nordkorea-Soldaten in Russland</h1>"_s));
    }

    void shouldKeepSlugsUniqueInFolder()
    {
        // GIVEN a folder that already holds an export of the article
        QTemporaryDir dir;
        {
            FolderExport earlier(dir.path());
            QVERIFY(!earlier.write(HtmlExporter(), {ExportSamples::normal(), {}, {}}, ExportOptions()).isEmpty());
        }

        // WHEN the same headline is exported twice more in one batch
        FolderExport folder(dir.path());
        const QString second = folder.write(HtmlExporter(), {ExportSamples::normal(), {}, {}}, ExportOptions());
        const QString third = folder.write(HtmlExporter(), {ExportSamples::normal(), {}, {}}, ExportOptions());

        // THEN the new pages get -2 and -3, with their own images, and nothing is overwritten
        QCOMPARE(QFileInfo(second).fileName(), u"Nordkorea-Soldaten-in-Russland-2.html"_s);
        QCOMPARE(QFileInfo(third).fileName(), u"Nordkorea-Soldaten-in-Russland-3.html"_s);
        QVERIFY(QFileInfo::exists(dir.filePath(u"Nordkorea-Soldaten-in-Russland-3-foto-800.jpg"_s)));
        QFile page(third);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains(u"src=\"Nordkorea-Soldaten-in-Russland-3-foto-800.jpg\""_s), qPrintable(html));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 21);
    }

    void shouldNotOverwriteForeignFileWithImage()
    {
        // GIVEN a folder with someone's own file named like one of the renditions
        QTemporaryDir dir;
        QFile foreign(dir.filePath(u"Nordkorea-Soldaten-in-Russland-foto-800.jpg"_s));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("Bild der Fotografin, nicht überschreiben");
        foreign.close();

        // WHEN exporting the article there
        FolderExport folder(dir.path());
        const QString page = folder.write(HtmlExporter(), {ExportSamples::normal(), {}, {}}, ExportOptions());

        // THEN the export moves to the next free name and the foreign file is untouched
        QCOMPARE(QFileInfo(page).fileName(), u"Nordkorea-Soldaten-in-Russland-2.html"_s);
        QVERIFY(foreign.open(QIODevice::ReadOnly));
        QCOMPARE(foreign.readAll(), QByteArray("Bild der Fotografin, nicht überschreiben"));
    }

    void shouldLinkRelatedArticleToTheFileItGotInTheBatch_data()
    {
        QTest::addColumn<QList<qint64>>("order");
        QTest::addColumn<QString>("expectedHref");
        // Articles 1 and 2 have the same headline; article 3 relates to article 2.
        QTest::newRow("nominal: the namesake is written first") << QList<qint64>{1, 3, 2}
                                                                 << u"Hochwasser-an-der-Elbe-2.html"_s;
        QTest::newRow("nominal: the linking article is written first") << QList<qint64>{3, 1, 2}
                                                                        << u"Hochwasser-an-der-Elbe.html"_s;
        QTest::newRow("nominal: the related article is written first") << QList<qint64>{2, 1, 3}
                                                                        << u"Hochwasser-an-der-Elbe.html"_s;
    }

    void shouldLinkRelatedArticleToTheFileItGotInTheBatch()
    {
        QFETCH(QList<qint64>, order);
        QFETCH(QString, expectedHref);
        // GIVEN two articles whose headlines make the same slug, and a third related to the second
        QHash<qint64, Article> articles;
        for (const qint64 id : {1, 2}) {
            Article article = ExportSamples::related();
            article.id = id;
            article.headline = u"Hochwasser an der Elbe"_s;
            article.teaser = u"Teaser von Artikel %1."_s.arg(id);
            articles.insert(id, article);
        }
        Article linking = ExportSamples::related();
        linking.id = 3;
        linking.headline = u"Deiche halten"_s;
        linking.related = {RelatedLink{2, {}, {}}};
        articles.insert(3, linking);

        // WHEN the three are exported as one batch, in the row's order
        QTemporaryDir dir;
        FolderExport folder(dir.path());
        folder.setBatch(order);
        QString linkingPage;
        for (const qint64 id : order) {
            const Article &article = articles.value(id);
            const QList<Article> related = id == 3 ? QList<Article>{articles.value(2)} : QList<Article>{};
            const QString page = folder.write(HtmlExporter(), {article, related, {}}, ExportOptions());
            QVERIFY2(!page.isEmpty(), qPrintable(folder.error()));
            if (id == 3)
                linkingPage = page;
        }

        // THEN the link in "Mehr zum Thema" points at the file article 2 really got
        QFile page(linkingPage);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        const QString href = QRegularExpression(u"<aside class=\"related\">.*?<a href=\"([^\"]*)\""_s,
                                                QRegularExpression::DotMatchesEverythingOption)
                                 .match(html)
                                 .captured(1);
        QVERIFY2(href == expectedHref, qPrintable(href));
        QFile target(dir.filePath(href));
        QVERIFY2(target.open(QIODevice::ReadOnly), qPrintable(QDir(dir.path()).entryList().join(u", "_s)));
        QVERIFY2(QString::fromUtf8(target.readAll()).contains(u"Teaser von Artikel 2."_s), qPrintable(href));
        // AND both namesakes have their own page
        QVERIFY(QFileInfo::exists(dir.filePath(u"Hochwasser-an-der-Elbe.html"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"Hochwasser-an-der-Elbe-2.html"_s)));
    }

    void shouldLinkRelatedArticleByCanonicalUrlInASingleExport()
    {
        // GIVEN a base URL and an article related to one that is not exported with it
        ExportOptions options;
        options.baseUrl = QUrl(u"https://www.example.de/artikel"_s);
        QTemporaryDir dir;
        FolderExport folder(dir.path());
        folder.setBatch({42});

        // WHEN it is exported alone
        const QString page = folder.write(HtmlExporter(), {ExportSamples::normal(), {ExportSamples::related()}, {}}, options);

        // THEN the link is the related page's canonical address, as its own export names it
        QVERIFY2(!page.isEmpty(), qPrintable(folder.error()));
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        const QString expected = HtmlExporter::canonicalUrl(options, Slug::fromHeadline(ExportSamples::related().headline))
                                     .toString(QUrl::FullyEncoded);
        QCOMPARE(expected, u"https://www.example.de/artikel/Suedkorea-erhoeht-die-Wachsamkeit.html"_s);
        QVERIFY2(html.contains(u"<h3><a href=\""_s + expected + u"\">"_s), qPrintable(html));
    }

    void shouldReportUnwritableFolder_data()
    {
        QTest::addColumn<QString>("folder");
        // We may run as root, where permissions do not stop a write: /proc takes no new files
        // for anyone, and a regular file cannot become a folder.
        QTest::newRow("robustness: /proc") << u"/proc/self"_s;
        QTest::newRow("robustness: file in the way") << u"FILE/Übergabe"_s;
    }

    void shouldReportUnwritableFolder()
    {
        QFETCH(QString, folder);
        // GIVEN a folder that cannot be written
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"FILE"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = folder.startsWith(u'/') ? folder : dir.filePath(folder);

        // WHEN exporting into it
        FolderExport target(path);
        const bool prepared = target.prepare();
        const QString page = prepared ? target.write(HtmlExporter(), {ExportSamples::normal(), {}, {}}, ExportOptions()) : QString();

        // THEN nothing is written and the error names the place
        QVERIFY(page.isEmpty());
        QVERIFY2(target.error().contains(QDir::toNativeSeparators(path)), qPrintable(target.error()));
        QVERIFY(target.writtenFiles().isEmpty());
    }

    void shouldNotWriteHalfAnExportWhenExporterFails()
    {
        // GIVEN an article whose photo cannot be decoded
        QTemporaryDir dir;
        Article article = ExportSamples::normal();
        article.photo.data = QByteArray("kaputt");

        // WHEN exporting it
        FolderExport folder(dir.path());
        const QString page = folder.write(HtmlExporter(), {article, {}, {}}, ExportOptions());

        // THEN the folder stays empty and the error is clear
        QVERIFY(page.isEmpty());
        QVERIFY2(folder.error().contains(u"DSC_0042.jpg"_s), qPrintable(folder.error()));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(FolderExportTest)
#include "folderexporttest.moc"
