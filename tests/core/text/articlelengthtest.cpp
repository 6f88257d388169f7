#include "article.h"
#include "readingtime.h"
#include "text/articlelength.h"
#include "text/linecounter.h"
#include "text/textlength.h"

#include <QTest>

using namespace Qt::StringLiterals;

class ArticleLengthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMeasureEveryFieldAndTheReaderText()
    {
        // GIVEN an article with umlauts, ß, an emoji and a decomposed umlaut in several fields
        Article article;
        article.kicker = u"Verkehr 🚋"_s;
        article.headline = u"Straßenbahn fährt u\u0308ber den Fluss"_s;
        article.teaser = u"Die Übergangsfinanzierung steht."_s;
        article.bodyHtml = u"<h2>Größere Zuschüsse</h2><p>Der Stadtrat beschließt 10&nbsp;% mehr.</p>"_s;
        article.authors = {u"Jörg Weiß"_s, u"Anna Öz"_s};
        article.photo.caption = u"Eine Bahn 👍🏽"_s;
        // WHEN measuring
        const LineCounter lines;
        const ArticleLength length = ArticleLength::measure(article, &lines);
        // THEN every field is counted by TextLength, graphemes included
        QCOMPARE(length.field(ArticleField::Kicker).characters, 9);
        QCOMPARE(length.field(ArticleField::Headline).characters, 32);
        QCOMPARE(length.field(ArticleField::Byline).characters, 18);
        QCOMPARE(length.field(ArticleField::PhotoCaption).characters, 11);
        QCOMPARE(length.field(ArticleField::PhotoCaption).words, 2);
        // AND the body keeps its no-break space and counts its two blocks
        const TextMetrics body = length.field(ArticleField::Body);
        QCOMPARE(body.characters, 17 + 34);
        QCOMPARE(body.words, 2 + 5);
        QCOMPARE(body.lines, 2); // the paragraph fills 34 characters exactly
        // AND the article is teaser plus body, what the reading time counts
        TextMetrics expected = length.field(ArticleField::Teaser);
        expected += body;
        QCOMPARE(length.total(), expected);
        QCOMPARE(ReadingTime::countArticleWords(article), expected.words);
    }
};

QTEST_GUILESS_MAIN(ArticleLengthTest)
#include "articlelengthtest.moc"
