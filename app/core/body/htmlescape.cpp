#include "htmlescape.h"

using namespace Qt::StringLiterals;

namespace HtmlEscape {
void append(QString &out, QStringView text, Breaks breaks)
{
    // Runs of plain characters are copied at once: most text has nothing to escape.
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        QStringView replacement = entity(c);
        if (replacement.isEmpty()) {
            if (breaks == Breaks::Keep || (c != 0x2028 && c != 0x2029 && c != u'\t' && c != u'\n' && c != u'\r'))
                continue;
            replacement = u" ";
        }
        out += text.mid(plainStart, i - plainStart);
        out += replacement;
        plainStart = i + 1;
    }
    out += text.mid(plainStart);
}

QString escape(QStringView text, Breaks breaks)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    append(out, text, breaks);
    return out;
}

qsizetype entityLength(QStringView text) noexcept
{
    for (const QStringView known : {u"&amp;", u"&lt;", u"&gt;", u"&quot;"}) {
        if (text.startsWith(known))
            return known.size();
    }
    return 0;
}

QString unescape(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype plainStart = 0;
    for (qsizetype i = text.indexOf(u'&'); i >= 0; i = text.indexOf(u'&', i)) {
        const qsizetype length = entityLength(text.mid(i));
        if (length == 0) {
            ++i;
            continue;
        }
        out += text.mid(plainStart, i - plainStart);
        switch (text.at(i + 1).unicode()) {
        case u'a': out += u'&'; break;
        case u'l': out += u'<'; break;
        case u'g': out += u'>'; break;
        default: out += u'"'; break;
        }
        i += length;
        plainStart = i;
    }
    out += text.mid(plainStart);
    return out;
}

QString decodeReference(QStringView name)
{
    if (name == u"amp")
        return u"&"_s;
    if (name == u"lt")
        return u"<"_s;
    if (name == u"gt")
        return u">"_s;
    if (name == u"quot")
        return u"\""_s;
    if (name == u"apos")
        return u"'"_s;
    if (name == u"nbsp")
        return QString(QChar(0xa0));
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    return QString();
}

void removeForbidden(QString &html)
{
    // Nearly every page is clean: find out in one tight scan before copying anything. Line
    // breaks and tabs are allowed (every page has them); surrogates take the careful path.
    bool clean = true;
    for (const QChar c : std::as_const(html)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || (u >= 0x7F && u <= 0x9F)
            || (u >= 0xD800 && u <= 0xDFFF) || (u >= 0xFDD0 && (u <= 0xFDEF || (u & 0xFFFE) == 0xFFFE))) {
            clean = false;
            break;
        }
    }
    if (clean)
        return;
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c.isHighSurrogate() && i + 1 < html.size() && html.at(i + 1).isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(c, html.at(i + 1));
            if (!isForbiddenInHtml(u))
                out += QStringView(html).mid(i, 2);
            ++i;
            continue;
        }
        if (c.isSurrogate() || isForbiddenInHtml(c.unicode()))
            continue;
        out += c;
    }
    html = out;
}
} // namespace HtmlEscape
