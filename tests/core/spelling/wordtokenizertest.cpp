#include "spelling/wordtokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<WordToken>)

namespace {
QStringList words(const QList<WordToken> &tokens)
{
    QStringList result;
    for (const WordToken &token : tokens)
        result.append(token.word);
    return result;
}
} // namespace

class WordTokenizerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCutGermanTextIntoWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: umlauts and ß") << u"Die Straße führt über Köln."_s
                                                << QStringList{u"Die"_s, u"Straße"_s, u"führt"_s, u"über"_s, u"Köln"_s};
        QTest::newRow("nominal: hyphenated compound stays whole")
            << u"Nordkorea-Soldaten an der Front"_s << QStringList{u"Nordkorea-Soldaten"_s, u"an"_s, u"der"_s, u"Front"_s};
        QTest::newRow("nominal: apostrophe inside a word") << u"So geht's weiter."_s
                                                           << QStringList{u"So"_s, u"geht's"_s, u"weiter"_s};
        QTest::newRow("nominal: quotes and dashes are not words")
            << u"„Wir schaffen das“ – sagte sie"_s << QStringList{u"Wir"_s, u"schaffen"_s, u"das"_s, u"sagte"_s, u"sie"_s};
        QTest::newRow("nominal: trailing hyphen of an elision is cut off")
            << u"Ein- und Ausgänge"_s << QStringList{u"Ein"_s, u"und"_s, u"Ausgänge"_s};
        QTest::newRow("nominal: URL is one token") << u"Mehr auf https://www.tagesschau.de/inland."_s
                                                   << QStringList{u"Mehr"_s, u"auf"_s, u"https://www.tagesschau.de/inland"_s};
        QTest::newRow("nominal: www address is one token") << u"(siehe www.dpa.de)"_s
                                                           << QStringList{u"siehe"_s, u"www.dpa.de"_s};
        QTest::newRow("nominal: e-mail is one token") << u"Schreiben Sie an redaktion@zeitung.de!"_s
                                                      << QStringList{u"Schreiben"_s, u"Sie"_s, u"an"_s, u"redaktion@zeitung.de"_s};
        QTest::newRow("robustness: empty") << QString() << QStringList{};
        QTest::newRow("robustness: only punctuation") << u"… – !?"_s << QStringList{};
        QTest::newRow("robustness: leading apostrophe") << u"'s ist gut"_s << QStringList{u"s"_s, u"ist"_s, u"gut"_s};
    }

    void shouldCutGermanTextIntoWords()
    {
        // GIVEN a German text
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // WHEN it is tokenized
        const QStringList actual = words(WordTokenizer::tokenize(text));
        // THEN the words come out in order
        QVERIFY2(actual == expected, qPrintable(actual.join(u'|')));
    }

    void shouldReportOffsetsThatMatchTheText()
    {
        // GIVEN text with multi-byte letters and a soft hyphen
        const QString text = u"Größere Über\u00ADgangs­finanzierung, bitte."_s;
        // WHEN tokenized
        const QList<WordToken> tokens = WordTokenizer::tokenize(text);
        // THEN every token's offset and length address its text exactly
        for (const WordToken &token : tokens)
            QVERIFY2(text.mid(token.position, token.length()) == token.word, qPrintable(token.word));
        QCOMPARE(tokens.size(), 3);
    }

    void shouldSplitHyphenatedTokenIntoParts()
    {
        // GIVEN a hyphenated compound at offset 4
        const WordToken token{u"CDU-Landes-Chef"_s, 4, WordToken::Kind::Word};
        // WHEN split
        const QList<WordToken> parts = WordTokenizer::hyphenParts(token);
        // THEN each part keeps its offset in the text
        QCOMPARE(words(parts), (QStringList{u"CDU"_s, u"Landes"_s, u"Chef"_s}));
        QCOMPARE(parts.at(1).position, 8);
        QCOMPARE(parts.at(2).position, 15);
    }
};

QTEST_GUILESS_MAIN(WordTokenizerTest)
#include "wordtokenizertest.moc"
