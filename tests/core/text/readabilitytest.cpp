#include "text/hyphenator.h"
#include "testenvironment.h"
#include "text/readability.h"
#include "text/textlength.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The German readability measures. The Flesch reading ease is compared with Yoast SEO's German
// test papers (tests/data/readability/LICENSE.md has the source: Yoast/wordpress-seo,
// packages/yoastseo/spec/fullTextTests/testTexts/de/germanPaper1.js at
// c5bd30a975dfb70f55426c0bcccab62b6db3911a: 52.4; germanPaper2.js at
// a66952082056f5786dc97f037ec2aa3856a1d56f: 46.4), and with what Yoast's code today computes
// for the same plain text (tests/data/readability/yoast-measure.js runs the published npm
// package yoastseo 3.6.0: getFleschReadingScore in
// packages/yoastseo/src/languageProcessing/researches/getFleschReadingScore.js, German formula in
// languages/de/helpers/calculateFleschReadingScore.js at 119685d4830ff587f0312bd2cdcce57a962b1427).
class ReadabilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString file = Hyphenator::patternFileFor(u"de-DE"_s, &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        m_hyphenator = std::make_unique<Hyphenator>(file);
        QVERIFY2(m_hyphenator->isValid(), qPrintable(m_hyphenator->errorString()));
    }

    void shouldCountSyllablesOfGermanWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("expected");
        QTest::newRow("nominal: compound") << u"Übergangsfinanzierung"_s << 7;
        QTest::newRow("nominal: single letter syllable the patterns keep") << u"Über"_s << 2;
        QTest::newRow("nominal: oder") << u"oder"_s << 2;
        QTest::newRow("nominal: diphthongs") << u"Bäuerin"_s << 3;
        QTest::newRow("nominal: ß") << u"Straße"_s << 2;
        QTest::newRow("nominal: one syllable") << u"Stück"_s << 1;
        QTest::newRow("nominal: hyphenated compound") << u"E-Mail-Adresse"_s << 5;
        // "qu" is /kv/: one syllable, not "Qu-el-le" (Yoast's vowel groups agree).
        QTest::newRow("nominal: qu") << u"Quelle"_s << 2;
        QTest::newRow("nominal: qu inside a compound") << u"Atlantiküberquerung"_s << 7;
        QTest::newRow("nominal: y before a vowel is a consonant") << u"York"_s << 1;
        QTest::newRow("nominal: y after a vowel closes a diphthong") << u"Bayern"_s << 2;
        QTest::newRow("robustness: decomposed umlaut") << u"Bu\u0308ro"_s << 2;
        // Flesch's own counting rule, which Amstad's German formula was fitted with: "Count
        // abbreviations, figures, symbols and their combinations as one-syllable words" (R. Flesch,
        // How to Write Plain English, 1979, ch. 2, step 2). Not as read aloud ("2013" would be
        // six), and never none (Yoast's 0 for vowel-less tokens; see the papers below).
        QTest::newRow("robustness: a number is one syllable") << u"2013"_s << 1;
        QTest::newRow("robustness: no vowel") << u"Hmm"_s << 1;
        QTest::newRow("robustness: abbreviation without vowels") << u"bzw"_s << 1;
        QTest::newRow("robustness: one letter of z. B.") << u"z"_s << 1;
        QTest::newRow("robustness: letters and figures") << u"G7"_s << 1;
    }

    void shouldCountSyllablesOfGermanWords()
    {
        QFETCH(QString, word);
        QFETCH(int, expected);
        const int actual = Readability::syllables(word, m_hyphenator.get());
        QVERIFY2(actual == expected, qPrintable(u"%1: %2 (%3)"_s.arg(word).arg(actual).arg(m_hyphenator->hyphenated(word))));
    }

    void shouldSplitSentencesTheGermanWay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("nominal: two sentences") << u"Der Bau beginnt. Die Stadt zahlt."_s << 2;
        QTest::newRow("nominal: abbreviations") << u"Er kam z. B. mit dem Rad, ca. 10 km. Dann ging er."_s << 2;
        QTest::newRow("nominal: ordinal date") << u"Am 25. Oktober 2026 war es kalt. Am 26. Oktober nicht."_s << 2;
        QTest::newRow("nominal: regnal number") << u"Elisabeth II. eröffnete es. Alle jubelten!"_s << 2;
        QTest::newRow("nominal: quote closes a sentence") << u"„Wir bauen.“ Der Bürgermeister lächelte."_s << 2;
        QTest::newRow("nominal: question and ellipsis") << u"Warum? Weil … Darum."_s << 3;
        QTest::newRow("nominal: each paragraph ends a sentence") << u"Überschrift\nDer Text folgt."_s << 2;
        QTest::newRow("nominal: o. Ä. closes an enumeration") << u"Er nennt Vokale o. Ä. Dies wird gezählt."_s << 2;
        QTest::newRow("nominal: z. B. before a noun stays inside") << u"Es gibt Merkmale (z. B. Nasalität) hier."_s << 1;
        QTest::newRow("robustness: decimal number") << u"Es kostet 4.5 Millionen Euro."_s << 1;
        QTest::newRow("robustness: emoji") << u"Toll 🎉. Wirklich 👍🏽!"_s << 2;
    }

    void shouldSplitSentencesTheGermanWay()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto sentences = Readability::sentences(text);
        QStringList parts;
        for (const auto &sentence : sentences)
            parts << text.mid(sentence.start, sentence.length);
        QVERIFY2(sentences.size() == expected, qPrintable(parts.join(u" | "_s)));
    }

    void shouldCountWordsLikeTextLength()
    {
        // GIVEN a text with umlauts, ß, an emoji and a combining accent
        const QString text = u"Die Straße ist gesperrt 🚧. Cafe\u0301-Besitzer Müller ärgert sich.\nE-Mail folgt."_s;
        // WHEN it is analysed
        const auto report = Readability::analyze(text, m_hyphenator.get());
        // THEN it has the words the counters show, in three sentences
        QCOMPARE(report.words, TextLength::words(text));
        QCOMPARE(report.sentences, 3);
        QCOMPARE(report.paragraphs.size(), 2);
    }

    void shouldFindTheSameStartOfConsecutiveSentences()
    {
        const QString text = u"Die Stadt baut. Die Kosten steigen. Die Bürger klagen. Der Rat schweigt. Ärger bleibt. Ärger wächst."_s;
        const auto report = Readability::analyze(text, m_hyphenator.get());
        const auto runs = report.repeatedStarts(3);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().word, u"die"_s);
        QCOMPARE(runs.first().count, 3);
        QCOMPARE(runs.first().start, 0);
        QCOMPARE(report.repeatedStarts(2).size(), 2); // "Ärger" twice
    }

    void shouldComputeAmstadsFormula()
    {
        // Yoast's own unit test of the formula: 10 sentences, 100 words, 350 syllables → -34.7
        // (spec/languageProcessing/languages/de/helpers/calculateFleschReadingScoreSpec.js,
        // commit 147db5118dbf6a5c6277ade16f4462ceda6ab03a).
        QVERIFY2(qAbs(Readability::fleschAmstad(10, 100, 350) - -34.75) < 0.01,
                 qPrintable(QString::number(Readability::fleschAmstad(10, 100, 350))));
        QCOMPARE(Readability::fleschAmstad(0, 0, 0), 0.0);
    }

    void shouldScoreYoastsGermanPapersWithinTwoPoints_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("published"); // Yoast's spec, from its HTML
        QTest::addColumn<double>("yoastToday"); // yoastseo 3.6.0 on our plain text (yoast-measure.js)
        QTest::newRow("nominal: germanPaper1 (Flughafen London Heathrow)") << u"germanPaper1.txt"_s << 52.4 << 47.1;
        QTest::newRow("nominal: germanPaper2 (Phonologie)") << u"germanPaper2.txt"_s << 46.4 << 40.8;
    }

    void shouldScoreYoastsGermanPapersWithinTwoPoints()
    {
        QFETCH(QString, file);
        QFETCH(double, published);
        QFETCH(double, yoastToday);
        QFile input(TestEnvironment::sourceDir() + u"/tests/data/readability/"_s + file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
        const QString text = QString::fromUtf8(input.readAll());
        const auto report = Readability::analyze(text, m_hyphenator.get());
        const double score = report.fleschAmstad();
        const QString detail = u"score %1 (published %2, Yoast today %3): %4 sentences, %5 words, %6 syllables"_s
                                   .arg(score, 0, 'f', 1)
                                   .arg(published)
                                   .arg(yoastToday)
                                   .arg(report.sentences)
                                   .arg(report.words)
                                   .arg(report.syllables);
        qInfo("%s", qPrintable(detail));
        // GIVEN Yoast's published values: they cannot be met by counting the text's sentences.
        // yoastseo 1.91.2 reproduces 52.4 and 46.4 exactly, from the papers' HTML with 82 and 77
        // "sentences": it removes every digit string before it splits, so "&#160;" and the
        // footnote marks "&#91;3&#93;" leave bits of markup that end sentences (15 and 10 of
        // them hold no word), and "Am 10. August" becomes "Am ." + "August …". The papers have
        // about 40 sentences each; 657 words over 82 of them is 8 words a sentence, not 16.
        QEXPECT_FAIL("", "Yoast's published scores count markup fragments as sentences (measured; see above)", Continue);
        QVERIFY2(qAbs(score - published) <= 2.0, qPrintable(detail));
        // WHEN compared with Yoast's code of today on the same plain text
        // THEN the Heathrow paper agrees within 2 points. The Phonologie paper does not, by 5.9
        // points, for three measured reasons (BENCHMARKS.md, "Readability"; 0.3 points remain):
        // Yoast splits after "z. B." and "bzw." before a capitalised noun (44 sentences against
        // our 40: 1.8 points); it gives the 35 vowel-less words "z", "B", "bzw", "d", "h",
        // "/b/", "sth" no syllable where we count one (2.6 points); and it reads "-tion",
        // "-sion", "-ien" as one syllable where the hyphenation (Duden: Funk-ti-on) has two
        // (16 words, 1.2 points). We keep our counts: a word has at least one syllable, and
        // syllables follow the same hyphenation as the Zeilen. The vowel-less words were checked
        // again (issue 17): Flesch counts abbreviations, figures and symbols as one syllable each
        // (see shouldCountSyllablesOfGermanWords), as we do; Yoast's 0 is the deviation.
        QEXPECT_FAIL("nominal: germanPaper2 (Phonologie)",
                     "Yoast's abbreviation splits, 0-syllable tokens and one-syllable -tion (measured; see above)",
                     Continue);
        QVERIFY2(qAbs(score - yoastToday) <= 2.0, qPrintable(detail));
        // What must hold for both: the same band of difficulty as Yoast or the next harder one,
        // never easier.
        QVERIFY2(score <= published && published - score <= 13.0, qPrintable(detail));
    }

private:
    std::unique_ptr<Hyphenator> m_hyphenator;
};

QTEST_GUILESS_MAIN(ReadabilityTest)
#include "readabilitytest.moc"
