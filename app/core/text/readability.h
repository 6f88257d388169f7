#pragma once

#include <QList>
#include <QString>
#include <QStringView>

class Hyphenator;

// German readability measures for the checklist: sentence lengths, the Flesch reading ease as
// Amstad adapted it for German (180 − ASL − 58.5 × ASW), paragraph lengths and sentences that
// start with the same word. Words are counted as TextLength counts them; syllables come from
// the same libhyphen patterns as the Zeilen (see syllables()).
namespace Readability {
struct Sentence {
    qsizetype start = 0; // offset in the analysed text
    qsizetype length = 0;
    int words = 0;
    QString firstWord; // case-folded, empty when the sentence starts with no word
};

struct Paragraph {
    qsizetype start = 0;
    int words = 0;
};

// The same word at the start of `count` consecutive sentences, from the sentence at `start`.
struct RepeatedStart {
    qsizetype start = 0;
    QString word;
    int count = 0;
};

struct Report {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    QList<Sentence> sentenceList;
    QList<Paragraph> paragraphs;
    [[nodiscard]] bool hasScore() const { return sentences > 0 && words > 0; }
    // Amstad's German Flesch reading ease; higher is easier (60–70 plain German).
    [[nodiscard]] double fleschAmstad() const;
    [[nodiscard]] QList<RepeatedStart> repeatedStarts(int minimumRun) const;
};

// Sentences end at ".", "!", "?", "…" (and a closing quote or bracket after them) before a
// space and a capital, digit or opening quote; not after a German abbreviation ("z. B.",
// "ca.", "Nr."), a single letter, an ordinal number ("25. Oktober", "21. Jahrhundert") or a
// Roman numeral ("Elisabeth II."). Every paragraph (line) ends a sentence.
[[nodiscard]] QList<Sentence> sentences(QStringView text);
// Syllables of one word: each piece between the patterns' hyphenation points counts its vowel
// groups (a diphthong "ei", "au", "eu", "äu", "ie" or a doubled vowel is one; the "u" of "qu"
// and a "y" before a vowel are consonants), a piece without a vowel none, the word at least
// one. The vowel groups correct the patterns at the word's edges: they never split off a single
// letter ("Über", "oder" have no break, but two syllables). Without a hyphenator only the vowel
// groups count.
[[nodiscard]] int syllables(QStringView word, const Hyphenator *hyphenator);
[[nodiscard]] double fleschAmstad(int sentences, int words, int syllables);
[[nodiscard]] Report analyze(QStringView text, const Hyphenator *hyphenator);
} // namespace Readability
