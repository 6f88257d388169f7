#pragma once

// What the copy desk measures in a piece of text. One home for the numbers: TextLength fills
// it, every counter, the status bar, the checklist, `newsdesk-cli stats` and the export read it.
struct TextMetrics {
    // User-perceived characters (grapheme clusters) of the trimmed text, spaces included and
    // line breaks left out: an emoji, a decomposed "ü" or "e" with a combining accent is one.
    int characters = 0;
    // The same without any kind of space (no-break spaces too).
    int charactersWithoutSpaces = 0;
    // Runs of letters and digits, joined by "-", ":", "." and apostrophes ("E-Mail", "10:15").
    int words = 0;
    // Zeilen: the lines the text fills in a print column (LineCounter); 0 when not measured.
    int lines = 0;

    TextMetrics &operator+=(const TextMetrics &other)
    {
        characters += other.characters;
        charactersWithoutSpaces += other.charactersWithoutSpaces;
        words += other.words;
        lines += other.lines;
        return *this;
    }
    bool operator==(const TextMetrics &) const = default;
};
