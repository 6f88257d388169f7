#include "clipboardcleaner.h"

#include "body/bodydocument.h"
#include "import/pandocconverter.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>

#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;
constexpr auto dotAll = QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption;

bool isVoid(const QString &name)
{
    static const QSet<QString> names{u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s, u"img"_s,
                                     u"input"_s, u"link"_s, u"meta"_s, u"param"_s, u"source"_s, u"track"_s,
                                     u"wbr"_s};
    return names.contains(name);
}

// Whole elements that are never article text, wherever they come from.
bool isJunkTag(const QString &name)
{
    static const QSet<QString> names{
        u"head"_s, u"title"_s, u"style"_s, u"script"_s, u"noscript"_s, u"template"_s, u"nav"_s, u"aside"_s,
        u"footer"_s, u"form"_s, u"button"_s, u"iframe"_s, u"object"_s, u"embed"_s, u"svg"_s, u"math"_s,
        u"figure"_s, u"picture"_s, u"video"_s, u"audio"_s, u"canvas"_s, u"select"_s, u"textarea"_s,
        u"input"_s, u"img"_s, u"meta"_s, u"link"_s, u"dialog"_s, u"xml"_s};
    return names.contains(name);
}

// Class or id names of page furniture: ads, share bars, newsletter boxes, cookie banners,
// comment sections, recommendation widgets and tracking pixels.
bool isJunkAttributes(const QString &attributes)
{
    static const QRegularExpression classOrId(u"\\b(?:class|id)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s, caseless);
    static const QRegularExpression junkName(
        u"(?:^|[\\s_-])(?:ad|ads|advert|advertisement|anzeige|banner|share|sharing|social|newsletter|promo|"
        "paywall|cookie|cookies|consent|related|recommendations?|outbrain|taboola|tracking|tracker|pixel|"
        "comments?|breadcrumbs?|skip|sr-only|visually-hidden)(?:$|[\\s_-])"_s,
        caseless);
    // Hidden elements, and Word's comments: their list (mso-element:comment-list) and the
    // [JR1] markers (class=msocomanchor) would otherwise be pasted as text.
    static const QRegularExpression hidden(
        u"display\\s*:\\s*none|visibility\\s*:\\s*hidden|\\baria-hidden\\s*=\\s*[\"']?true|(?:^|\\s)hidden(?:\\s|=|$)"
        u"|mso-element\\s*:\\s*comment|\\bmsocom(?:anchor|off)\\b"_s,
        caseless);
    if (attributes.contains(hidden))
        return true;
    auto it = classOrId.globalMatch(attributes);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString value = match.captured(1) + match.captured(2) + match.captured(3);
        // Google Docs' wrapper id is no junk; "docs-internal-guid" holds none of the names.
        if (value.contains(junkName))
            return true;
    }
    return false;
}

