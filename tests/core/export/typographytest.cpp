#include "export/typography.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TypographyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldTypesetGermanText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: double quotes") << u"Er sagte \"Grüß Gott\"."_s << u"Er sagte „Grüß Gott“."_s;
        QTest::newRow("nominal: single quotes") << u"Sie nannte es 'Größenwahn'."_s << u"Sie nannte es ‚Größenwahn‘."_s;
        QTest::newRow("nominal: nested quotes") << u"\"Er rief 'Halt' und ging\""_s << u"„Er rief ‚Halt‘ und ging“"_s;
        QTest::newRow("nominal: apostrophe") << u"Wie geht's? Hans' Hut"_s << u"Wie geht’s? Hans’ Hut"_s;
        QTest::newRow("nominal: quote after bracket") << u"(\"Übung\")"_s << u"(„Übung“)"_s;
        QTest::newRow("nominal: ellipsis") << u"Und dann ..."_s << u"Und dann …"_s;
        QTest::newRow("nominal: date") << u"am 25. Oktober"_s << u"am 25.\u00A0Oktober"_s;
        QTest::newRow("nominal: abbreviated month") << u"am 3. Okt. 2024"_s << u"am 3.\u00A0Okt. 2024"_s;
        QTest::newRow("nominal: März") << u"bis 1. März"_s << u"bis 1.\u00A0März"_s;
        QTest::newRow("nominal: percent") << u"um 10 % gestiegen"_s << u"um 10\u00A0% gestiegen"_s;
        QTest::newRow("nominal: euro") << u"kostet 5 € mehr"_s << u"kostet 5\u00A0€ mehr"_s;
        QTest::newRow("nominal: page") << u"siehe S. 5"_s << u"siehe S.\u00A05"_s;
        QTest::newRow("nominal: number") << u"Gesetz Nr. 12 und § 3"_s << u"Gesetz Nr.\u00A012 und §\u00A03"_s;
        QTest::newRow("nominal: z. B.") << u"z. B. Äpfel"_s << u"z.\u00A0B. Äpfel"_s;
        QTest::newRow("nominal: d. h. and u. a.") << u"d. h. u. a. Öl"_s << u"d.\u00A0h. u.\u00A0a. Öl"_s;
        QTest::newRow("nominal: i. d. R.") << u"i. d. R. früh"_s << u"i.\u00A0d.\u00A0R. früh"_s;
        QTest::newRow("nominal: dash") << u"Berlin (dpa) - Die Lage"_s << u"Berlin (dpa)\u00A0– Die Lage"_s;
        QTest::newRow("robustness: hyphenated word untouched") << u"Nordkorea-Soldaten"_s << u"Nordkorea-Soldaten"_s;
        QTest::newRow("robustness: year is no date") << u"im Jahr 2024. Oktober"_s << u"im Jahr 2024. Oktober"_s;
        QTest::newRow("robustness: unit inside word") << u"um 5 mit Maß"_s << u"um 5 mit Maß"_s;
        QTest::newRow("robustness: empty") << QString() << QString();
        QTest::newRow("robustness: lone quote") << u"\""_s << u"“"_s;
        QTest::newRow("robustness: already typeset") << u"„Schön“ …"_s << u"„Schön“ …"_s;
    }

    void shouldTypesetGermanText()
    {
        // GIVEN a text as typed
        QFETCH(QString, input);
        QFETCH(QString, expected);
        // WHEN typesetting it
        const QString actual = Typography(true).apply(input);
        // THEN it reads the German way
        QVERIFY2(actual == expected, qPrintable(u"got «"_s + actual + u"» expected «"_s + expected + u'»'));
    }

    void shouldFollowTheArticlesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString typed = u"Er sagte \"Wir nennen es 'Plan B'\" am 25. Oktober ..."_s;
        QTest::newRow("nominal: de-DE") << u"de-DE"_s << typed << u"Er sagte „Wir nennen es ‚Plan B‘“ am 25.\u00A0Oktober …"_s;
        QTest::newRow("nominal: de-AT as in Germany") << u"de-AT"_s << typed
                                                     << u"Er sagte „Wir nennen es ‚Plan B‘“ am 25.\u00A0Oktober …"_s;
        QTest::newRow("nominal: de-CH with guillemets") << u"de-CH"_s << typed
                                                       << u"Er sagte «Wir nennen es ‹Plan B›» am 25.\u00A0Oktober …"_s;
        QTest::newRow("nominal: en") << u"en"_s << u"She said \"it's 'done'\" ..."_s
                                     << u"She said “it’s ‘done’” …"_s;
        QTest::newRow("nominal: en-GB without German spacing") << u"en-GB"_s << u"up 10 % on 25. Oktober"_s
                                                               << u"up 10 % on 25. Oktober"_s;
        QTest::newRow("robustness: de_CH with underscore") << u"de_CH"_s << u"\"Grüezi\""_s << u"«Grüezi»"_s;
        QTest::newRow("robustness: unknown language keeps its quotes") << u"fr-FR"_s << u"\"Bonjour\" ..."_s
                                                                       << u"\"Bonjour\" …"_s;
    }

    void shouldFollowTheArticlesLanguage()
    {
        // GIVEN a text as typed in an article of this language
        QFETCH(QString, language);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        // WHEN typesetting it in the style for that language
        const QString actual = Typography(true, Typography::styleFor(language)).apply(input);
        // THEN it reads the way that language's typesetting wants
        QVERIFY2(actual == expected, qPrintable(u"got «"_s + actual + u"» expected «"_s + expected + u'»'));
    }

    void shouldContinueQuoteAcrossInlineElements()
    {
        // GIVEN the text after "<em>" of '"<em>Nein</em>"' whose previous character was a letter
        // WHEN typesetting the closing quote with that context
        const QString closing = Typography(true).apply(u"\" rief er"_s, u'n');
        // THEN it closes
        QCOMPARE(closing, u"“ rief er"_s);
    }

    void shouldLeaveTextAloneWhenDisabled()
    {
        QCOMPARE(Typography(false).apply(u"\"25. Oktober\" ..."_s), u"\"25. Oktober\" ..."_s);
    }

    // The keystroke entry point: text typed character by character, each change applied as
    // the editor applies it, ends as the export would set it.
    void shouldTypesetWhileTyping_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: German double quotes") << u"de-DE"_s << u"Er sagte \"Grüß Gott\"."_s << u"Er sagte „Grüß Gott“."_s;
        QTest::newRow("nominal: German single quotes") << u"de-DE"_s << u"Sie nannte es 'Größenwahn'."_s << u"Sie nannte es ‚Größenwahn‘."_s;
        QTest::newRow("nominal: apostrophes") << u"de-DE"_s << u"Wie geht's? Hans' Hut"_s << u"Wie geht’s? Hans’ Hut"_s;
        QTest::newRow("nominal: apostrophe inside a single quotation") << u"de-AT"_s << u"'Peter's Öl'"_s << u"‚Peter’s Öl‘"_s;
        QTest::newRow("nominal: Austrian quotes") << u"de-AT"_s << u"\"Grüß Gott\""_s << u"„Grüß Gott“"_s;
        QTest::newRow("nominal: Swiss quotes") << u"de-CH"_s << u"\"Grüezi 'Müesli'\""_s << u"«Grüezi ‹Müesli›»"_s;
        QTest::newRow("nominal: English quotes") << u"en-US"_s << u"\"Don't 'go'\""_s << u"“Don’t ‘go’”"_s;
        QTest::newRow("nominal: ellipsis") << u"de-DE"_s << u"Und dann Öl..."_s << u"Und dann Öl…"_s;
        QTest::newRow("nominal: ellipsis in English") << u"en-GB"_s << u"Well..."_s << u"Well…"_s;
        QTest::newRow("nominal: dash") << u"de-DE"_s << u"Berlin - Die Größe"_s << u"Berlin\u00A0– Die Größe"_s;
        QTest::newRow("nominal: percent") << u"de-DE"_s << u"um 10 % gestiegen"_s << u"um 10\u00A0% gestiegen"_s;
        QTest::newRow("nominal: paragraph") << u"de-DE"_s << u"nach § 5 Straße"_s << u"nach §\u00A05 Straße"_s;
        QTest::newRow("nominal: z. B.") << u"de-DE"_s << u"z. B. Äpfel"_s << u"z.\u00A0B. Äpfel"_s;
        QTest::newRow("nominal: date") << u"de-CH"_s << u"am 25. Oktober früh"_s << u"am 25.\u00A0Oktober früh"_s;
        QTest::newRow("nominal: page") << u"de-DE"_s << u"siehe S. 5 für Maß"_s << u"siehe S.\u00A05 für Maß"_s;
        QTest::newRow("robustness: unit letter starting a word") << u"de-DE"_s << u"um 10 mal mehr"_s << u"um 10 mal mehr"_s;
        QTest::newRow("robustness: hyphenated word") << u"de-DE"_s << u"Nordkorea-Soldaten"_s << u"Nordkorea-Soldaten"_s;
        QTest::newRow("robustness: URL") << u"de-DE"_s << u"https://example.de/a-b...c?q=\"x\"&s='y' fertig"_s
                                         << u"https://example.de/a-b...c?q=\"x\"&s='y' fertig"_s;
        QTest::newRow("robustness: digit apostrophe") << u"de-DE"_s << u"die '90er und 5'"_s << u"die ’90er und 5’"_s;
        QTest::newRow("robustness: English digit apostrophe") << u"en-US"_s << u"the '90s"_s << u"the ’90s"_s;
        QTest::newRow("robustness: French untouched but ellipsis") << u"fr-FR"_s << u"\"Ça\"..."_s << u"\"Ça\"…"_s;
    }

    void shouldTypesetWhileTyping()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const Typography typography(true, Typography::styleFor(language));
        QString text;
        for (const QChar c : typed) {
            text += c;
            const Typography::Change change = typography.afterTyping(text, text.size());
            if (change.isValid())
                text.replace(change.position, change.length, change.text);
        }
        QVERIFY2(text == expected, qPrintable(u"typed %1, got %2"_s.arg(typed, text)));
    }

    void shouldTypeInTheMiddleOfAParagraph()
    {
        // A quote typed before existing text looks at the character after it.
        const Typography typography(true, Typography::Style::German);
        const Typography::Change change = typography.afterTyping(u"Er sagte \"Grüß", 10);
        QCOMPARE(change.position, 9);
        QCOMPARE(change.text, u"„"_s);
    }

    void shouldLeaveTypingAloneWhenDisabled()
    {
        const Typography typography(false, Typography::Style::German);
        QVERIFY(!typography.afterTyping(u"\"", 1).isValid());
        QVERIFY(!typography.afterTyping(u"10 %", 4).isValid());
    }

    void shouldCountEachChangedPlaceOnce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("nominal: nothing to do") << u"Grüße aus der Straße 🙂"_s << 0;
        QTest::newRow("nominal: a pair of quotes is two places") << u"Er sagte \"Grüß Gott\"."_s << 2;
        QTest::newRow("nominal: a spaced hyphen is one (dash and no-break space)") << u"Köln - Bonn"_s << 1;
        QTest::newRow("nominal: three dots are one") << u"Und dann..."_s << 1;
        QTest::newRow("nominal: ellipsis, quotes, percent, z. B.") << u"\"Maß\" ... 10 % z. B. 🙂"_s << 5;
        QTest::newRow("robustness: dots at the start") << u"...und"_s << 1;
        QTest::newRow("robustness: combining marks stay") << u"\"Cafe\u0301\""_s << 2;
    }

    void shouldCountEachChangedPlaceOnce()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const Typography typography(true, Typography::Style::German);
        const QString typeset = typography.apply(text);
        const int changes = Typography::countChanges(text, typeset);
        QVERIFY2(changes == expected, qPrintable(u"%1 → %2: %3"_s.arg(text, typeset).arg(changes)));
    }
};

QTEST_GUILESS_MAIN(TypographyTest)
#include "typographytest.moc"
