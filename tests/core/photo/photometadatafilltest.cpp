#include "article.h"
#include "photo/creditformat.h"
#include "photo/photometadatafill.h"

#include <QTest>

using namespace Qt::StringLiterals;

class PhotoMetadataFillTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFillEmptyFieldsOnly()
    {
        // GIVEN a photo whose caption the journalist already wrote, and embedded metadata
        Photo photo;
        photo.caption = u"Eigene Bildunterschrift"_s;
        PhotoMetadata metadata;
        metadata.caption = u"Agenturtext"_s;
        metadata.credit = u"dpa"_s;
        metadata.altText = u"Eine Frau am Rednerpult"_s;
        // WHEN the metadata is taken
        const auto filled = PhotoMetadataFill::fillEmpty(photo, metadata, QString(CreditFormat::defaultFormat));
        // THEN the caption stays, credit and alt text are filled, and it says so
        QCOMPARE(photo.caption, u"Eigene Bildunterschrift"_s);
        QCOMPARE(photo.credit, u"Foto: dpa"_s);
        QCOMPARE(photo.altText, u"Eine Frau am Rednerpult"_s);
        QVERIFY(!filled.caption);
        QVERIFY(filled.credit);
        QVERIFY(filled.altText);
    }

    void shouldNotDoubleAnEmbeddedLabel()
    {
        PhotoMetadata metadata;
        metadata.credit = u"Foto: Reuters"_s;
        QCOMPARE(PhotoMetadataFill::suggested(metadata, QString(CreditFormat::defaultFormat)).credit, u"Foto: Reuters"_s);
    }
};

QTEST_GUILESS_MAIN(PhotoMetadataFillTest)
#include "photometadatafilltest.moc"
