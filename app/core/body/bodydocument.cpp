#include "bodydocument.h"

#include "cleanbody.h"
#include "htmlescape.h"
#include "htmlwriter.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
// Qt's importer marks only the first block of a <blockquote> as quoted; splitting a
// multi-block quote into one quote per paragraph or subheading keeps every block quoted.
// HtmlWriter joins consecutive quoted blocks again. (Subheadings too: a quote of two was
// written as one <blockquote> whose second <h2> fell out of it when read again, found by
// bodysanitizefuzz.)
QString splitBlockQuotes(const QString &html)
{
    if (!html.contains(u"<blockquote"_s, Qt::CaseInsensitive))
        return html;
    static const QRegularExpression quote(u"<blockquote>(.*?)</blockquote>"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression between(u"(</(?:p|h[1-6])\\s*>)\\s*(<(?:p|h[1-6])\\b[^>]*>)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = quote.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        QString inner = match.captured(1);
        inner.replace(between, u"\\1</blockquote><blockquote>\\2"_s);
        out += u"<blockquote>"_s + inner + u"</blockquote>"_s;
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

// Qt's HTML parser reads a tag name the way it reads an attribute value: quoted (<"pre">) and
// with entities (<&#112;re>). The passes below, which find tags by name, would miss such a tag
// while Qt obeys it (found by tests/fuzz/bodysanitizefuzz: a <"pre"> kept a leading space that
// the second cleaning dropped; a disguised <code> would reach the monospace crash below). A
// quote inside the name is the same trap: Qt reads <l" style="white-space:pre"> as a tag with a
// style, our passes pair the quotes otherwise and miss the rule (found by the same target). The
// '<'s just before such a name go too: in "<<\"" the first would open a tag named by the
// "&lt;" that replaces the second (found by the same target). No real editor writes tag names
// like that, so their "<" becomes text and the words stay visible.
QString withoutDisguisedTagNames(const QString &html)
{
    static const QRegularExpression disguised(u"<(?=[<\\s]*/?[^\\s>/<=\"']*[\"'&])"_s);
    if (!html.contains(disguised))
        return html;
    return QString(html).replace(disguised, u"&lt;"_s);
}

// Monospace elements make QTextDocument ask QFontDatabase for the system's fixed font, which
// crashes without a QGuiApplication (newsdesk-cli importing a Word document with a code run or
// a web page with <pre>). The body keeps no fonts anyway: they become plain spans and
// paragraphs before Qt sees them.
QString withoutMonospace(const QString &html)
{
    static const QRegularExpression probe(u"<\\s*(?:code|pre|tt|kbd|samp|xmp|listing|plaintext)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (!html.contains(probe))
        return html;
    static const QRegularExpression inlineTag(u"<(/?)\\s*(?:code|tt|kbd|samp)\\b[^>]*>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockTag(u"<(/?)\\s*(?:pre|xmp|listing|plaintext)\\b[^>]*>"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    out.replace(inlineTag, u"<\\1span>"_s);
    out.replace(blockTag, u"<\\1p>"_s);
    return out;
}

// CSS `white-space: pre`, `pre-wrap` or `pre-line` (Google Docs puts it on every span, Word
// and LibreOffice in their style sheets) makes Qt keep runs of spaces, tabs and spaces at the
// start of a paragraph. The clean form has no styles, so whatever whitespace such a rule kept
// would collapse when the body is read again: cleaning a clean body would change it (found by
// importfuzz and bodysanitizefuzz). The rule goes from style sheets and style attributes before
// Qt sees them; the text between the tags (a journalist's words) and every other attribute (a
// link's address may hold the same letters, found by bodysanitizefuzz) stay as they are.
QString withoutPreservedWhitespace(const QString &html)
{
    if (!html.contains(u"white-space"_s, Qt::CaseInsensitive))
        return html;
    // A tag ends at the first '>' outside quotes, as for Qt's parser (title="a>b" style="…"),
    // and Qt takes any name for one: "<\uFFFD\uFFFDspan style=…>" is a tag to it too (found by
    // bodysanitizefuzz). Like Qt, only a quote after '=' opens a value: in
    // <a style="white-space:pre"l"> the quote after the l is a letter (found by bodysanitizefuzz).
    static const QRegularExpression markup(u"(<style\\b.*?(?:</style\\s*>|$))"
                                           u"|<(?![/!])(?:[^>\"'=]++|=\\s*+(?:\"[^\"]*+\"|'[^']*+')?|[\"'])*+>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    // One attribute after the other, so that "style=" inside another's quoted value is no match.
    static const QRegularExpression attribute(u"([^\\s=>\"'/]+)"
                                              u"(\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?"_s);
    static const QRegularExpression rule(u"white-space\\s*:"_s, QRegularExpression::CaseInsensitiveOption);
    // An unknown property is ignored by Qt's CSS parser, whatever its value.
    const auto neutralize = [](QStringView css) { return css.toString().replace(rule, u"x-white-space:"_s); };
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    auto it = markup.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (match.capturedLength(1) > 0) { // a style sheet
            out += neutralize(match.capturedView());
            continue;
        }
        const QString tag = match.captured();
        qsizetype from = 0;
        auto attributes = attribute.globalMatch(tag);
        while (attributes.hasNext()) {
            const auto one = attributes.next();
            if (one.capturedLength(2) == 0 || one.capturedView(1).compare(u"style"_s, Qt::CaseInsensitive) != 0)
                continue;
            out += QStringView(tag).mid(from, one.capturedStart(2) - from);
            out += neutralize(one.capturedView(2));
            from = one.capturedEnd(2);
        }
        out += QStringView(tag).mid(from);
    }
    out += QStringView(html).mid(last);
    return out;
}

void parse(QTextDocument &document, const QString &html)
{
    // Without a GUI application (newsdesk-cli, the core's tests) the default font has no size,
    // and the importer then scales subheadings to a negative pixel size, printing
    // "QFont::setPixelSize: Pixel size <= 0" for every <h2>/<h3>. Any real size will do here:
    // these documents are read, not shown.
    QFont font = document.defaultFont();
    if (font.pointSizeF() <= 0 && font.pixelSize() <= 0) {
        font.setPointSize(12);
        document.setDefaultFont(font);
    }
    // Whitespace after the last block would become a trailing space of that block.
    document.setHtml(splitBlockQuotes(withoutPreservedWhitespace(withoutMonospace(withoutDisguisedTagNames(html.trimmed())))));
}
} // namespace

namespace BodyDocument {
void load(QTextDocument &document, const QString &html)
{
    // Parsing the clean form, never the raw input: whatever the input held (scripts, images,
    // styles, remote resources), the document only ever sees the allowed structure. A stored
    // body already is in that form (CleanBody's strict check says so without parsing), and
    // sanitizing it would parse a 20,000-word body twice when an article is opened.
    parse(document, CleanBody::isClean(html) ? html : sanitize(html));
}

QString sanitize(const QString &html)
{
    // What the writer would drop (control characters, noncharacters) goes before parsing:
    // otherwise "a\t\0 b" keeps two spaces that only a second pass collapses, and cleaning
    // a clean body would change it (found by tests/fuzz/ninjsfuzz).
    QString input = html;
    HtmlEscape::removeForbidden(input);
    QTextDocument scratch;
    parse(scratch, input);
    HtmlWriter::Options options;
    options.keepEmptySubheadings = false;
    return HtmlWriter::write(scratch, options);
}

QString toPlainText(const QString &html)
{
    QTextDocument scratch;
    parse(scratch, html);
    return scratch.toPlainText();
}
} // namespace BodyDocument
