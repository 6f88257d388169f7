#include "export/typography.h"
#include "language/languages.h"
#include "spelling/spellchecker.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class LanguagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNormaliseEverySpellingOfATag_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("newsroomGerman");
        QTest::addColumn<QString>("expected");
        const QString de = u"de-DE"_s;
        QTest::newRow("nominal: de is the newsroom's German") << u"de"_s << de << u"de-DE"_s;
        QTest::newRow("nominal: de in an Austrian newsroom") << u"de"_s << u"de-AT"_s << u"de-AT"_s;
        QTest::newRow("nominal: de-DE") << u"de-DE"_s << de << u"de-DE"_s;
        QTest::newRow("nominal: de_DE") << u"de_DE"_s << de << u"de-DE"_s;
        QTest::newRow("nominal: DE-de") << u"DE-de"_s << de << u"de-DE"_s;
        QTest::newRow("nominal: ger") << u"ger"_s << de << u"de-DE"_s;
        QTest::newRow("nominal: deu") << u"deu"_s << u"de-CH"_s << u"de-CH"_s;
        QTest::newRow("nominal: de-Latn-DE") << u"de-Latn-DE"_s << de << u"de-DE"_s;
        QTest::newRow("nominal: de-AT") << u"de-AT"_s << de << u"de-AT"_s;
        QTest::newRow("nominal: de_AT") << u"de_AT"_s << de << u"de-AT"_s;
        QTest::newRow("nominal: AT-de") << u"AT-de"_s << de << u"de-AT"_s;
        QTest::newRow("nominal: deu-Latn-AT") << u"deu-Latn-AT"_s << de << u"de-AT"_s;
        QTest::newRow("nominal: de-CH") << u"de-CH"_s << de << u"de-CH"_s;
        QTest::newRow("nominal: de_ch") << u"de_ch"_s << de << u"de-CH"_s;
        QTest::newRow("nominal: CH-DE") << u"CH-DE"_s << de << u"de-CH"_s;
        QTest::newRow("nominal: gsw") << u"gsw"_s << de << u"de-CH"_s;
        QTest::newRow("nominal: de-Latn-CH") << u"de-Latn-CH"_s << de << u"de-CH"_s;
        QTest::newRow("nominal: de-LI is Swiss") << u"de-LI"_s << de << u"de-CH"_s;
        QTest::newRow("nominal: en") << u"en"_s << de << u"en-US"_s;
        QTest::newRow("nominal: eng") << u"eng"_s << de << u"en-US"_s;
        QTest::newRow("nominal: en-US") << u"en-US"_s << de << u"en-US"_s;
        QTest::newRow("nominal: en_us") << u"en_us"_s << de << u"en-US"_s;
        QTest::newRow("nominal: US-en") << u"US-en"_s << de << u"en-US"_s;
        QTest::newRow("nominal: en-Latn-US") << u"en-Latn-US"_s << de << u"en-US"_s;
        QTest::newRow("nominal: en-GB") << u"en-GB"_s << de << u"en-GB"_s;
        QTest::newRow("nominal: en_GB") << u"en_GB"_s << de << u"en-GB"_s;
        QTest::newRow("nominal: GB-en") << u"GB-en"_s << de << u"en-GB"_s;
        QTest::newRow("nominal: eng-GB") << u"eng-GB"_s << de << u"en-GB"_s;
        QTest::newRow("nominal: spaces around") << u"  de-DE "_s << de << u"de-DE"_s;
        QTest::newRow("nominal: Italian, in the table") << u"ita"_s << de << u"it-IT"_s;
        QTest::newRow("nominal: outside the table keeps its region") << u"PL_pl"_s << de << u"pl-PL"_s;
        QTest::newRow("robustness: German of Belgium is the newsroom's") << u"de-BE"_s << de << u"de-DE"_s;
        QTest::newRow("robustness: empty") << QString() << de << QString();
        QTest::newRow("robustness: not a tag") << u"Deutsch (Schweiz)"_s << de << QString();
        QTest::newRow("robustness: digits") << u"12"_s << de << QString();
    }
    void shouldNormaliseEverySpellingOfATag()
    {
        QFETCH(QString, input);
        QFETCH(QString, newsroomGerman);
        QFETCH(QString, expected);
        const QString actual = Languages::normalize(input, newsroomGerman);
        QVERIFY2(actual == expected, qPrintable(input + u" → "_s + actual));
    }

    void shouldGiveDictionaryLabelAndQuotesFromOneRow()
    {
        // GIVEN the table WHEN asked for each spelling THEN the same row answers
        QCOMPARE(Languages::dictionary(u"DE-de"_s), u"de_DE"_s);
        QCOMPARE(Languages::dictionary(u"ger"_s, u"de-AT"), u"de_AT"_s);
        QCOMPARE(Languages::dictionary(u"en"_s), u"en_US"_s);
        QCOMPARE(Languages::label(u"de_CH"_s), u"German (Switzerland)"_s);
        QCOMPARE(Languages::label(u"ita"_s), u"Italian"_s);
        QCOMPARE(Languages::label(u"pl"_s), u"Polish"_s);
        QVERIFY(Languages::quoteStyle(u"de-Latn-CH"_s) == Typography::Style::SwissGerman);
        QVERIFY(Languages::quoteStyle(u"de"_s) == Typography::Style::German);
        QVERIFY(Languages::quoteStyle(u"en-GB"_s) == Typography::Style::English);
        QVERIFY(Typography::styleFor(u"DE-ch"_s) == Typography::Style::SwissGerman);
        QVERIFY(Languages::quoteStyle(u"it"_s) == Typography::Style::Neutral);
    }

    void shouldOfferTheLanguagesTheNewsroomWrites()
    {
        QStringList tags;
        for (const Languages::Language &language : Languages::offered())
            tags << language.tag;
        QCOMPARE(tags, (QStringList{u"de-DE"_s, u"de-AT"_s, u"de-CH"_s, u"en-US"_s, u"en-GB"_s}));
        QCOMPARE(SpellChecker::supportedLanguages(),
                 (QStringList{u"de_DE"_s, u"de_AT"_s, u"de_CH"_s, u"en_US"_s, u"en_GB"_s}));
    }

    void shouldCheckBareDeWithTheGermanDictionary()
    {
        // GIVEN an article from another system in language "de" (hunspell-de-de is in the root)
        SpellChecker checker(SpellChecker::languageFromTag(u"de"_s), QDir::tempPath() + u"/languagestest-personal.txt"_s);
        // THEN the German dictionary checks it, and a plain typo is found
        QVERIFY2(checker.isValid(), qPrintable(checker.validationError()));
        QCOMPARE(checker.language(), u"de_DE"_s);
        QVERIFY(checker.isMisspelled(u"Bundesregirung"_s));
        QVERIFY(!checker.isMisspelled(u"Bundesregierung"_s));
    }

    void shouldSayPlainlyWhenNoDictionaryIsInstalled()
    {
        // GIVEN Italian, which the root has no hunspell dictionary for
        QVERIFY(!Languages::hasDictionary(u"it"_s));
        QVERIFY(Languages::hasDictionary(u"de"_s));
        SpellChecker checker(SpellChecker::languageFromTag(u"it"_s), QDir::tempPath() + u"/languagestest-personal.txt"_s);
        // THEN the checker is invalid and says which language lacks its dictionary
        QVERIFY(!checker.isValid());
        QCOMPARE(Languages::noDictionaryMessage(u"it"_s), u"No dictionary for Italian"_s);
        QVERIFY2(checker.validationError().startsWith(u"No dictionary for Italian"_s), qPrintable(checker.validationError()));
        // A language outside the table is named, too
        QCOMPARE(Languages::noDictionaryMessage(u"pl-PL"_s), u"No dictionary for Polish"_s);
    }
};

QTEST_GUILESS_MAIN(LanguagesTest)
#include "languagestest.moc"
