#include "photo/metadatastriprules.h"
#include "photo/photometadatareader.h"
#include "photo/renditionmetadatawriter.h"

#include "photofixtures.h"
#include "testphotos.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
RenditionMetadata articleTexts()
{
    RenditionMetadata m;
    m.caption = u"Demonstration vor dem Kölner Rathaus am Freitag."_s;
    m.credit = u"dpa"_s;
    m.copyright = u"© dpa"_s;
    m.byline = {u"Max Mustermann"_s};
    m.altText = u"Menschen mit Transparenten vor einem Backsteinbau."_s;
    return m;
}

// What must never be in a published file unless the newsroom kept the location.
const QStringList revealing{u"GPSLatitude"_s, u"GPSLongitude"_s, u"SN-BODY-4711"_s, u"SN-LENS-0815"_s,
                            u"Hans Quelle"_s, u"MakerNote"_s, u"Geheimwerkzeug"_s, u"SerialNumber"_s};
} // namespace

class RenditionMetadataWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteTheArticleTextsAndStripWhatRevealsASource_data()
    {
        QTest::addColumn<QByteArray>("rendition");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<bool>("iim");
        QTest::newRow("nominal: JPEG rendition") << TestPhotos::marked(480, 320, "JPEG") << QByteArray("jpg") << true;
        QTest::newRow("nominal: WebP rendition") << TestPhotos::marked(480, 320, "WEBP") << QByteArray("webp") << false;
    }

    void shouldWriteTheArticleTextsAndStripWhatRevealsASource()
    {
        QFETCH(QByteArray, rendition);
        QFETCH(QByteArray, suffix);
        QFETCH(bool, iim);
        // GIVEN an original full of source-revealing metadata and a fresh rendition of it
        RenditionMetadataWriter writer(PhotoFixtures::revealingPhoto(320, 200));
        QVERIFY2(writer.problems().isEmpty(), qPrintable(writer.problems().join(u'|')));
        // WHEN the article's texts are written into the rendition
        QVERIFY2(writer.write(rendition, articleTexts(), true), qPrintable(writer.error()));
        // THEN exiv2 -pa shows caption, credit, copyright, photographer and alt text ...
        const QString dump = TestPhotos::dump(rendition, suffix.constData());
        for (const QString &expected : {u"Xmp.dc.description"_s, u"Demonstration vor dem Kölner Rathaus am Freitag."_s,
                                        u"Xmp.photoshop.Credit"_s, u"Xmp.dc.rights"_s, u"© dpa"_s,
                                        u"Xmp.dc.creator"_s, u"Max Mustermann"_s,
                                        u"Xmp.iptc.AltTextAccessibility"_s})
            QVERIFY2(dump.contains(expected), qPrintable(expected + u"\n"_s + dump));
        if (iim) {
            for (const QString &expected : {u"Iptc.Application2.Caption"_s, u"Iptc.Application2.Credit"_s,
                                            u"Iptc.Application2.Copyright"_s, u"Iptc.Envelope.CharacterSet"_s})
                QVERIFY2(dump.contains(expected), qPrintable(expected + u"\n"_s + dump));
        }
        // ... and nothing that points to the source; the camera model and date may stay
        for (const QString &gone : revealing)
            QVERIFY2(!dump.contains(gone), qPrintable(gone + u"\n"_s + dump));
        QVERIFY2(dump.contains(u"Reporter 1"_s), qPrintable(dump));
        // The pixels were turned upright: the rendition says so
        const PhotoMetadata back = PhotoMetadataReader::read(rendition);
        QCOMPARE(back.orientation, 1);
        QCOMPARE(back.caption, articleTexts().caption);
        QCOMPARE(back.credit, u"dpa"_s);
        QVERIFY(!back.hasGps && !back.hasSerialNumbers);
    }

    void shouldKeepGpsWhenTheNewsroomSaysSo()
    {
        RenditionMetadataWriter writer(PhotoFixtures::revealingPhoto(320, 200));
        QByteArray rendition = TestPhotos::marked(480, 320, "JPEG");
        RenditionMetadata texts = articleTexts();
        texts.keepLocation = true;
        QVERIFY2(writer.write(rendition, texts, true), qPrintable(writer.error()));
        const QString dump = TestPhotos::dump(rendition);
        QVERIFY2(dump.contains(u"GPSLatitude"_s), qPrintable(dump));
        QVERIFY2(!dump.contains(u"SN-BODY-4711"_s), qPrintable(dump));
    }

    void shouldCarryLatin1IimOverAsUtf8()
    {
        // GIVEN an original whose IIM is Latin-1 without a character set, with a city in it
        const QByteArray original = TestPhotos::withMetadata(
            TestPhotos::marked(320, 200, "JPEG"),
            "set Iptc.Application2.City String " + QString(u"Köln"_s).toLatin1() + "\n");
        RenditionMetadataWriter writer(original);
        QByteArray rendition = TestPhotos::marked(480, 320, "JPEG");
        // WHEN a rendition is written (declared UTF-8)
        QVERIFY2(writer.write(rendition, articleTexts(), true), qPrintable(writer.error()));
        // THEN the city still reads Köln
        QCOMPARE(PhotoMetadataReader::read(rendition).city, u"Köln"_s);
    }

    void shouldLeaveOutEmptyArticleFields()
    {
        // GIVEN an original with a caption the article no longer has
        RenditionMetadataWriter writer(PhotoFixtures::agencyPhoto(320, 200));
        QByteArray rendition = TestPhotos::marked(480, 320, "JPEG");
        RenditionMetadata texts;
        texts.credit = u"dpa"_s;
        QVERIFY2(writer.write(rendition, texts, true), qPrintable(writer.error()));
        // THEN the stale caption does not ship
        const PhotoMetadata back = PhotoMetadataReader::read(rendition);
        QVERIFY2(back.caption.isEmpty(), qPrintable(back.caption));
        QCOMPARE(back.credit, u"dpa"_s);
    }

    void shouldStripEveryKeyOfTheDocumentedList_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("location");
        QTest::newRow("nominal: GPS") << u"Exif.GPSInfo.GPSLatitude"_s << true;
        QTest::newRow("nominal: XMP GPS in a structure") << u"Xmp.Iptc4xmpExt.LocationCreated[1]/exif:GPSLatitude"_s << true;
        QTest::newRow("nominal: body serial") << u"Exif.Photo.BodySerialNumber"_s << false;
        QTest::newRow("nominal: Canon maker note group") << u"Exif.Canon.SerialNumber"_s << false;
        QTest::newRow("nominal: Nikon maker note group") << u"Exif.Nikon3.ShutterCount"_s << false;
        QTest::newRow("nominal: thumbnail") << u"Exif.Thumbnail.JPEGInterchangeFormat"_s << false;
        QTest::newRow("nominal: history") << u"Xmp.xmpMM.History[1]/stEvt:softwareAgent"_s << false;
    }

    void shouldStripEveryKeyOfTheDocumentedList()
    {
        QFETCH(QString, key);
        QFETCH(bool, location);
        const std::string k = key.toStdString();
        QVERIFY2(MetadataStripRules::strips(k, false), qPrintable(key));
        QCOMPARE(MetadataStripRules::strips(k, true), !location);
        QVERIFY(!MetadataStripRules::strips("Exif.Image.Model", false));
        QVERIFY(!MetadataStripRules::strips("Xmp.photoshop.City", false));
    }
};

QTEST_GUILESS_MAIN(RenditionMetadataWriterTest)
#include "renditionmetadatawritertest.moc"