// One pass over the tags: junk elements go with everything inside them, Google Docs' bold
// wrapper is unwrapped, Word's title/quote paragraphs get the tag that says so.
QString filterElements(const QString &html)
{
    static const QRegularExpression token(u"<!--.*?-->|<!\\[[^\\]]*\\]>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>"_s, dotAll);
    struct Open {
        QString name;
        QString replaceClose; // empty: keep the close tag as it is; "-": drop it
    };
    std::vector<Open> open;
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    while (pos < html.size()) {
        const auto match = token.match(html, pos);
        if (!match.hasMatch()) {
            out += QStringView(html).mid(pos);
            break;
        }
        out += QStringView(html).mid(pos, match.capturedStart() - pos);
        pos = match.capturedEnd();
        if (match.capturedLength(2) == 0)
            continue; // comments and Word's <![if …]> markers: nothing of the text
        const QString name = match.captured(2).toLower();
        const QString attributes = match.captured(3);
        const bool closing = match.capturedLength(1) > 0;
        if (closing) {
            // Close up to the matching open element (HTML from the wild omits closing tags).
            for (qsizetype i = qsizetype(open.size()) - 1; i >= 0; --i) {
                if (open[i].name != name)
                    continue;
                const QString replace = open[i].replaceClose;
                open.resize(i);
                if (replace.isEmpty())
                    out += match.capturedView();
                else if (replace != u"-"_s)
                    out += replace;
                break;
            }
            continue;
        }
        if (name.contains(u':'))
            continue; // Office namespaces: <o:p>, <w:sdt>, <v:shape>
        if (isJunkTag(name) || isJunkAttributes(attributes)) {
            if (isVoid(name) || attributes.endsWith(u'/'))
                continue;
            // Skip to the matching close tag, counting nested elements of the same name.
            const QRegularExpression same(u"<(/?)"_s + QRegularExpression::escape(name) + u"\\b[^>]*>"_s, caseless);
            int depth = 1;
            auto inner = same.globalMatch(html, pos);
            qsizetype end = html.size();
            while (inner.hasNext()) {
                const auto tag = inner.next();
                depth += tag.capturedLength(1) > 0 ? -1 : 1;
                if (depth == 0) {
                    end = tag.capturedEnd();
                    break;
                }
            }
            pos = end;
            continue;
        }
        if (name == u"b"_s && attributes.contains(u"docs-internal-guid"_s)) {
            open.push_back({name, u"-"_s});
            continue;
        }
        static const QRegularExpression wordClass(u"\\bclass\\s*=\\s*[\"']?(Mso(?:Title|Subtitle|Quote|IntenseQuote))\\b"_s);
        if (name == u"p"_s) {
            const auto cls = wordClass.match(attributes);
            if (cls.hasMatch()) {
                const QString kind = cls.captured(1);
                const QString tag = kind == u"MsoTitle"_s ? u"h1"_s : kind == u"MsoSubtitle"_s ? u"h2"_s : u"blockquote"_s;
                out += u'<' + tag + u'>';
                open.push_back({name, u"</"_s + tag + u'>'});
                continue;
            }
        }
        if (!isVoid(name) && !attributes.endsWith(u'/'))
            open.push_back({name, QString()});
        out += match.capturedView();
    }
    return out;
}

QString textOf(const QString &html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.remove(tags);
    text.replace(u"&nbsp;"_s, u" "_s).replace(QChar(0xA0), u' ');
    return text.trimmed();
}
} // namespace

QString ClipboardCleaner::convertWordLists(const QString &html)
{
    if (!html.contains(u"mso-list"_s, Qt::CaseInsensitive))
        return html;
    static const QRegularExpression paragraph(u"<p\\b([^>]*)>(.*?)</p>"_s, dotAll);
    static const QRegularExpression listStyle(u"mso-list\\s*:\\s*(l\\d+)\\s+level(\\d+)"_s, caseless);
    static const QRegularExpression bullet(
        u"<!(?:--)?\\[if !supportLists\\](?:--)?>(.*?)<!(?:--)?\\[endif\\](?:--)?>"_s, dotAll);
    static const QRegularExpression numbered(u"^\\(?(?:[0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]$"_s);

    struct Level {
        int level;
        bool ordered;
        QString id;
    };
    std::vector<Level> open;
    QString out;
    out.reserve(html.size());
    const auto closeAll = [&] {
        while (!open.empty()) {
            out += open.back().ordered ? u"</li></ol>"_s : u"</li></ul>"_s;
            open.pop_back();
        }
    };
    qsizetype last = 0;
    auto it = paragraph.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        const QStringView between = QStringView(html).mid(last, match.capturedStart() - last);
        const auto list = listStyle.match(match.captured(1));
        if (!list.hasMatch() || !between.trimmed().isEmpty())
            closeAll();
        out += between;
        last = match.capturedEnd();
        if (!list.hasMatch()) {
            out += match.capturedView();
            continue;
        }
        QString content = match.captured(2);
        const auto typed = bullet.match(content);
        const bool ordered = typed.hasMatch() && textOf(typed.captured(1)).contains(numbered);
        if (typed.hasMatch())
            content.remove(typed.capturedStart(), typed.capturedLength());
        const int level = std::max(1, list.captured(2).toInt());
        const QString id = list.captured(1);
        while (!open.empty() && open.back().level > level) {
            out += open.back().ordered ? u"</li></ol>"_s : u"</li></ul>"_s;
            open.pop_back();
        }
        if (!open.empty() && open.back().level == level) {
            if (open.back().ordered == ordered && open.back().id == id) {
                out += u"</li><li>"_s + content;
                continue;
            }
            out += open.back().ordered ? u"</li></ol>"_s : u"</li></ul>"_s;
            open.pop_back();
        }
        out += (ordered ? u"<ol><li>"_s : u"<ul><li>"_s) + content;
        open.push_back({level, ordered, id});
    }
    closeAll();
    out += QStringView(html).mid(last);
    return out;
}

