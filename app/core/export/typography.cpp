#include "typography.h"

#include "language/languages.h"

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

// The quote a straight quote becomes, given the character before and after it; `singleOpen`
// tells whether a single quotation is open in the paragraph and is updated.
QChar quoteFor(QChar c, QChar before, QChar next, bool &singleOpen, const Quotes &quotes)
{
    if (c == u'"')
        return opensAfter(before, quotes) && !next.isSpace() && !next.isNull() ? quotes.doubleOpen : quotes.doubleClose;
    if (opensAfter(before, quotes) && !next.isNull() && !next.isSpace()) {
        singleOpen = true;
        return quotes.singleOpen;
    }
    if (singleOpen && !(before.isLetterOrNumber() && next.isLetter())) {
        singleOpen = false;
        return quotes.singleClose;
    }
    return QChar(0x2019); // ’ apostrophe: "geht's", "Hans'"
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
        const QChar replacement = c == u'"' || c == u'\'' ? quoteFor(c, before, next, singleOpen, quotes) : c;
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

const std::initializer_list<QStringView> months{
    u"Januar", u"Februar", u"März", u"April", u"Mai", u"Juni", u"Juli", u"August", u"September",
    u"Oktober", u"November", u"Dezember", u"Jan.", u"Feb.", u"Mrz.", u"Apr.", u"Jun.", u"Jul.",
    u"Aug.", u"Sep.", u"Sept.", u"Okt.", u"Nov.", u"Dez."};
const std::initializer_list<QStringView> units{
    u"%", u"‰", u"€", u"$", u"£", u"°C", u"°", u"km", u"kg", u"cm", u"mm", u"m", u"g", u"t", u"l",
    u"ha", u"Mio.", u"Mrd."};
const std::initializer_list<QStringView> references{
    u"S.", u"Nr.", u"Abs.", u"Art.", u"Bd.", u"Kap.", u"Ziff.", u"§", u"§§"};
const std::initializer_list<QStringView> abbreviationStarts{
    u"z.", u"Z.", u"d.", u"D.", u"u.", u"U.", u"o.", u"O.", u"v.", u"V.", u"i."};
const std::initializer_list<QStringView> abbreviationEnds{
    u"B.", u"h.", u"a.", u"Ä.", u"ä.", u"U.", u"d.", u"R."};

// Whether German typesetting wants the space at `i` unbreakable ("25. Oktober", "10 %",
// "S. 5", "z. B."); the spaced hyphen is the caller's.
bool keepsTogether(QStringView view, qsizetype i)
{
    const QChar before = view.at(i - 1);
    const QChar after = view.at(i + 1);
    if (before == u'.') {
        return (endsWithDayOfMonth(view, i) && startsWithWord(view, i + 1, months))
            || (after.isDigit() && endsWithWord(view, i, references))
            || (endsWithWord(view, i, abbreviationStarts) && startsWithWord(view, i + 1, abbreviationEnds));
    }
    if (before.isDigit())
        return startsWithWord(view, i + 1, units);
    if (before == u'§')
        return after.isDigit() && endsWithWord(view, i, references);
    return false;
}

bool isSpacedHyphen(QStringView text, qsizetype i)
{
    return text.at(i) == u' ' && i + 2 < text.size() && text.at(i + 1) == u'-' && text.at(i + 2) == u' ';
}

// Decides for each space whether German typesetting wants it unbreakable. One pass over the
// text instead of one regular expression per rule: this runs on every text node of a batch.
void applySpacing(QString &text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) != u' ')
            continue;
        bool keep = false;
        if (isSpacedHyphen(text, i)) {
            // A spaced hyphen is a dash; the space before it must not break.
            text[i + 1] = QChar(0x2013);
            keep = true;
        } else {
            keep = keepsTogether(text, i);
        }
        if (keep)
            text[i] = nbsp;
    }
}

// Whether the word ending at `end` is a web or mail address, where quotes and dots are literal.
bool insideAddress(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    const QStringView word = text.mid(start, end - start);
    return word.contains(u"://") || word.startsWith(u"www.", Qt::CaseInsensitive) || word.contains(u'@');
}
} // namespace

Typography::Typography(bool enabled, Style style)
    : m_enabled(enabled)
    , m_style(style)
{
}

