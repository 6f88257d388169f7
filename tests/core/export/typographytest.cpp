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
};

QTEST_GUILESS_MAIN(TypographyTest)
#include "typographytest.moc"
