#include "article.h"
#include "photo/photometadata.h"
#include "validation/photometadatachecks.h"
#include "validation/validator.h"

#include "../photo/photofixtures.h"
#include "testphotos.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
Article withPhoto()
{
    Article article;
    article.headline = u"Neue Straßenbahnlinie"_s;
    article.dateline = u"Köln"_s;
    article.published = QDateTime(QDate(2024, 10, 25), QTime(10, 15), QTimeZone("Europe/Berlin")).toUTC();
    article.photo.data = QByteArray("x");
    article.photo.caption = u"Bürgermeisterin Müller eröffnet die Linie."_s;
    article.photo.credit = u"Foto: dpa"_s;
    return article;
}

QString messages(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.message;
    return lines.join(u'\n');
}
} // namespace

class PhotoMetadataChecksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHintAtWhatThePhotoSays_data()
    {
        QTest::addColumn<QString>("copyright");
        QTest::addColumn<QStringList>("restrictions");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: copyright names the credited agency") << u"© 2024 dpa"_s << QStringList() << u"Köln"_s
                                                                      << QString() << QString();
        QTest::newRow("nominal: copyright names another holder") << u"© Reuters"_s << QStringList() << QString()
                                                                 << QString() << u"“© Reuters”"_s;
        QTest::newRow("nominal: embargo") << QString() << QStringList{u"Special instructions: Sperrfrist 26.10.2024"_s}
                                          << QString() << QString() << u"Sperrfrist 26.10.2024"_s;
        QTest::newRow("nominal: the photo was taken elsewhere") << QString() << QStringList() << u"Düsseldorf"_s
                                                                << QString() << u"Düsseldorf"_s;
        QTest::newRow("nominal: the caption names another place and date")
            << QString() << QStringList() << QString() << u"Bonn, 12.3.2023: Die Bürgermeisterin"_s << u"12.03.2023"_s;
        QTest::newRow("robustness: the caption names the day of publication")
            << QString() << QStringList() << QString() << u"Köln, 25. Oktober 2024: Die Bürgermeisterin"_s << QString();
    }

    void shouldHintAtWhatThePhotoSays()
    {
        QFETCH(QString, copyright);
        QFETCH(QStringList, restrictions);
        QFETCH(QString, city);
        QFETCH(QString, caption);
        QFETCH(QString, expected);
        Article article = withPhoto();
        if (!caption.isEmpty())
            article.photo.caption = caption;
        PhotoMetadata metadata;
        metadata.copyright = copyright;
        metadata.restrictions = restrictions;
        metadata.city = city;
        QList<Finding> findings;
        PhotoMetadataChecks::check(article, metadata, findings);
        const QString all = messages(findings);
        if (expected.isEmpty())
            QVERIFY2(findings.isEmpty(), qPrintable(all));
        else
            QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void shouldReadTheHintsFromTheRealPhotoInTheChecklist()
    {
        // GIVEN an article whose photo carries an embargo and another copyright holder
        Article article = withPhoto();
        article.photo.data = TestPhotos::withMetadata(
            TestPhotos::marked(120, 80, "JPEG"),
            "set Iptc.Application2.SpecialInstructions String Sperrfrist 26.10.2024 06:00 Uhr\n"
            "set Xmp.dc.rights LangAlt lang=x-default © Reuters\n");
        // WHEN the checklist runs
        const QString all = messages(Validator().validate(article));
        // THEN both hints are there
        QVERIFY2(all.contains(u"Sperrfrist 26.10.2024 06:00 Uhr"_s) && all.contains(u"Reuters"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(PhotoMetadataChecksTest)
#include "photometadatacheckstest.moc"