QString ClipboardCleaner::removeJunk(const QString &html)
{
    return filterElements(html);
}

QString ClipboardCleaner::cleanHtml(const QString &html)
{
    // Lists first: Word's typed bullets sit in conditional comments that the filter drops.
    QString clean = removeJunk(convertWordLists(html));
    // Line wraps next to block tags (Word and LibreOffice wrap their HTML at 80 columns, and
    // the <o:p> they leave behind) would end up as a space at the end of a paragraph.
    static const QRegularExpression blockSpace(
        u"\\s+(</?(?:p|li|ul|ol|h[1-6]|blockquote|div|body|br|tr|td|th|table|section|article|header)\\b[^>]*>)"_s,
        caseless);
    static const QRegularExpression spaceAfterBlock(
        u"(</?(?:p|li|ul|ol|h[1-6]|blockquote|div|body|br|tr|td|th|table|section|article|header)\\b[^>]*>)\\s+"_s,
        caseless);
    clean.replace(blockSpace, u"\\1"_s);
    clean.replace(spaceAfterBlock, u"\\1"_s);
    return BodyDocument::sanitize(clean);
}

ClipboardCleaner::Paste ClipboardCleaner::forBody(const QMimeData &data, const PandocConverter &pandoc)
{
    Paste paste;
    if (data.hasHtml()) {
        paste.html = cleanHtml(data.html());
        if (!paste.html.trimmed().isEmpty() || !data.hasText())
            return paste;
    }
    for (const QString &type : {u"text/rtf"_s, u"application/rtf"_s, u"text/richtext"_s}) {
        if (!data.hasFormat(type) || !pandoc.isAvailable())
            continue;
        const PandocConverter::Result converted = pandoc.toHtml(data.data(type), u"rtf"_s);
        if (converted.ok()) {
            paste.html = cleanHtml(converted.html);
            if (!paste.html.trimmed().isEmpty())
                return paste;
        }
        break;
    }
    paste.html.clear();
    paste.text = data.text();
    return paste;
}

QString ClipboardCleaner::foldLines(const QString &text)
{
    // Breaks at either end go (a copied line often ends with one); a space typed before the
    // pasted words stays, so that "Eins" + " zwei" reads "Eins zwei".
    static const QRegularExpression edges(u"^[\\r\\n\\x{2028}\\x{2029}\\x{000B}\\x{000C}]+|[\\r\\n\\x{2028}\\x{2029}\\x{000B}\\x{000C}]+$"_s);
    static const QRegularExpression breaks(u"\\s*[\\r\\n\\x{2028}\\x{2029}\\x{000B}\\x{000C}]+\\s*"_s);
    QString result = text;
    result.remove(edges);
    result.replace(breaks, u" "_s);
    result.replace(u'\t', u' ');
    return result;
}

bool ClipboardCleaner::holdsFiles(const QMimeData &data)
{
    if (!data.hasUrls())
        return false;
    const QList<QUrl> urls = data.urls();
    return std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

QString ClipboardCleaner::forSingleLine(const QMimeData &data)
{
    if (data.hasText())
        return foldLines(data.text());
    if (data.hasHtml())
        return foldLines(BodyDocument::toPlainText(cleanHtml(data.html())));
    return {};
}
