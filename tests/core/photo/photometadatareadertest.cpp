#include "photo/photometadatareader.h"
#include "testenvironment.h"
#include "photo/photoorientation.h"
#include "photoimporter.h"

#include "photofixtures.h"
#include "testphotos.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray jpeg()
{
    return TestPhotos::marked(120, 80, "JPEG");
}

QString describe(const PhotoMetadata &m)
{
    return u"caption=[%1] credit=[%2] byline=[%3] copyright=[%4] city=[%5] alt=[%6] restrictions=[%7] problems=[%8]"_s.arg(
        m.caption, m.credit, m.byline.join(u'|'), m.copyright, m.city, m.altText, m.restrictions.join(u'|'),
        m.problems.join(u'|'));
}

QColor colourAt(const QImage &image, double fx, double fy)
{
    return image.pixelColor(int(fx * (image.width() - 1)), int(fy * (image.height() - 1)));
}

bool isRed(const QColor &c)
{
    return c.red() > 150 && c.blue() < 100;
}
} // namespace

class PhotoMetadataReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadARealAgencyPhoto()
    {
        // GIVEN a U.S. Navy photo as distributed, with IIM, XMP and Photoshop blocks (public domain)
        QFile file((TestEnvironment::sourceDir() + u"/tests/data/photos/uss-ronald-reagan-navy.jpg"_s));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        // WHEN its metadata is read
        const PhotoMetadata m = PhotoMetadataReader::read(file.readAll());
        // THEN caption, credit, photographer, place, date and the credit instruction come back
        QVERIFY2(m.caption.contains(u"USS Ronald Reagan (CVN 76) sails through the Straits of Magellan"_s), qPrintable(describe(m)));
        QCOMPARE(m.credit, u"U.S Navy"_s);
        QVERIFY2(!m.byline.isEmpty() && m.byline.constFirst().startsWith(u"Photographer"_s), qPrintable(describe(m)));
        QCOMPARE(m.city, u"Straits of Magellan"_s);
        QCOMPARE(m.country, u"South America"_s);
        QCOMPARE(m.dateCreated, QDate(2004, 6, 21));
        QVERIFY2(m.restrictions.join(u' ').contains(u"Credit as U.S. Navy photo by Elizabeth Thompson"_s), qPrintable(describe(m)));
        QVERIFY2(!m.caption.contains(u'\n'), qPrintable(m.caption));
        QVERIFY2(m.problems.isEmpty(), qPrintable(describe(m)));
    }

    void shouldDecodeIimUmlauts_data()
    {
        QTest::addColumn<QByteArray>("commands");
        const QByteArray latin1Caption = QString(u"Bürgermeisterin äußert Größe"_s).toLatin1();
        QTest::newRow("nominal: UTF-8 with CodedCharacterSet ESC % G")
            << QByteArray("set Iptc.Envelope.CharacterSet String " + PhotoFixtures::utf8Marker
                          + "\nset Iptc.Application2.Caption String Bürgermeisterin äußert Größe\n");
        QTest::newRow("nominal: Latin-1 without a character set")
            << QByteArray("set Iptc.Application2.Caption String " + latin1Caption + "\n");
        QTest::newRow("robustness: UTF-8 without the marker")
            << QByteArray("set Iptc.Application2.Caption String Bürgermeisterin äußert Größe\n");
    }

    void shouldDecodeIimUmlauts()
    {
        QFETCH(QByteArray, commands);
        const PhotoMetadata m = PhotoMetadataReader::read(TestPhotos::withMetadata(jpeg(), commands));
        QVERIFY2(m.caption == u"Bürgermeisterin äußert Größe"_s, qPrintable(describe(m)));
    }

    void shouldReadXmpOnlyAndIimOnly_data()
    {
        QTest::addColumn<QByteArray>("commands");
        QTest::newRow("nominal: XMP only")
            << QByteArray("set Xmp.dc.description LangAlt lang=x-default Übergabe im Rathaus\n"
                          "set Xmp.photoshop.Credit XmpText dpa\n"
                          "set Xmp.dc.creator XmpSeq Erika Muster\n"
                          "set Xmp.dc.rights LangAlt lang=x-default © dpa\n");
        QTest::newRow("nominal: IIM only")
            << QByteArray("set Iptc.Envelope.CharacterSet String " + PhotoFixtures::utf8Marker + "\n"
                          "set Iptc.Application2.Caption String Übergabe im Rathaus\n"
                          "set Iptc.Application2.Credit String dpa\n"
                          "set Iptc.Application2.Byline String Erika Muster\n"
                          "set Iptc.Application2.Copyright String © dpa\n");
    }

    void shouldReadXmpOnlyAndIimOnly()
    {
        QFETCH(QByteArray, commands);
        const PhotoMetadata m = PhotoMetadataReader::read(TestPhotos::withMetadata(jpeg(), commands));
        QVERIFY2(m.caption == u"Übergabe im Rathaus"_s && m.credit == u"dpa"_s
                     && m.byline == QStringList{u"Erika Muster"_s} && m.copyright == u"© dpa"_s,
                 qPrintable(describe(m)));
        QVERIFY2(m.problems.isEmpty(), qPrintable(describe(m)));
    }

    void shouldPreferXmpWhereXmpAndIimDisagree()
    {
        // GIVEN a photo whose IIM still has the old caption and credit, and a city only in IIM
        const QByteArray commands = "set Iptc.Envelope.CharacterSet String " + PhotoFixtures::utf8Marker + "\n"
            "set Iptc.Application2.Caption String Alte Bildunterschrift\n"
            "set Iptc.Application2.Credit String Reuters\n"
            "set Iptc.Application2.City String Hamburg\n"
            "set Xmp.dc.description LangAlt lang=x-default Neue Bildunterschrift\n"
            "set Xmp.photoshop.Credit XmpText dpa\n";
        // WHEN it is read
        const PhotoMetadata m = PhotoMetadataReader::read(TestPhotos::withMetadata(jpeg(), commands));
        // THEN XMP wins field by field and IIM fills only what XMP lacks
        QVERIFY2(m.caption == u"Neue Bildunterschrift"_s, qPrintable(describe(m)));
        QVERIFY2(m.credit == u"dpa"_s, qPrintable(describe(m)));
        QVERIFY2(m.city == u"Hamburg"_s, qPrintable(describe(m)));
    }

    void shouldReadTheAgencyFieldsAndAccessibility()
    {
        const PhotoMetadata m = PhotoMetadataReader::read(PhotoFixtures::agencyPhoto(200, 133));
        QVERIFY2(m.caption == u"Bürgermeisterin Müller eröffnet die Straßenbahnlinie in Köln."_s, qPrintable(describe(m)));
        QCOMPARE(m.credit, u"picture alliance/dpa | Max Mustermann"_s);
        QCOMPARE(m.byline, QStringList{u"Max Mustermann"_s});
        QCOMPARE(m.copyright, u"dpa"_s);
        QCOMPARE(m.headline, u"Neue Linie 18"_s);
        QCOMPARE(m.city, u"Köln"_s);
        QCOMPARE(m.country, u"Deutschland"_s);
        QCOMPARE(m.dateCreated, QDate(2024, 10, 25));
        QCOMPARE(m.altText, u"Eine Frau durchschneidet ein rotes Band vor einer Straßenbahn."_s);
        QCOMPARE(m.extendedDescription, u"Die Bahn ist weiß und rot."_s);
        QVERIFY2(m.problems.isEmpty() && m.restrictions.isEmpty(), qPrintable(describe(m)));
    }

    void shouldReportEmbargoAndUsageRestrictions()
    {
        const QByteArray commands = "set Iptc.Application2.SpecialInstructions String Sperrfrist 26.10.2024 06:00 Uhr\n"
                                    "set Iptc.Application2.ReleaseDate Date 2024-10-26\n"
                                    "set Xmp.xmpRights.UsageTerms LangAlt lang=x-default Nur redaktionelle Nutzung\n";
        const PhotoMetadata m = PhotoMetadataReader::read(TestPhotos::withMetadata(jpeg(), commands));
        const QString all = m.restrictions.join(u'|');
        QVERIFY2(all.contains(u"Sperrfrist 26.10.2024 06:00 Uhr"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Nur redaktionelle Nutzung"_s), qPrintable(all));
        QVERIFY2(all.contains(u"26.10.2024"_s) && m.restrictions.size() == 3, qPrintable(all));
    }

    void shouldNoticeGpsAndSerialNumbers()
    {
        const PhotoMetadata m = PhotoMetadataReader::read(PhotoFixtures::revealingPhoto(200, 133));
        QVERIFY(m.hasGps);
        QVERIFY(m.hasSerialNumbers);
        QCOMPARE(m.orientation, 6);
        QCOMPARE(m.caption, u"Demonstration vor dem Rathaus"_s);
    }

    void shouldTurnEveryOrientationUpright_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("nominal: Exif orientation %d", o) << o;
    }

    void shouldTurnEveryOrientationUpright()
    {
        // GIVEN a landscape JPEG, red in its stored top-left quarter, tagged with an orientation
        QFETCH(int, orientation);
        const QByteArray bytes = TestPhotos::withMetadata(
            TestPhotos::marked(120, 80, "JPEG"), "set Exif.Image.Orientation Short " + QByteArray::number(orientation) + "\n");
        // WHEN it is imported and decoded upright
        PhotoImporter importer;
        const std::optional<Photo> photo = importer.importBytes(bytes, u"photo.jpg"_s);
        QVERIFY2(photo, qPrintable(importer.lastError()));
        const QImage ours = PhotoOrientation::decodeUpright(bytes);
        // THEN its size is the size as shown, and it looks as Qt's own JPEG orientation shows it
        const bool turned = orientation >= 5;
        QCOMPARE(photo->width, turned ? 80 : 120);
        QCOMPARE(photo->height, turned ? 120 : 80);
        QCOMPARE(ours.size(), QSize(photo->width, photo->height));
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        QImageReader qt(&buffer, "jpeg");
        qt.setAutoTransform(true);
        const QImage expected = qt.read();
        QCOMPARE(ours.size(), expected.size());
        for (const auto &[fx, fy] : {std::pair{0.1, 0.1}, {0.9, 0.1}, {0.1, 0.9}, {0.9, 0.9}}) {
            QVERIFY2(isRed(colourAt(ours, fx, fy)) == isRed(colourAt(expected, fx, fy)),
                     qPrintable(u"orientation %1 at %2,%3"_s.arg(orientation).arg(fx).arg(fy)));
        }
        // Orientation 6 (turned left in the camera): the red corner ends up top right.
        if (orientation == 6)
            QVERIFY(isRed(colourAt(ours, 0.9, 0.1)) && !isRed(colourAt(ours, 0.1, 0.1)));
    }

    void shouldKeepThePhotoUsableWhenTheMetadataIsDamaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray withExif = TestPhotos::withMetadata(
            jpeg(), "set Exif.Image.Artist Ascii Max Mustermann\nset Exif.Image.Copyright Ascii dpa\n"
                    "set Exif.Photo.DateTimeOriginal Ascii 2024:10:25 10:15:00\n"
                    "set Exif.Image.ImageDescription Ascii Ein langer Text, der hinter dem Ende liegt\n");
        QTest::newRow("robustness: Exif block cut short") << PhotoFixtures::cutSegment(withExif, QByteArray("Exif\0\0", 6), 40);
        const QByteArray withXmp = TestPhotos::withMetadata(
            jpeg(), "set Xmp.dc.description LangAlt lang=x-default Eine Bildunterschrift, die mitten im XML abbricht\n"
                    "set Xmp.photoshop.Credit XmpText dpa\n");
        QTest::newRow("robustness: XMP packet cut short")
            << PhotoFixtures::cutSegment(withXmp, "http://ns.adobe.com/xap/1.0/", 200);
    }

    void shouldKeepThePhotoUsableWhenTheMetadataIsDamaged()
    {
        QFETCH(QByteArray, bytes);
        // WHEN the photo is chosen
        PhotoImporter importer;
        const std::optional<Photo> photo = importer.importBytes(bytes, u"kaputt.jpg"_s);
        // THEN it is accepted with its pixels, and a clear message says what is missing
        QVERIFY2(photo, qPrintable(importer.lastError()));
        QCOMPARE(photo->width, 120);
        QVERIFY(!PhotoOrientation::decodeUpright(bytes).isNull());
        const QString problems = importer.metadata().problems.join(u'\n');
        QVERIFY2(problems.contains(u"damaged"_s) && problems.contains(u"can be used"_s), qPrintable(problems));
    }

    void shouldReadAMegabyteXmpPacketAndShortenTheCaption()
    {
        // GIVEN a PNG with a 1 MB XMP packet (JPEG segments end at 64 KB; PNG has no such limit)
        const QByteArray huge(1024 * 1024, 'A');
        const QByteArray bytes = TestPhotos::withMetadata(
            TestPhotos::marked(64, 48, "PNG"),
            "set Xmp.dc.description LangAlt lang=x-default " + huge + "\nset Xmp.photoshop.Credit XmpText dpa\n", "png");
        QVERIFY2(bytes.size() > 1024 * 1024, qPrintable(QString::number(bytes.size())));
        // WHEN it is read
        QElapsedTimer timer;
        timer.start();
        const PhotoMetadata m = PhotoMetadataReader::read(bytes);
        // THEN the caption is cut to a caption's length with a message, the rest is read
        QCOMPARE(m.caption.size(), PhotoMetadataReader::maxCaptionCharacters);
        QCOMPARE(m.credit, u"dpa"_s);
        QVERIFY2(m.problems.join(u' ').contains(u"very long"_s), qPrintable(m.problems.join(u'|')));
        qInfo("1 MB XMP packet read in %lld ms", timer.elapsed());
    }

    void shouldKeepHostileCaptionsPlainText()
    {
        // GIVEN a caption with markup, a terminal escape, a right-to-left override and a NUL-free control
        const QByteArray commands = "set Xmp.dc.description LangAlt lang=x-default <script>alert(\"x\")</script> & <b>fett</b> "
                                    "\x1b[31mrot \xe2\x80\xae" "gnirts\x07 Ende\n";
        const PhotoMetadata m = PhotoMetadataReader::read(TestPhotos::withMetadata(jpeg(), commands));
        // THEN the text stays as written, without control and direction characters
        QVERIFY2(m.caption == u"<script>alert(\"x\")</script> & <b>fett</b> [31mrot gnirts Ende"_s, qPrintable(m.caption));
    }

    void shouldReportAFileThatIsNoImage()
    {
        const PhotoMetadata m = PhotoMetadataReader::read(QByteArray("not an image at all"));
        QVERIFY(!m.hasText());
        QVERIFY2(!m.problems.isEmpty(), "no problem reported");
    }
};

QTEST_GUILESS_MAIN(PhotoMetadataReaderTest)
#include "photometadatareadertest.moc"
