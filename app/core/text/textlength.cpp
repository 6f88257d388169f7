#include "text/textlength.h"

#include "text/linecounter.h"

#include <QTextBoundaryFinder>

namespace {
QStringView trimmed(QStringView text)
{
    return text.trimmed();
}

} // namespace

namespace TextLength {
bool isWordChar(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isJoiner(char32_t c)
{
    return c == u'-' || c == u':' || c == u'.' || c == u'\'' || c == u'’' || c == 0x00AD;
}

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == 0x000B || u == 0x000C;
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD || u == 0x200B || u == 0x2060 || u == 0xFEFF;
}

bool isOneUnitPerGrapheme(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Below the combining diacritics, general punctuation without the joiners (ZWNJ, ZWJ,
        // which extend the cluster before them), and the euro sign.
        const bool simple = (u < 0x0300 && u != u'\r') || (u >= 0x2010 && u <= 0x2027) || (u >= 0x2030 && u <= 0x205E)
            || u == 0x20AC;
        if (!simple)
            return false;
    }
    return true;
}

TextMetrics measure(QStringView text, const LineCounter *lines)
{
    TextMetrics metrics;
    const QStringView content = trimmed(text);
    if (content.isEmpty())
        return metrics;
    if (isOneUnitPerGrapheme(content)) {
        // The same count as the grapheme loop below on purpose: a fast path for one UTF-16 unit per character.
        // The common case of German copy: no boundary finder needed, the same result.
        for (const QChar c : content) {
            if (isLineBreak(c) || isInvisible(c))
                continue;
            ++metrics.characters;
            if (!c.isSpace())
                ++metrics.charactersWithoutSpaces;
        }
        metrics.words = words(content);
        if (lines)
            metrics.lines = lines->lines(content);
        return metrics;
    }
    // One pass over grapheme boundaries. A cluster's first code unit decides its kind: a base
    // letter with combining marks, an emoji with modifiers or a flag pair are one character.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, content.data(), int(content.size()));
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QChar first = content.at(start);
        start = end;
        if (isLineBreak(first) || isInvisible(first))
            continue;
        ++metrics.characters;
        if (!first.isSpace())
            ++metrics.charactersWithoutSpaces;
    }
    metrics.words = words(content);
    if (lines)
        metrics.lines = lines->lines(content);
    return metrics;
}

int characters(QStringView text)
{
    return measure(text).characters;
}

int words(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const bool wordChar = isWordChar(c);
        if (wordChar && !inWord)
            ++count;
        // Joiners keep "E-Mail" and "10:15" together only when a word char follows directly;
        // splitting them would count "E-Mail" as two words.
        if (wordChar)
            inWord = true;
        else if (!(inWord && isJoiner(c)))
            inWord = false;
    }
    return count;
}

qsizetype offsetAfterCharacters(QStringView text, int count)
{
    qsizetype leading = 0;
    while (leading < text.size() && text.at(leading).isSpace())
        ++leading;
    const QStringView rest = text.mid(leading);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, rest.data(), int(rest.size()));
    qsizetype start = 0;
    int counted = 0;
    while (counted < count) {
        const qsizetype end = finder.toNextBoundary();
        if (end == -1)
            break;
        const QChar first = rest.at(start);
        start = end;
        if (!isLineBreak(first) && !isInvisible(first))
            ++counted;
    }
    return leading + start;
}
} // namespace TextLength
