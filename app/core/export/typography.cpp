#include "typography.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr QChar nbsp = QChar(0x00A0);

// A quote opens after nothing, a space, an opening bracket, a dash or another opening quote.
bool opensAfter(QChar previous)
{
    if (previous.isNull() || previous.isSpace())
        return true;
    switch (previous.unicode()) {
    case u'(': case u'[': case u'{': case u'/': case 0x2013: case 0x2014: case u'-':
    case 0x201E: case 0x201A: // „ ‚
        return true;
    default:
        return false;
    }
}

QString replaceQuotes(const QString &text, QChar previous)
{
    QString out;
    out.reserve(text.size());
    QChar before = previous;
    bool singleOpen = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        QChar replacement = c;
        if (c == u'"') {
            replacement = opensAfter(before) && !next.isSpace() && !next.isNull() ? QChar(0x201E) : QChar(0x201C);
        } else if (c == u'\'') {
            if (opensAfter(before) && !next.isNull() && !next.isSpace()) {
                replacement = QChar(0x201A); // ‚
                singleOpen = true;
            } else if (singleOpen && !(before.isLetterOrNumber() && next.isLetter())) {
                replacement = QChar(0x2018); // ‘ closes ‚
                singleOpen = false;
            } else {
                replacement = QChar(0x2019); // ’ apostrophe: "geht's", "Hans'"
            }
        }
        out += replacement;
        before = replacement;
    }
    return out;
}

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &spacingRules()
{
    static const QString months = u"Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
                                  "Oktober|November|Dezember|Jan\\.|Feb\\.|Mrz\\.|Apr\\.|Jun\\.|"
                                  "Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\."_s;
    static const QString space = u"[ \\x{00A0}]"_s;
    static const QList<Rule> rules{
        // "25. Oktober": day and month stay on one line.
        {QRegularExpression(u"\\b(\\d{1,2}\\.) (?=(?:"_s + months + u")(?!\\w))"_s, QRegularExpression::UseUnicodePropertiesOption), u"\\1\u00A0"_s},
        // "10 %", "5 €", "3 km": number and unit stay together.
        {QRegularExpression(u"(\\d) (?=(?:%|‰|€|\\$|£|°C|°|km|kg|cm|mm|m|g|t|l|ha|Mio\\.|Mrd\\.)(?!\\w))"_s, QRegularExpression::UseUnicodePropertiesOption), u"\\1\u00A0"_s},
        // "S. 5", "Nr. 12", "Abs. 2", "Art. 3": the reference keeps its number.
        {QRegularExpression(u"(?<!\\w)(S\\.|Nr\\.|Abs\\.|Art\\.|Bd\\.|Kap\\.|Ziff\\.|§|§§) (?=\\d)"_s, QRegularExpression::UseUnicodePropertiesOption), u"\\1\u00A0"_s},
        // "z. B.", "d. h.", "u. a.", "o. Ä.", "v. a.", "u. U.", "i. d. R.": one unit.
        {QRegularExpression(u"\\b([zZdDuUoOvVi]\\.)"_s + space + u"(?=(?:B|h|a|Ä|ä|U|d|R)\\.)"_s, QRegularExpression::UseUnicodePropertiesOption), u"\\1\u00A0"_s},
        // A spaced hyphen is a dash; the space before it must not break.
        {QRegularExpression(u" - "_s), u"\u00A0– "_s},
    };
    return rules;
}
} // namespace

Typography::Typography(bool enabled)
    : m_enabled(enabled)
{
}

QString Typography::apply(const QString &text, QChar previous) const
{
    if (!m_enabled || text.isEmpty())
        return text;
    QString out = text;
    out.replace(u"..."_s, u"…"_s);
    if (out.contains(u'"') || out.contains(u'\''))
        out = replaceQuotes(out, previous);
    // Most text has none of the patterns: the digit/dot check keeps batch export fast.
    bool mayNeedSpaces = false;
    for (const QChar c : std::as_const(out)) {
        if (c == u'.' || c == u'-' || c.isDigit() || c == u'§') {
            mayNeedSpaces = true;
            break;
        }
    }
    if (mayNeedSpaces) {
        for (const Rule &rule : spacingRules())
            out.replace(rule.pattern, rule.replacement);
    }
    return out;
}
