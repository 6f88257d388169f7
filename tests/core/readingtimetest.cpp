#include "article.h"
#include "readingtime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class ReadingTimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundToNearestMinute_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("wordsPerMinute");
        QTest::addColumn<int>("minutes");
        QTest::newRow("nominal: 524 words at 230 wpm") << 524 << 230 << 2;
        QTest::newRow("nominal: 700 words at 230 wpm") << 700 << 230 << 3;
        QTest::newRow("nominal: 115 words round up to 1") << 115 << 230 << 1;
        QTest::newRow("nominal: 345 words, exactly 1.5 min, round half up") << 345 << 230 << 2;
        QTest::newRow("nominal: 1000 words at 200 wpm") << 1000 << 200 << 5;
        QTest::newRow("robustness: an empty article takes no time (issue #12)") << 0 << 230 << 0;
        QTest::newRow("robustness: rate below range is clamped to 100") << 1000 << 10 << 10;
    }

    void shouldRoundToNearestMinute()
    {
        QFETCH(int, words);
        QFETCH(int, wordsPerMinute);
        QFETCH(int, minutes);
        QCOMPARE(ReadingTime(wordsPerMinute).minutesForWords(words), minutes);
    }

    void shouldCountGermanWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("nominal: umlauts and ß") << u"Die Übergangsfinanzierung für Straßenbahnen"_s << 4;
        QTest::newRow("nominal: hyphenated compound is one word") << u"Nordkorea-Soldaten in Kursk"_s << 3;
        QTest::newRow("nominal: time and date count once") << u"Am 25.10.2024 um 10:15 Uhr"_s << 5;
        QTest::newRow("robustness: dashes and quotes are no words") << u"„Nein“ – sagte er …"_s << 3;
        QTest::newRow("robustness: empty") << QString() << 0;
    }

    void shouldCountGermanWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(ReadingTime::countWords(text), words);
    }

    void shouldCountTeaserSubheadingsAndBody()
    {
        // GIVEN an article with a teaser, a subheading and a paragraph
        Article article;
        article.headline = u"Nicht gezählt im Lesetext"_s;
        article.teaser = u"Drei kurze Wörter."_s;
        article.bodyHtml = u"<h2>Zwischenüberschrift hier</h2><p>Vier Wörter im Absatz.</p>"_s;
        // WHEN counting THEN the headline is left out and the rest counted
        QCOMPARE(ReadingTime::countArticleWords(article), 3 + 2 + 4);
        QCOMPARE(ReadingTime().minutes(article), 1);
    }
};

QTEST_GUILESS_MAIN(ReadingTimeTest)
#include "readingtimetest.moc"
