#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class Hyphenator;

// Zeilen: how many lines a text fills in a print column of N characters ("80 Zeilen à 34
// Anschläge"), set the way a German layout sets it: greedy, one space between words,
// no-break spaces binding, a break after a hyphen inside a word ("E-Mail-|Adresse"), at a
// soft hyphen, and, with a hyphenation dictionary, at syllables with a hyphen added. Every
// paragraph and every manual line break starts a new line. A character is a grapheme.
class LineCounter
{
public:
    static constexpr int defaultColumns = 34;
    static constexpr int minColumns = 20;
    static constexpr int maxColumns = 120;

    // Without a hyphenator words break only at hyphens and soft hyphens; the editor and the
    // CLI always pass the article language's patterns (Hyphenator).
    explicit LineCounter(int columns = defaultColumns, const Hyphenator *hyphenator = nullptr);

    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] const Hyphenator *hyphenator() const { return m_hyphenator; }
    [[nodiscard]] int lines(QStringView text) const;
    // The lines as they would be set, with the hyphens that breaking adds: for tests and for
    // showing a copy editor where the column breaks.
    [[nodiscard]] QStringList layout(QStringView text) const;

private:
    // Where a word may be broken with a hyphen added: offsets in `word` before which a break
    // can go.
    [[nodiscard]] QList<qsizetype> hyphenationPoints(QStringView word) const;
    int setParagraph(QStringView paragraph, QStringList *out) const;
    int run(QStringView text, QStringList *out) const;

    int m_columns;
    const Hyphenator *m_hyphenator;
};
