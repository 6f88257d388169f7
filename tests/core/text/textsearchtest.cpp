#include "article.h"
#include "text/articlereplace.h"
#include "text/textsearch.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TextSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReplaceWithEachOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: plain, any case")
            << u"Kiew und kiew, Kiewer Straße"_s << u"Kiew"_s << false << false << false << u"Kyjiw"_s
            << u"Kyjiw und Kyjiw, Kyjiwer Straße"_s << 3;
        QTest::newRow("nominal: whole words leave Kiewer alone")
            << u"Kiew und kiew, Kiewer Straße"_s << u"Kiew"_s << false << true << false << u"Kyjiw"_s
            << u"Kyjiw und Kyjiw, Kiewer Straße"_s << 2;
        QTest::newRow("nominal: match case")
            << u"Kiew und kiew"_s << u"Kiew"_s << true << true << false << u"Kyjiw"_s << u"Kyjiw und kiew"_s << 1;
        QTest::newRow("nominal: umlauts fold case") << u"ÄRGER über Ärger"_s << u"ärger"_s << false << true << false
                                                   << u"Streit"_s << u"Streit über Streit"_s << 2;
        QTest::newRow("nominal: ß is a letter for whole words") << u"Maß Maßnahme"_s << u"Maß"_s << false << true
                                                              << false << u"Menge"_s << u"Menge Maßnahme"_s << 1;
        QTest::newRow("nominal: regular expression with a group")
            << u"am 25.10.2024 und 1.2.2025"_s << u"(\\d+)\\.(\\d+)\\.(\\d{4})"_s << false << false << true
            << u"\\3-\\2-\\1"_s << u"am 2024-10-25 und 2025-2-1"_s << 2;
        QTest::newRow("robustness: literal text with regex characters")
            << u"Preis (netto): 10 $"_s << u"(netto)"_s << false << false << false << u"[netto]"_s
            << u"Preis [netto]: 10 $"_s << 1;
        QTest::newRow("robustness: a backslash in a literal replacement stays")
            << u"a/b"_s << u"/"_s << false << false << false << u"\\1"_s << u"a\\1b"_s << 1;
        QTest::newRow("robustness: emoji") << u"Top 👍🏽 Top"_s << u"👍🏽"_s << false << false << false << u"gut"_s
                                           << u"Top gut Top"_s << 1;
    }

    void shouldReplaceWithEachOption()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(bool, regex);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        QFETCH(int, count);
        const TextSearch search(pattern, {matchCase, wholeWords, regex});
        QVERIFY2(search.isValid(), qPrintable(search.errorString()));
        int replaced = -1;
        QCOMPARE(search.replaced(text, replacement, &replaced), expected);
        QCOMPARE(replaced, count);
        QCOMPARE(search.find(text).size(), count);
    }

    void shouldExplainABrokenExpression()
    {
        const TextSearch search(u"(Kiew"_s, {false, false, true});
        QVERIFY(!search.isValid());
        QVERIFY2(search.errorString().contains(u"regular expression"_s), qPrintable(search.errorString()));
        QVERIFY(!TextSearch(QString(), {}).isValid());
    }

    void shouldReplaceInADocumentAsOneUndoStep()
    {
        // GIVEN a body with a match in two paragraphs and a bold word
        QTextDocument document;
        document.setHtml(u"<p>Kiew ist <b>Kiew</b>.</p><p>Nach Kiew.</p>"_s);
        // WHEN replacing all
        const int count = TextSearch(u"Kiew"_s, {}).replaceAll(document, u"Kyjiw"_s);
        // THEN three matches changed, and one undo takes all back
        QCOMPARE(count, 3);
        QCOMPARE(document.toPlainText(), u"Kyjiw ist Kyjiw.\nNach Kyjiw."_s);
        document.undo();
        QCOMPARE(document.toPlainText(), u"Kiew ist Kiew.\nNach Kiew."_s);
        QVERIFY(!document.isUndoAvailable());
    }

    void shouldReplaceInEveryTextFieldOfAnArticle()
    {
        Article article;
        article.kicker = u"Ukraine"_s;
        article.headline = u"Kiew meldet Angriffe"_s;
        article.teaser = u"In Kiew und um Kiew."_s;
        article.bodyHtml = u"<p>Die Stadt <a href=\"https://kiew.example/\">Kiew</a> liegt am Dnipro.</p>"_s;
        article.authors = {u"Korrespondent in Kiew"_s};
        article.photo.caption = u"Blick auf Kiew"_s;
        const auto counts = ArticleReplace::apply(article, TextSearch(u"Kiew"_s, {true, true, false}), u"Kyjiw"_s);
        QCOMPARE(ArticleReplace::total(counts), 6);
        QCOMPARE(counts.size(), 5);
        QCOMPARE(article.headline, u"Kyjiw meldet Angriffe"_s);
        QCOMPARE(article.authors, QStringList{u"Korrespondent in Kyjiw"_s});
        // The link's address is markup, not text: it stays.
        QVERIFY2(article.bodyHtml.contains(u"href=\"https://kiew.example/\">Kyjiw</a>"_s), qPrintable(article.bodyHtml));
    }
};

QTEST_GUILESS_MAIN(TextSearchTest)
#include "textsearchtest.moc"
