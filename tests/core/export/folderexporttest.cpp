#include "export/folderexport.h"
#include "export/htmlexporter.h"
#include "export/slug.h"

#include "export/ninjsexporter.h"
#include "photo/creditformat.h"
#include "photo/photometadatafill.h"
#include "photo/photometadatareader.h"
#include "photoimporter.h"

#include "../photo/photofixtures.h"
#include "exportsamples.h"
#include "testphotos.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
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

    void shouldCarryCreditIntoEveryPhotoFileAndStripTheSource_data()
    {
        QTest::addColumn<QString>("exporter");
        QTest::addColumn<bool>("resize");
        QTest::addColumn<int>("files");
        QTest::newRow("nominal: HTML with 480/800/1200 JPEG and WebP") << u"html"_s << true << 6;
        QTest::newRow("nominal: HTML with the original copy") << u"html"_s << false << 1;
        QTest::newRow("nominal: ninjs with the original copy") << u"ninjs"_s << false << 1;
    }

    void shouldCarryCreditIntoEveryPhotoFileAndStripTheSource()
    {
        QFETCH(QString, exporter);
        QFETCH(bool, resize);
        QFETCH(int, files);
        // GIVEN an article whose photo, taken sideways, carries GPS, serial numbers, the
        // owner, a maker note and software history, chosen as the editor chooses it
        PhotoImporter importer;
        const std::optional<Photo> photo = importer.importBytes(PhotoFixtures::revealingPhoto(1600, 1067), u"IMG_0001.jpg"_s);
        QVERIFY2(photo, qPrintable(importer.lastError()));
        Article article = ExportSamples::normal();
        article.photo = *photo;
        PhotoMetadataFill::fillEmpty(article.photo, importer.metadata(), QString(CreditFormat::defaultFormat));
        article.photo.altText = u"Menschen mit Transparenten vor dem Rathaus"_s;
        QCOMPARE(article.photo.credit, u"Foto: dpa"_s);

        // WHEN it is exported
        QTemporaryDir dir;
        FolderExport folder(dir.path());
        ExportOptions options;
        options.resizeImages = resize;
        options.baseUrl = QUrl(u"https://www.example.de/artikel/"_s);
        const HtmlExporter html;
        const NinjsExporter ninjs;
        const Exporter &chosen = exporter == u"html"_s ? static_cast<const Exporter &>(html) : ninjs;
        QVERIFY2(!folder.write(chosen, {article, {}, {}}, options).isEmpty(), qPrintable(folder.error()));

        // THEN every photo file, read back with exiv2 -pa, has caption, credit, copyright,
        // photographer and alt text, and no GPS, serial number, owner, maker note or software
        const QStringList photos = QDir(dir.path()).entryList({u"*.jpg"_s, u"*.webp"_s}, QDir::Files, QDir::Name);
        QCOMPARE(photos.size(), files);
        for (const QString &name : photos) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QString dump = TestPhotos::dump(bytes, name.endsWith(u".webp"_s) ? "webp" : "jpg");
            for (const QString &expected : {u"Xmp.photoshop.Credit                         XmpText     3  dpa"_s,
                                            u"Xmp.dc.rights"_s, u"© dpa"_s, u"Xmp.dc.description"_s,
                                            u"Demonstration vor dem Rathaus"_s, u"Xmp.iptc.AltTextAccessibility"_s,
                                            u"Max Mustermann"_s})
                QVERIFY2(dump.contains(expected), qPrintable(name + u": "_s + expected + u"\n"_s + dump));
            if (name.endsWith(u".jpg"_s)) {
                QVERIFY2(dump.contains(u"Iptc.Application2.Credit"_s) && dump.contains(u"Iptc.Application2.Copyright"_s),
                         qPrintable(name + u"\n"_s + dump));
            }
            for (const QString &gone : {u"GPS"_s, u"SN-BODY-4711"_s, u"SN-LENS-0815"_s, u"SerialNumber"_s,
                                        u"Hans Quelle"_s, u"MakerNote"_s, u"Geheimwerkzeug"_s})
                QVERIFY2(!dump.contains(gone), qPrintable(name + u": "_s + gone + u"\n"_s + dump));
            // A resized rendition stands upright (portrait); the original copy keeps its
            // pixels and its orientation tag, so that it is shown upright too.
            const QImage image = QImage::fromData(bytes);
            const int orientation = PhotoMetadataReader::read(bytes).orientation;
            if (resize) {
                QVERIFY2(image.height() > image.width() && orientation == 1,
                         qPrintable(u"%1: %2x%3, orientation %4"_s.arg(name).arg(image.width()).arg(image.height()).arg(orientation)));
            } else {
                QCOMPARE(orientation, 6);
            }
        }
    }

    void shouldKeepGpsWhenTheExportSaysSo()
    {
        Article article = ExportSamples::normal();
        article.photo.data = PhotoFixtures::revealingPhoto(800, 533, 1);
        QTemporaryDir dir;
        FolderExport folder(dir.path());
        ExportOptions options;
        options.keepPhotoGps = true;
        options.webp = false;
        QVERIFY2(!folder.write(HtmlExporter(), {article, {}, {}}, options).isEmpty(), qPrintable(folder.error()));
        const QStringList photos = QDir(dir.path()).entryList({u"*.jpg"_s}, QDir::Files);
        QVERIFY(!photos.isEmpty());
        QFile file(dir.filePath(photos.constFirst()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString dump = TestPhotos::dump(file.readAll());
        QVERIFY2(dump.contains(u"GPSLatitude"_s) && !dump.contains(u"SN-BODY-4711"_s), qPrintable(dump));
    }

    void shouldExportAPhotoWhoseMetadataBlockIsDamaged_data()
    {
        QTest::addColumn<bool>("resize");
        QTest::newRow("robustness: renditions") << true;
        QTest::newRow("robustness: original copy") << false;
    }

    void shouldExportAPhotoWhoseMetadataBlockIsDamaged()
    {
        // GIVEN a photo whose Exif block ends too early, around intact pixels
        QFETCH(bool, resize);
        const QByteArray withExif = TestPhotos::withMetadata(
            TestPhotos::marked(900, 600, "JPEG"),
            "set Exif.Image.Artist Ascii Max Mustermann\nset Exif.Photo.BodySerialNumber Ascii SN-BODY-4711\n"
            "set Exif.Image.ImageDescription Ascii Eine Beschreibung, die hinter dem Ende liegt\n");
        Article article = ExportSamples::normal();
        article.photo.data = PhotoFixtures::cutSegment(withExif, QByteArray("Exif\0\0", 6), 40);
        article.photo.width = 900;
        article.photo.height = 600;
        // WHEN it is exported
        QTemporaryDir dir;
        FolderExport folder(dir.path());
        ExportOptions options;
        options.resizeImages = resize;
        options.webp = false;
        QVERIFY2(!folder.write(HtmlExporter(), {article, {}, {}}, options).isEmpty(), qPrintable(folder.error()));
        // THEN every photo file carries the article's credit and no serial number
        const QStringList photos = QDir(dir.path()).entryList({u"*.jpg"_s}, QDir::Files);
        QVERIFY(!photos.isEmpty());
        for (const QString &name : photos) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!QImage::fromData(bytes).isNull(), qPrintable(name));
            const QString dump = TestPhotos::dump(bytes);
            QVERIFY2(dump.contains(u"Xmp.photoshop.Credit"_s) && !dump.contains(u"SN-BODY-4711"_s), qPrintable(name + u"\n"_s + dump));
        }
    }

    void shouldKeepAHostileEmbeddedCaptionTextInTheHtml()
    {
        // GIVEN a photo whose embedded caption and credit hold markup
        const QByteArray bytes = TestPhotos::withMetadata(
            TestPhotos::marked(640, 427, "JPEG"),
            "set Xmp.dc.description LangAlt lang=x-default <script>alert(\"Bild\")</script> <img src=x onerror=alert(1)>\n"
            "set Xmp.photoshop.Credit XmpText dpa\" onload=\"alert(2)\n");
        PhotoImporter importer;
        const std::optional<Photo> photo = importer.importBytes(bytes, u"boese.jpg"_s);
        QVERIFY2(photo, qPrintable(importer.lastError()));
        Article article = ExportSamples::normal();
        article.photo = *photo;
        PhotoMetadataFill::fillEmpty(article.photo, importer.metadata(), QString(CreditFormat::defaultFormat));
        // WHEN the page is exported
        const ExportResult result = HtmlExporter().exportArticle({article, {}, {}}, ExportOptions());
        QVERIFY2(result.ok(), qPrintable(result.error));
        // THEN the caption is text on the page, never markup
        const QString page = QString::fromUtf8(result.data);
        QVERIFY2(!page.contains(u"<script>alert"_s) && !page.contains(u"<img src=x"_s) && !page.contains(u"onload=\"alert"_s),
                 qPrintable(page));
        QVERIFY2(page.contains(u"&lt;script&gt;alert"_s), qPrintable(page));
    }
};

QTEST_MAIN(FolderExportTest)
#include "folderexporttest.moc"
