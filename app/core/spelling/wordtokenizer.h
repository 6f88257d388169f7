#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// One word of running text, with its offset in the text it was cut from.
struct WordToken {
    enum class Kind { Word, Url, Email };
    QString word;
    qsizetype position = 0;
    Kind kind = Kind::Word;

    [[nodiscard]] qsizetype length() const { return word.size(); }
    bool operator==(const WordToken &) const = default;
};

// Cuts German running text into words for spell checking.
//
// Sonnet::WordTokenizer is not part of Sonnet's installed API (only Speller, Settings,
// BackgroundChecker and GuessLanguage are), and it splits "Nordkorea-Soldaten" at the hyphen
// and "geht's" at the apostrophe, so we keep our own small tokenizer with rules that suit
// German newsroom text:
// - letters include umlauts and ß (QChar::isLetter), combining marks stay in the word;
// - a hyphen or an apostrophe between two word characters joins: "Nordkorea-Soldaten",
//   "CDU-Politiker", "20er-Jahre", "geht's" are one token each (the checker decides whether
//   to accept the whole or its parts);
// - a soft hyphen (U+00AD, pasted from web pages) stays inside the token, so that offsets
//   and lengths match the text; SpellChecker drops it before asking the dictionary;
// - URLs (scheme:// or www.) and e-mail addresses are whole tokens of their own kind, so
//   that their pieces are never checked.
namespace WordTokenizer {
[[nodiscard]] QList<WordToken> tokenize(QStringView text);
// The parts of a hyphenated token with their offsets inside it ("E-Mail" -> "E", "Mail").
[[nodiscard]] QList<WordToken> hyphenParts(const WordToken &token);
}