Typography::Style Typography::styleFor(const QString &languageTag)
{
    return Languages::quoteStyle(languageTag);
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

Typography::Change Typography::afterTyping(QStringView paragraph, qsizetype cursor) const
{
    if (!m_enabled || cursor < 1 || cursor > paragraph.size())
        return {};
    const QChar typed = paragraph.at(cursor - 1);
    if (insideAddress(paragraph, cursor))
        return {};
    const QChar before = cursor >= 2 ? paragraph.at(cursor - 2) : QChar();
    if (typed == u'.' && cursor >= 3 && before == u'.' && paragraph.at(cursor - 3) == u'.'
        && (cursor == 3 || paragraph.at(cursor - 4) != u'.'))
        return {cursor - 3, 3, u"…"_s};
    if (m_style == Style::Neutral)
        return {};
    const Quotes quotes = quotesFor(m_style);
    if (typed == u'"' || typed == u'\'') {
        // Whether a single quotation is open, as apply() would know it from the text before.
        bool singleOpen = false;
        for (qsizetype i = 0; i + 1 < cursor; ++i) {
            if (paragraph.at(i) == quotes.singleOpen)
                singleOpen = true;
            else if (paragraph.at(i) == quotes.singleClose && quotes.singleClose != quotes.singleOpen)
                singleOpen = false;
        }
        // The next character is not typed yet: a quote that may open is taken to stand before
        // a word, any other to end one (a letter typed next makes it an apostrophe, below).
        const QChar next = cursor < paragraph.size() ? paragraph.at(cursor) : opensAfter(before, quotes) ? QChar(u'x') : QChar();
        return {cursor - 1, 1, QString(quoteFor(typed, before, next, singleOpen, quotes))};
    }
    // A closing single quote followed by a letter was an apostrophe ("‚Peter‘s" → "Peter’s"),
    // an opening one followed by a digit too ("’90er").
    if (typed.isLetter() && before == quotes.singleClose && before != QChar(0x2019) && cursor >= 3
        && paragraph.at(cursor - 3).isLetterOrNumber())
        return {cursor - 2, 1, QString(QChar(0x2019))};
    if (typed.isDigit() && before == quotes.singleOpen && (cursor < 3 || paragraph.at(cursor - 3).isSpace()))
        return {cursor - 2, 1, QString(QChar(0x2019))};
    if (m_style != Style::German && m_style != Style::SwissGerman)
        return {};
    // " - " between words, decided when the space after the hyphen is typed.
    if (typed == u' ' && cursor >= 4 && isSpacedHyphen(paragraph, cursor - 3) && !paragraph.at(cursor - 4).isSpace())
        return {cursor - 3, 2, QString(nbsp) + QChar(0x2013)};
    // The space before the word being typed, decided when the keystroke completes the rule
    // (so that a no-break space taken back with Ctrl+Z stays taken back). While a word still
    // grows, its last letter must not complete an abbreviation or unit ("10 m" of "10 mal").
    const auto keepsSpaceBefore = [&paragraph](qsizetype end) -> qsizetype {
        if (end < 1)
            return -1;
        QString probe = paragraph.left(end).toString();
        const QChar last = probe.back();
        if (isWordChar(last))
            probe += u'x';
        qsizetype space = end - 1;
        if (last.isSpace())
            --space;
        while (space > 0 && probe.at(space) != u' ' && probe.at(space) != nbsp)
            --space;
        if (space < 1 || probe.at(space) != u' ' || space + 1 >= probe.size())
            return -1;
        return keepsTogether(probe, space) ? space : -1;
    };
    const qsizetype space = keepsSpaceBefore(cursor);
    if (space >= 0 && keepsSpaceBefore(cursor - 1) != space)
        return {space, 1, QString(nbsp)};
    return {};
}

int Typography::countChanges(QStringView original, QStringView typeset)
{
    // apply() only replaces characters one for one, except "..." by "…": walk both in step.
    int changes = 0;
    bool inRun = false;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < original.size() && j < typeset.size()) {
        if (original.at(i) == typeset.at(j)) {
            inRun = false;
            ++i;
            ++j;
            continue;
        }
        if (!inRun)
            ++changes;
        inRun = true;
        i += original.mid(i).startsWith(u"...") && typeset.at(j) == QChar(0x2026) ? 3 : 1;
        ++j;
    }
    if (i < original.size() || j < typeset.size())
        changes += inRun ? 0 : 1;
    return changes;
}
