#pragma once

#include <QString>
#include <QStringView>

// What HTML means by a character, written once: the four entities of escaped text, the
// character references a stored body may hold, and which code points are control characters.
// The clean-HTML writer, its validator, the export, the ninjs reader and the snapshot's plain
// text all call these; each keeps only its own policy (a line break becomes <br> in a body
// and a space in an attribute).
namespace HtmlEscape {
// "&amp;", "&lt;", "&gt;" or "&quot;" for the four markup characters; empty for any other.
[[nodiscard]] constexpr QStringView entity(char16_t c) noexcept
{
    switch (c) {
    case u'&': return u"&amp;";
    case u'<': return u"&lt;";
    case u'>': return u"&gt;";
    case u'"': return u"&quot;";
    default: return {};
    }
}
// What append() does with tab, CR, LF and the Unicode line and paragraph separators.
enum class Breaks {
    Keep, // copied as they are (the clean-HTML writer turns them into markup itself)
    AsSpace, // each becomes one space: the export's text and attributes, which have no markup for them
};
// Appends text with the four markup characters escaped, for element content and
// double-quoted attribute values alike; every other character is copied as it is, line breaks
// as breaks says.
void append(QString &out, QStringView text, Breaks breaks = Breaks::Keep);
[[nodiscard]] QString escape(QStringView text, Breaks breaks = Breaks::Keep);
// The length of the entity text starts with if it is one of the four, else 0.
[[nodiscard]] qsizetype entityLength(QStringView text) noexcept;
// The inverse of escape(): the four entities become characters again, anything else stays.
[[nodiscard]] QString unescape(QStringView text);
// A character reference's name between '&' and ';': amp, lt, gt, quot, apos, nbsp, #NNN or
// #xHHHH. Empty for an unknown name or an invalid number.
[[nodiscard]] QString decodeReference(QStringView name);

// The C0 controls, U+0000 to U+001F: tab and line breaks included.
[[nodiscard]] constexpr bool isC0Control(char32_t u) noexcept
{
    return u < 0x20;
}
// C0 controls, DEL and the C1 controls.
[[nodiscard]] constexpr bool isControl(char32_t u) noexcept
{
    return isC0Control(u) || (u >= 0x7F && u <= 0x9F);
}
// Bidi embeddings, overrides and isolates: invisible, and able to disguise a headline.
[[nodiscard]] constexpr bool isBidiControl(char32_t u) noexcept
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}
// What the HTML parser reports as an error in a page: controls other than tab and line
// breaks, and noncharacters. (Lone surrogates too; removeForbidden() drops those.)
[[nodiscard]] constexpr bool isForbiddenInHtml(char32_t u) noexcept
{
    if (isControl(u))
        return u != u'\n' && u != u'\t' && u != u'\r';
    return (u >= 0xFDD0 && u <= 0xFDEF) || (u & 0xFFFE) == 0xFFFE;
}
// Drops every forbidden code point and lone surrogate from a finished page.
void removeForbidden(QString &html);
}
