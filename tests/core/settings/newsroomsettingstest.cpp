#include "settings/newsroomsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;

class NewsroomSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStartWithTheEditorsKnownLimits()
    {
        const NewsroomSettings settings;
        QCOMPARE(settings.limit(ArticleField::Headline).recommended, 90);
        QCOMPARE(settings.limit(ArticleField::Headline).hard, 120);
        QCOMPARE(settings.recommendedLimits(), ValidationLimits{});
        QVERIFY(settings.longSentences && settings.flesch && settings.longParagraphs && settings.repeatedStarts);
        QVERIFY(!settings.hasLimit(ArticleField::Body));
        // "80 Zeilen à 34 Anschläge": the column the copy desk counts in unless the newsroom says otherwise
        QCOMPARE(settings.lineColumns, 34);
        QCOMPARE(settings.lineCounter(nullptr).columns(), 34);
    }

    void shouldRoundTripThroughTheDatabaseRows()
    {
        // GIVEN settings that differ from the defaults everywhere
        NewsroomSettings settings;
        settings.setLimit(ArticleField::Teaser, {250, 400});
        settings.setLimit(ArticleField::PhotoCaption, {200, 260});
        settings.longSentences = false;
        settings.longSentenceWords = 30;
        settings.flesch = false;
        settings.fleschMinimum = 40;
        settings.longParagraphs = false;
        settings.longParagraphWords = 90;
        settings.repeatedStarts = false;
        settings.lineColumns = 28;
        // WHEN they are written as rows and read back
        const QMap<QString, QString> rows = settings.toMap();
        // THEN nothing is lost
        QCOMPARE(rows.value(u"limits/teaser"_s), u"250/400"_s);
        QCOMPARE(rows.value(u"copydesk/lineColumns"_s), u"28"_s);
        QCOMPARE(NewsroomSettings::fromMap(rows), settings);
    }

    void shouldClampAHandWrittenColumnWidth_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("columns");
        QTest::newRow("nominal: a narrow regional column") << u"28"_s << 28;
        QTest::newRow("robustness: too narrow to set a German word") << u"3"_s << LineCounter::minColumns;
        QTest::newRow("robustness: wider than any column") << u"4000"_s << LineCounter::maxColumns;
        QTest::newRow("robustness: words keep the default") << u"vierunddreißig"_s << 34;
    }

    void shouldClampAHandWrittenColumnWidth()
    {
        QFETCH(QString, value);
        QFETCH(int, columns);
        // GIVEN a row someone wrote into the shared database by hand WHEN read THEN it is clamped
        const auto settings = NewsroomSettings::fromMap({{u"copydesk/lineColumns"_s, value}});
        QCOMPARE(settings.lineColumns, columns);
        QCOMPARE(settings.lineCounter(nullptr).columns(), columns);
    }

    void shouldClampWhatAHandWrittenRowHolds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("recommended");
        QTest::addColumn<int>("hard");
        QTest::newRow("nominal: in range") << u"80/100"_s << 80 << 100;
        QTest::newRow("robustness: hard below recommended") << u"100/80"_s << 100 << 100;
        QTest::newRow("robustness: out of range") << u"1/100000"_s << 20 << 300;
        QTest::newRow("robustness: garbage keeps the default") << u"neunzig"_s << 90 << 120;
        QTest::newRow("robustness: empty keeps the default") << QString() << 90 << 120;
    }

    void shouldClampWhatAHandWrittenRowHolds()
    {
        QFETCH(QString, value);
        QFETCH(int, recommended);
        QFETCH(int, hard);
        const auto settings = NewsroomSettings::fromMap({{u"limits/headline"_s, value},
                                                         {u"readability/longSentenceWords"_s, u"-3"_s},
                                                         {u"readability/flesch"_s, u"vielleicht"_s}});
        const auto limit = settings.limit(ArticleField::Headline);
        QVERIFY2(limit.recommended == recommended && limit.hard == hard,
                 qPrintable(u"%1/%2"_s.arg(limit.recommended).arg(limit.hard)));
        QCOMPARE(settings.longSentenceWords, NewsroomSettings::LongSentenceWords.minimum);
        QCOMPARE(settings.flesch, true);
    }
};

QTEST_GUILESS_MAIN(NewsroomSettingsTest)
#include "newsroomsettingstest.moc"
