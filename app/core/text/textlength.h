#pragma once

#include "text/textmetrics.h"

#include <QStringView>

class LineCounter;

// The one place that counts text. Characters are grapheme clusters (QTextBoundaryFinder), so
// that a field counter, the status bar, the checklist and the CLI can never disagree again.
namespace TextLength {
// Characters, characters without spaces and words; Zeilen too when a line counter is given.
[[nodiscard]] TextMetrics measure(QStringView text, const LineCounter *lines = nullptr);
[[nodiscard]] int characters(QStringView text);
[[nodiscard]] int words(QStringView text);
// The offset in `text` after its first `count` characters as characters() counts them (for
// marking what runs over a limit). Leading spaces are skipped as characters() skips them.
[[nodiscard]] qsizetype offsetAfterCharacters(QStringView text, int count);
// Line and paragraph breaks: they end a line, they are not characters a reader counts.
[[nodiscard]] bool isLineBreak(QChar c);
// Text in which every UTF-16 code unit is a grapheme of its own (Latin, punctuation, no
// combining marks, surrogates, joiners or CR): counting may skip the boundary finder.
[[nodiscard]] bool isOneUnitPerGrapheme(QStringView text);
// Invisible format characters (soft hyphen, zero-width space, word joiner, BOM).
[[nodiscard]] bool isInvisible(QChar c);
// What words() counts as a word: letters, digits and combining marks...
[[nodiscard]] bool isWordChar(char32_t c);
// ...joined into one word by a hyphen, colon, period, apostrophe or soft hyphen between them
// (readability counts the same words through these two).
[[nodiscard]] bool isJoiner(char32_t c);
}
