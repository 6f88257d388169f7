#include "import/articleimporter.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString fremd(const QString &name)
{
    return TestEnvironment::dataDir() + u"/ninjs/fremdsystem/"_s + name;
}

QString photo()
{
    return TestEnvironment::dataDir() + u"/photos/uss-ronald-reagan-navy.jpg"_s;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The export of the other system as it arrives: the JSON files and the photo side by side.
void copyExport(const QString &dir)
{
    for (const QString &name : {u"artikel-1001.json"_s, u"artikel-1002.json"_s, u"artikel-1003.json"_s, u"artikel-1004.json"_s})
        QFile::copy(fremd(name), dir + u'/' + name);
    QFile::copy(photo(), dir + u"/foto-1001.jpg"_s);
}

QByteArray withPhotoHref(const QString &href)
{
    QByteArray json = read(fremd(u"artikel-1001.json"_s));
    const QByteArray replacement = QByteArray("\"href\": \"") + href.toUtf8() + QByteArray("\"");
    json.replace(QByteArray("\"href\": \"foto-1001.jpg\""), replacement);
    return json;
}
} // namespace

class ForeignImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadAGermanItemFromAnotherSystemWhole()
    {
        // GIVEN the other system's export in a folder, the photo beside the JSON
        QTemporaryDir dir;
        copyExport(dir.path());
        // WHEN its main item is imported
        const ArticleImporter::Result result = ArticleImporter().importFile(dir.filePath(u"artikel-1001.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ImportedItem &item = result.items.first();
        const Article &a = item.article;
        // THEN "de" is the newsroom's German, checked by the German dictionary
        QCOMPARE(a.language, u"de-DE"_s);
        // AND the item keeps its identity and its own dates: 25.10.2024 10:15 in Berlin
        QCOMPARE(item.sourceUri, u"urn:fremdsystem:artikel:1001"_s);
        QCOMPARE(item.sourceVersion, u"4"_s);
        QCOMPARE(a.created, QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC));
        QCOMPARE(a.modified, QDateTime(QDate(2024, 10, 25), QTime(9, 30), QTimeZone::UTC));
        QCOMPARE(item.embargoed, QDateTime(QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC));
        QVERIFY2(!a.published.isValid(), "the embargo is not the publication time");
        // AND the photo beside the JSON is read, with the same checks as in the editor
        QVERIFY2(!a.photo.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QCOMPARE(a.photo.mimeType, u"image/jpeg"_s);
        QVERIFY(a.photo.width > 0);
        QCOMPARE(a.photo.caption, u"Symbolbild: Ein Flugzeugträger auf See."_s);
        QCOMPARE(a.photo.credit, u"Foto: Beispiel-Agentur/Max Muster"_s);
        // AND the related items by URN wait for the batch, the web link is kept at its place
        QCOMPARE(item.related.size(), 4);
        QCOMPARE(item.related.at(0).uri, u"urn:fremdsystem:artikel:1002"_s);
        QCOMPARE(item.related.at(0).position, 0);
        QCOMPARE(item.related.at(2).uri, u"urn:fremdsystem:artikel:1004"_s);
        QCOMPARE(item.related.at(2).position, 1);
        QCOMPARE(a.related.size(), 1);
        QCOMPARE(a.related.first().url, QUrl(u"https://www.example.de/dossier/heizung"_s));
        QVERIFY2(!result.warnings.join(u'\n').contains(u"only https"_s), qPrintable(result.warnings.join(u'\n')));
    }

    void shouldNormaliseEveryLanguageSpellingOnImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("newsroomGerman");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: de") << u"artikel-1002.json"_s << u"de-DE"_s << u"de-DE"_s;
        QTest::newRow("nominal: de in a Swiss newsroom") << u"artikel-1002.json"_s << u"de-CH"_s << u"de-CH"_s;
        QTest::newRow("nominal: DE-de") << u"artikel-1003.json"_s << u"de-AT"_s << u"de-DE"_s;
        QTest::newRow("nominal: ger") << u"artikel-1004.json"_s << u"de-AT"_s << u"de-AT"_s;
    }
    void shouldNormaliseEveryLanguageSpellingOnImport()
    {
        QFETCH(QString, file);
        QFETCH(QString, newsroomGerman);
        QFETCH(QString, expected);
        ArticleImporter importer;
        importer.setNewsroomGerman(newsroomGerman);
        const ArticleImporter::Result result = importer.importFile(fremd(file));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->language, expected);
    }

    void shouldNeverReadPhotosFromOutsideTheFolder_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("warning");
        QTest::newRow("robustness: parent folder") << u"../foto-1001.jpg"_s << u"outside the folder"_s;
        QTest::newRow("robustness: absolute path") << u"/etc/passwd"_s << u"outside the folder"_s;
        QTest::newRow("robustness: file URL outside") << u"file:///etc/hostname"_s << u"outside the folder"_s;
        QTest::newRow("robustness: remote URL") << u"https://bilder.example.de/foto-1001.jpg"_s << u"not fetched"_s;
        QTest::newRow("robustness: missing file") << u"fehlt.jpg"_s << u"not found"_s;
        QTest::newRow("robustness: not a photo") << u"artikel-1002.json"_s << u"was not imported"_s;
    }
    void shouldNeverReadPhotosFromOutsideTheFolder()
    {
        QFETCH(QString, href);
        QFETCH(QString, warning);
        // GIVEN the export one folder down, a photo one folder up
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(u"export"_s);
        copyExport(dir.filePath(u"export"_s));
        QFile::copy(photo(), dir.filePath(u"foto-1001.jpg"_s));
        const QString path = dir.filePath(u"export/artikel-1001.json"_s);
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withPhotoHref(href));
        file.close();
        // WHEN imported THEN the article comes without the photo, and the warning says why
        const ArticleImporter::Result result = ArticleImporter().importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article->photo.isEmpty());
        QVERIFY2(result.warnings.join(u'\n').contains(warning), qPrintable(result.warnings.join(u'\n')));
    }

    void shouldReadAFileUrlInsideTheFolder()
    {
        QTemporaryDir dir;
        copyExport(dir.path());
        const QString path = dir.filePath(u"artikel-1001.json"_s);
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withPhotoHref(QUrl::fromLocalFile(dir.filePath(u"foto-1001.jpg"_s)).toString()));
        file.close();
        const ArticleImporter::Result result = ArticleImporter().importFile(path);
        QVERIFY2(result.ok() && !result.article->photo.isEmpty(), qPrintable(result.error + result.warnings.join(u'\n')));
    }

    void shouldRefuseWhatNoReaderTakes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("named");
        QTest::newRow("robustness: PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") << u"meldung.pdf"_s << u"a PDF document"_s;
        QTest::newRow("robustness: PDF renamed to .txt") << QByteArray("%PDF-1.4\n") << u"meldung.txt"_s << u"a PDF document"_s;
        QTest::newRow("robustness: JPEG") << read(photo()) << u"foto.jpg"_s << u"a JPEG image"_s;
        QTest::newRow("robustness: JPEG renamed to .json") << read(photo()) << u"foto.json"_s << u"a JPEG image"_s;
        QTest::newRow("robustness: binary") << QByteArray("\x01\x02\x00\x00\x7F" "ELF", 8) << u"daten.bin"_s << u"a binary file"_s;
        QTest::newRow("robustness: ZIP that is no document") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00notes.txt", 19)
                                                             << u"archiv.zip"_s << u"a ZIP archive"_s;
        QTest::newRow("robustness: RSS") << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>")
                                         << u"feed.xml"_s << u"root element <rss>"_s;
        QTest::newRow("robustness: SVG") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")
                                         << u"grafik.html"_s << u"root element <svg>"_s;
    }
    void shouldRefuseWhatNoReaderTakes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, named);
        const ArticleImporter::Result result = ArticleImporter().importBytes(bytes, fileName);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(named), qPrintable(result.error));
    }

    void shouldTellNewsmlByItsContentWhateverItsName()
    {
        // GIVEN an agency item saved as .txt (today imported as text, its markup the headline)
        const QByteArray xml = read(TestEnvironment::dataDir() + u"/newsml-g2/de/wahl-nitf.xml"_s);
        const ArticleImporter::Result result = ArticleImporter().importBytes(xml, u"agentur.txt"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, ArticleImporter::Format::NewsmlG2);
        QCOMPARE(result.article->headline, u"Landtag beschließt Haushalt für 2025"_s);
        QCOMPARE(result.article->language, u"de-DE"_s);
    }

    void shouldReadTheStoryWithItsPhotoItemFromBesideTheMessage()
    {
        QTemporaryDir dir;
        QFile::copy(TestEnvironment::dataDir() + u"/newsml-g2/de/nachricht-mit-foto.xml"_s, dir.filePath(u"nachricht.xml"_s));
        QFile::copy(photo(), dir.filePath(u"hafen.jpg"_s));
        const ArticleImporter::Result result = ArticleImporter().importFile(dir.filePath(u"nachricht.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.items.size(), 1);
        QVERIFY2(!result.article->photo.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QCOMPARE(result.article->photo.credit, u"Beispiel-Agentur/Max Muster"_s);
    }
};

QTEST_GUILESS_MAIN(ForeignImportTest)
#include "foreignimporttest.moc"
