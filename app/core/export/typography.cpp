#include "typography.h"


using namespace Qt::StringLiterals;

namespace {
constexpr QChar nbsp = QChar(0x00A0);

// The quotation marks of a style: double open/close, single open/close.
struct Quotes {
    QChar doubleOpen;
    QChar doubleClose;
    QChar singleOpen;
    QChar singleClose;
};

Quotes quotesFor(Typography::Style style)
{
    switch (style) {
    case Typography::Style::SwissGerman: return {QChar(0x00AB), QChar(0x00BB), QChar(0x2039), QChar(0x203A)}; // « » ‹ ›
    case Typography::Style::English: return {QChar(0x201C), QChar(0x201D), QChar(0x2018), QChar(0x2019)}; // “ ” ‘ ’
    case Typography::Style::German:
    case Typography::Style::Neutral: break;
    }
    return {QChar(0x201E), QChar(0x201C), QChar(0x201A), QChar(0x2018)}; // „ “ ‚ ‘
}

// A quote opens after nothing, a space, an opening bracket, a dash or another opening quote.
bool opensAfter(QChar previous, const Quotes &quotes)
{
    if (previous.isNull() || previous.isSpace())
        return true;
    if (previous == quotes.doubleOpen || previous == quotes.singleOpen)
        return true;
    switch (previous.unicode()) {
    case u'(': case u'[': case u'{': case u'/': case 0x2013: case 0x2014: case u'-':
        return true;
    default:
        return false;
    }
}

QString replaceQuotes(const QString &text, QChar previous, const Quotes &quotes)
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
            replacement = opensAfter(before, quotes) && !next.isSpace() && !next.isNull() ? quotes.doubleOpen
                                                                                          : quotes.doubleClose;
        } else if (c == u'\'') {
            if (opensAfter(before, quotes) && !next.isNull() && !next.isSpace()) {
                replacement = quotes.singleOpen;
                singleOpen = true;
            } else if (singleOpen && !(before.isLetterOrNumber() && next.isLetter())) {
                replacement = quotes.singleClose;
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

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Whether `text` at `pos` starts with one of `words` followed by a non-word character.
bool startsWithWord(QStringView text, qsizetype pos, std::initializer_list<QStringView> words)
{
    const QStringView rest = text.mid(pos);
    for (const QStringView word : words) {
        if (rest.startsWith(word)) {
            // Words ending in '.' or a symbol end there; letters must not run on.
            if (!word.back().isLetterOrNumber() || rest.size() == word.size() || !isWordChar(rest.at(word.size())))
                return true;
        }
    }
    return false;
}

// Whether `text` before `end` ends with one of `words`, with no word character before it.
bool endsWithWord(QStringView text, qsizetype end, std::initializer_list<QStringView> words)
{
    const QStringView head = text.left(end);
    for (const QStringView word : words) {
        if (head.endsWith(word)) {
            const qsizetype start = head.size() - word.size();
            if (start == 0 || !isWordChar(head.at(start - 1)))
                return true;
        }
    }
    return false;
}

// "25. Oktober": one or two digits and a dot, not part of a longer number.
bool endsWithDayOfMonth(QStringView text, qsizetype end)
{
    if (end < 2 || text.at(end - 1) != u'.' || !text.at(end - 2).isDigit())
        return false;
    qsizetype start = end - 2;
    if (start > 0 && text.at(start - 1).isDigit())
        --start;
    return start == 0 || !isWordChar(text.at(start - 1));
}

// Decides for each space whether German typesetting wants it unbreakable. One pass over the
// text instead of one regular expression per rule: this runs on every text node of a batch.
void applySpacing(QString &text)
{
    static const std::initializer_list<QStringView> months{
        u"Januar", u"Februar", u"März", u"April", u"Mai", u"Juni", u"Juli", u"August", u"September",
        u"Oktober", u"November", u"Dezember", u"Jan.", u"Feb.", u"Mrz.", u"Apr.", u"Jun.", u"Jul.",
        u"Aug.", u"Sep.", u"Sept.", u"Okt.", u"Nov.", u"Dez."};
    static const std::initializer_list<QStringView> units{
        u"%", u"‰", u"€", u"$", u"£", u"°C", u"°", u"km", u"kg", u"cm", u"mm", u"m", u"g", u"t", u"l",
        u"ha", u"Mio.", u"Mrd."};
    static const std::initializer_list<QStringView> references{
        u"S.", u"Nr.", u"Abs.", u"Art.", u"Bd.", u"Kap.", u"Ziff.", u"§", u"§§"};
    static const std::initializer_list<QStringView> abbreviationStarts{
        u"z.", u"Z.", u"d.", u"D.", u"u.", u"U.", u"o.", u"O.", u"v.", u"V.", u"i."};
    static const std::initializer_list<QStringView> abbreviationEnds{
        u"B.", u"h.", u"a.", u"Ä.", u"ä.", u"U.", u"d.", u"R."};

    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) != u' ')
            continue;
        const QStringView view(text);
        const QChar before = text.at(i - 1);
        const QChar after = text.at(i + 1);
        bool keep = false;
        if (after == u'-' && i + 2 < text.size() && text.at(i + 2) == u' ') {
            // A spaced hyphen is a dash; the space before it must not break.
            text[i + 1] = QChar(0x2013);
            keep = true;
        } else if (before == u'.') {
            keep = (endsWithDayOfMonth(view, i) && startsWithWord(view, i + 1, months))
                || (after.isDigit() && endsWithWord(view, i, references))
                || (endsWithWord(view, i, abbreviationStarts) && startsWithWord(view, i + 1, abbreviationEnds));
        } else if (before.isDigit()) {
            keep = startsWithWord(view, i + 1, units);
        } else if (before == u'§') {
            keep = after.isDigit() && endsWithWord(view, i, references);
        }
        if (keep)
            text[i] = nbsp;
    }
}
} // namespace

Typography::Typography(bool enabled, Style style)
    : m_enabled(enabled)
    , m_style(style)
{
}

Typography::Style Typography::styleFor(const QString &languageTag)
{
    const QString tag = languageTag.trimmed().toLower().replace(u'_', u'-');
    const QStringView language = QStringView(tag).left(tag.indexOf(u'-') < 0 ? tag.size() : tag.indexOf(u'-'));
    if (language == u"de") {
        // Switzerland and Liechtenstein set German with guillemets.
        return tag.startsWith(u"de-ch"_s) || tag.startsWith(u"de-li"_s) ? Style::SwissGerman : Style::German;
    }
    if (language == u"gsw")
        return Style::SwissGerman;
    if (language == u"en")
        return Style::English;
    return Style::Neutral;
}

QString Typography::apply(const QString &text, QChar previous) const
{
    if (!m_enabled || text.isEmpty())
        return text;
    QString out = text;
    out.replace(u"..."_s, u"…"_s);
    if (m_style == Style::Neutral)
        return out;
    if (out.contains(u'"') || out.contains(u'\''))
        out = replaceQuotes(out, previous, quotesFor(m_style));
    // The spacing rules know German abbreviations, months and units only.
    if (m_style == Style::German || m_style == Style::SwissGerman)
        applySpacing(out);
    return out;
}
