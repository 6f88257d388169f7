#include "text/textlength.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The one count of characters and words (issue 17): graphemes, so that what the journalist
// sees as one character counts as one, however it is encoded.
class TextLengthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountWhatTheReaderSees_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("withoutSpaces");
        QTest::addColumn<int>("words");
        QTest::newRow("nominal: umlauts and ß") << u"Große Straße über Öl"_s << 20 << 17 << 4;
        QTest::newRow("nominal: decomposed ü counts once") << u"u\u0308ber"_s << 4 << 4 << 1;
        QTest::newRow("nominal: combining acute on e") << u"Cafe\u0301 au lait"_s << 12 << 10 << 3;
        QTest::newRow("nominal: emoji with skin tone is one character, no word")
            << u"Gut 👍🏽 so"_s << 8 << 6 << 2;
        QTest::newRow("nominal: family emoji with zero-width joiners") << u"👨\u200D👩\u200D👧"_s << 1 << 1 << 0;
        QTest::newRow("nominal: flag is one character") << u"🇩🇪 Team"_s << 6 << 5 << 1;
        QTest::newRow("nominal: no-break space is a space") << u"10\u00A0%"_s << 4 << 3 << 1;
        QTest::newRow("nominal: hyphenated compound is one word") << u"E-Mail-Adresse"_s << 14 << 14 << 1;
        QTest::newRow("nominal: soft hyphen is invisible") << u"Über\u00ADgang"_s << 8 << 8 << 1;
        QTest::newRow("nominal: paragraph breaks are no characters") << u"Eins.\nZwei.\u2029Drei."_s << 15 << 15 << 3;
        QTest::newRow("robustness: leading and trailing spaces are trimmed") << u"  Wort \n"_s << 4 << 4 << 1;
        QTest::newRow("robustness: empty") << QString() << 0 << 0 << 0;
        QTest::newRow("robustness: only spaces") << u" \u00A0 "_s << 0 << 0 << 0;
        QTest::newRow("robustness: letters outside the BMP form words") << u"𝔄𝔟𝔠 def"_s << 7 << 6 << 2;
    }

    void shouldCountWhatTheReaderSees()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QFETCH(int, withoutSpaces);
        QFETCH(int, words);
        const TextMetrics metrics = TextLength::measure(text);
        QVERIFY2(metrics.characters == characters, qPrintable(QString::number(metrics.characters)));
        QVERIFY2(metrics.charactersWithoutSpaces == withoutSpaces,
                 qPrintable(QString::number(metrics.charactersWithoutSpaces)));
        QVERIFY2(metrics.words == words, qPrintable(QString::number(metrics.words)));
        QCOMPARE(TextLength::characters(text), characters);
        QCOMPARE(TextLength::words(text), words);
        QCOMPARE(metrics.lines, 0); // no line counter given
    }

    void shouldFindTheOffsetAfterACountOfCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("nominal: plain") << u"Straße"_s << 4 << qsizetype(4);
        QTest::newRow("nominal: emoji takes two code units") << u"👍🏽ab"_s << 2 << qsizetype(5);
        QTest::newRow("nominal: decomposed umlaut") << u"u\u0308ber"_s << 1 << qsizetype(2);
        QTest::newRow("nominal: leading spaces are skipped") << u"  abc"_s << 1 << qsizetype(3);
        QTest::newRow("robustness: past the end") << u"ab"_s << 5 << qsizetype(2);
    }

    void shouldFindTheOffsetAfterACountOfCharacters()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(qsizetype, offset);
        QCOMPARE(TextLength::offsetAfterCharacters(text, count), offset);
    }
};

QTEST_GUILESS_MAIN(TextLengthTest)
#include "textlengthtest.moc"
