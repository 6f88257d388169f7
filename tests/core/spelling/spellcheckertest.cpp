#include "spelling/spellchecker.h"

#include "memorynewsroomwordstore.h"
#include "testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <Sonnet/Speller>

using namespace Qt::StringLiterals;

namespace {
QString personalFile()
{
    return TestEnvironment::home() + u"/newsdesk-data/personal-dictionary.txt"_s;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every file under HOME whose content mentions the word, except our own dictionary.
QStringList filesMentioning(const QString &word)
{
    QStringList hits;
    QDirIterator it(TestEnvironment::home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path != personalFile() && readFile(path).contains(word))
            hits.append(path);
    }
    return hits;
}

} // namespace

class SpellCheckerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QFile::remove(personalFile());
    }

    void shouldHaveWorkingGermanDictionary()
    {
        // GIVEN the installed Sonnet and hunspell de_DE; a missing one must fail, not skip
        SpellChecker checker(u"de_DE"_s, personalFile());
        // THEN the checker validated itself with a known misspelling
        QVERIFY2(checker.isValid(), qPrintable(checker.validationError()));
        QVERIFY2(Sonnet::Speller(u"de_DE"_s).isValid(), "Sonnet has no de_DE dictionary");
        QVERIFY2(SpellChecker::availableLanguages().contains(u"de_DE"_s), qPrintable(SpellChecker::availableLanguages().join(u',')));
    }

    void shouldReportInvalidLanguageClearly()
    {
        // GIVEN a language without any dictionary
        SpellChecker checker(u"xx_XX"_s, personalFile());
        // THEN it is not valid and says why, naming the language
        QVERIFY(!checker.isValid());
        QVERIFY2(checker.validationError().contains(u"xx-XX"_s), qPrintable(checker.validationError()));
    }

    void shouldJudgeGermanWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("misspelled");
        QTest::newRow("nominal: typo Rechtschreibfeler") << u"Rechtschreibfeler"_s << true;
        QTest::newRow("nominal: typo Bundeskanzlerrin") << u"Bundeskanzlerrin"_s << true;
        QTest::newRow("nominal: typo Staße") << u"Staße"_s << true;
        QTest::newRow("nominal: typo Übergansfinanzierung") << u"Übergansfinanzierung"_s << true;
        QTest::newRow("nominal: compound Übergangsfinanzierung") << u"Übergangsfinanzierung"_s << false;
        QTest::newRow("nominal: compound Straßenbahnhaltestelle") << u"Straßenbahnhaltestelle"_s << false;
        QTest::newRow("nominal: Bundeskanzlerin") << u"Bundeskanzlerin"_s << false;
        QTest::newRow("nominal: ß in Straße") << u"Straße"_s << false;
        QTest::newRow("nominal: umlaut in Größe") << u"Größe"_s << false;
        QTest::newRow("nominal: capitalised at sentence start") << u"Über"_s << false;
        QTest::newRow("nominal: hyphenated parts Nordkorea-Soldaten") << u"Nordkorea-Soldaten"_s << false;
        QTest::newRow("nominal: hyphenated with abbreviation CDU-Politiker") << u"CDU-Politiker"_s << false;
        QTest::newRow("nominal: hyphenated with number 20er-Jahre") << u"20er-Jahre"_s << false;
        QTest::newRow("nominal: hyphenated with typo Nordkorea-Soldatne") << u"Nordkorea-Soldatne"_s << true;
        QTest::newRow("nominal: E-Mail") << u"E-Mail"_s << false;
        QTest::newRow("nominal: soft hyphen ignored") << u"Stra\u00ADße"_s << false;
    }

    void shouldJudgeGermanWords()
    {
        // GIVEN the German checker
        QFETCH(QString, word);
        QFETCH(bool, misspelled);
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY2(checker.isValid(), qPrintable(checker.validationError()));
        // WHEN a word is checked
        // THEN the verdict is the expected one
        QVERIFY2(checker.isMisspelled(word) == misspelled,
                 qPrintable(u"%1 -> %2; suggestions: %3"_s.arg(word).arg(!misspelled).arg(checker.suggestions(word).join(u','))));
    }

    void shouldSkipWordsByRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("skipAllCaps");
        QTest::addColumn<int>("errors");
        QTest::newRow("nominal: URL") << u"Siehe https://www.bundesregierung.de/breg-de/aktuelles"_s << true << 0;
        QTest::newRow("nominal: www address") << u"Siehe www.tagesschauu.de"_s << true << 0;
        QTest::newRow("nominal: e-mail address") << u"Mail an chefredaktion@zeitungg.de"_s << true << 0;
        QTest::newRow("nominal: numbers") << u"Im Jahr 2026 kostet es 3,50 Euro"_s << true << 0;
        QTest::newRow("nominal: word with digits") << u"Der A380 und das G7-Treffen"_s << true << 0;
        QTest::newRow("nominal: all-caps skipped") << u"Die NATO und die SPDX tagen"_s << true << 0;
        QTest::newRow("nominal: all-caps checked when configured") << u"Die XYZQW tagt"_s << false << 1;
        QTest::newRow("robustness: a typo beside a URL still counts") << u"Rechtschreibfeler auf www.dpa.de"_s << true << 1;
    }

    void shouldSkipWordsByRule()
    {
        // GIVEN the German checker with the all-caps option
        QFETCH(QString, text);
        QFETCH(bool, skipAllCaps);
        QFETCH(int, errors);
        SpellChecker checker(u"de_DE"_s, personalFile());
        checker.setSkipAllCaps(skipAllCaps);
        // WHEN the text is checked
        const QList<SpellingError> found = checker.check(text);
        // THEN only the expected number of words is flagged
        QStringList words;
        for (const SpellingError &error : found)
            words.append(error.word);
        QVERIFY2(found.size() == errors, qPrintable(words.join(u',')));
    }

    void shouldAcceptNewsroomWordsOnceAdded()
    {
        // GIVEN names hunspell does not know, and a newsroom store
        MemoryNewsroomWordStore store;
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY(checker.setNewsroomStore(&store));
        QVERIFY(checker.isMisspelled(u"Tichanowskaja"_s));
        QVERIFY(checker.isMisspelled(u"Selenskyj"_s));
        QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
        // WHEN they are added to the newsroom dictionary
        QVERIFY(checker.addNewsroomWord(u"Tichanowskaja"_s));
        QVERIFY(checker.addNewsroomWord(u"Selenskyj"_s));
        // THEN they are no longer flagged, the store has them and highlighters are told
        QVERIFY(!checker.isMisspelled(u"Tichanowskaja"_s));
        QVERIFY(!checker.isMisspelled(u"Selenskyj"_s));
        QVERIFY(!checker.isMisspelled(u"Selenskyj-Regierung"_s));
        QCOMPARE(store.m_words, (QStringList{u"Tichanowskaja"_s, u"Selenskyj"_s}));
        // AND Pjöngjang, a newsroom classic, is in de_DE already and stays accepted when added
        QVERIFY(!checker.isMisspelled(u"Pjöngjang"_s));
        QVERIFY(checker.addNewsroomWord(u"Pjöngjang"_s));
        QVERIFY(!checker.isMisspelled(u"Pjöngjang"_s));
        QCOMPARE(changed.count(), 3);
        // AND removing one flags it again
        QVERIFY(checker.removeNewsroomWord(u"Selenskyj"_s));
        QVERIFY(checker.isMisspelled(u"Selenskyj"_s));
    }

    void shouldKeepWordFlaggedWhenNewsroomStoreFails()
    {
        // GIVEN a store that cannot write
        MemoryNewsroomWordStore store;
        store.m_fail = true;
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY(checker.setNewsroomStore(&store));
        // WHEN adding fails
        QVERIFY(!checker.addNewsroomWord(u"Selenskyj"_s));
        // THEN the error is reported and nothing pretends to be saved
        QCOMPARE(checker.lastError(), u"Datenbank gesperrt"_s);
        QVERIFY(checker.isMisspelled(u"Selenskyj"_s));
    }

    void shouldLoadNewsroomWordsFromList()
    {
        // GIVEN a word list as the repository returns it
        SpellChecker checker(u"de_DE"_s, personalFile());
        checker.setNewsroomWords({u"Pjöngjang"_s, u" Selenskyj "_s, QString()});
        // THEN those words pass
        QVERIFY(!checker.isMisspelled(u"Pjöngjang"_s));
        QVERIFY(!checker.isMisspelled(u"Selenskyj"_s));
        QCOMPARE(checker.newsroomWords(), (QStringList{u"Pjöngjang"_s, u"Selenskyj"_s}));
    }

    void shouldSwitchLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("misspelled");
        QTest::newRow("nominal: de_DE accepts Straße") << u"de_DE"_s << u"Straße"_s << false;
        QTest::newRow("nominal: de_CH flags Straße") << u"de_CH"_s << u"Straße"_s << true;
        QTest::newRow("nominal: de_CH accepts Strasse") << u"de_CH"_s << u"Strasse"_s << false;
        QTest::newRow("nominal: de_AT accepts Jänner") << u"de_AT"_s << u"Jänner"_s << false;
        QTest::newRow("nominal: en_US flags Straße") << u"en_US"_s << u"Straße"_s << true;
        QTest::newRow("nominal: en_US flags Übergangsfinanzierung") << u"en_US"_s << u"Übergangsfinanzierung"_s << true;
        QTest::newRow("nominal: en_US accepts newsroom") << u"en_US"_s << u"newsroom"_s << false;
    }

    void shouldSwitchLanguage()
    {
        // GIVEN a German checker that has already cached a verdict
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(bool, misspelled);
        SpellChecker checker(u"de_DE"_s, personalFile());
        (void)checker.isMisspelled(word);
        QSignalSpy changed(&checker, &SpellChecker::languageChanged);
        // WHEN the language is switched
        QVERIFY2(checker.setLanguage(language), qPrintable(checker.validationError()));
        // THEN the cache is gone and the word is judged by the new dictionary
        QCOMPARE(changed.count(), language == u"de_DE"_s ? 0 : 1);
        QVERIFY2(checker.isMisspelled(word) == misspelled, qPrintable(checker.suggestions(word).join(u',')));
    }

    void shouldPersistPersonalDictionaryInOwnFileOnly()
    {
        // GIVEN a checker with an empty personal dictionary
        {
            SpellChecker checker(u"de_DE"_s, personalFile());
            QVERIFY(checker.isMisspelled(u"Wummswort"_s));
            // WHEN the journalist adds a word
            QVERIFY2(checker.addToPersonalDictionary(u"Wummswort"_s), qPrintable(checker.lastError()));
            // THEN it is accepted at once, also at the start of a sentence
            QVERIFY(!checker.isMisspelled(u"Wummswort"_s));
        }
        // AND it is in our own file, UTF-8, one word per line
        QCOMPARE(readFile(personalFile()), u"Wummswort\n"_s);
        // AND no file of Sonnet, hunspell or KDE under HOME mentions it (~/.hunspell_de_DE, Sonnet.conf)
        const QStringList leaks = filesMentioning(u"Wummswort"_s);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u',')));
        QVERIFY(!QFile::exists(TestEnvironment::home() + u"/.hunspell_de_DE"_s));
        // AND a new checker (next start) knows the word
        SpellChecker next(u"de_DE"_s, personalFile());
        QVERIFY(!next.isMisspelled(u"Wummswort"_s));
        QCOMPARE(next.personalWords(), QStringList{u"Wummswort"_s});
    }

    void shouldUseApplicationDataFolderForPersonalDictionary()
    {
        // THEN the default file is ours, not Sonnet's
        const QString file = PersonalDictionary::defaultFileName();
        QVERIFY2(file.endsWith(u"/personal-dictionary.txt"_s), qPrintable(file));
        QVERIFY2(!file.contains(u"Sonnet"_s) && !file.contains(u".hunspell"_s), qPrintable(file));
    }

    void shouldReportUnwritablePersonalDictionary()
    {
        // GIVEN a personal dictionary path whose folder is a file
        const QString blocker = TestEnvironment::home() + u"/blocker"_s;
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SpellChecker checker(u"de_DE"_s, blocker + u"/personal.txt"_s);
        // WHEN a word is added
        // THEN it fails with a message naming the file, and the word stays flagged
        QVERIFY(!checker.addToPersonalDictionary(u"Wummswort"_s));
        QVERIFY2(checker.lastError().contains(u"personal.txt"_s), qPrintable(checker.lastError()));
        QVERIFY(checker.isMisspelled(u"Wummswort"_s));
    }

    void shouldInvalidateCacheWhenDictionaryChanges()
    {
        // GIVEN a checker that has cached a misspelled verdict
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY(checker.isMisspelled(u"Selenskyj"_s));
        QCOMPARE(checker.cachedVerdict(u"Selenskyj"_s), std::optional<bool>(true));
        const qint64 calls = checker.spellerCalls();
        // WHEN the same word is checked again
        QVERIFY(checker.isMisspelled(u"Selenskyj"_s));
        // THEN hunspell is not asked again
        QCOMPARE(checker.spellerCalls(), calls);
        // WHEN a dictionary changes
        QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
        checker.ignoreWord(u"Selenskyj"_s);
        // THEN the cache is empty and the new verdict holds
        QCOMPARE(changed.count(), 1);
        QCOMPARE(checker.cacheSize(), 0);
        QVERIFY(!checker.isMisspelled(u"Selenskyj"_s));
        QVERIFY(checker.isIgnored(u"Selenskyj"_s));
    }

    void shouldComputeSuggestionsOnlyOnDemand()
    {
        // GIVEN a checker that has checked a misspelled word
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY(checker.isMisspelled(u"Bundeskanzlerrin"_s));
        // WHEN suggestions are asked for
        const QStringList suggestions = checker.suggestions(u"Bundeskanzlerrin"_s);
        // THEN the right word is among them
        QVERIFY2(suggestions.contains(u"Bundeskanzlerin"_s), qPrintable(suggestions.join(u',')));
    }

    void shouldConvertArticleLanguageTag()
    {
        QCOMPARE(SpellChecker::languageFromTag(u"de-CH"_s), u"de_CH"_s);
        QCOMPARE(SpellChecker::languageFromTag(QString()), u"de_DE"_s);
    }
};

QTEST_GUILESS_MAIN(SpellCheckerTest)
#include "spellcheckertest.moc"
