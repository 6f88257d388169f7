#include "htmlwriter.h"

#include "htmlescape.h"

#include <QFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QUrl>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    QString text;
    bool bold = false;
    bool italic = false;
    QString href; // empty: no link, or an unsafe one reduced to text
};

bool isBold(const QTextCharFormat &format)
{
    return format.fontWeight() >= QFont::DemiBold;
}

std::vector<Run> runsOf(const QTextBlock &block, bool inHeading)
{
    std::vector<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            continue;
        Run run;
        run.text = fragment.text();
        // Headings are bold by nature; a <strong> inside an <h2> would be noise.
        run.bold = !inHeading && isBold(format);
        run.italic = format.fontItalic();
        if (format.isAnchor() && HtmlWriter::isSafeHref(format.anchorHref()))
            run.href = format.anchorHref().trimmed();
        if (!runs.empty() && runs.back().bold == run.bold && runs.back().italic == run.italic
            && runs.back().href == run.href) {
            runs.back().text += run.text;
        } else {
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

// Whether writeText() would write anything but whitespace: a block holding only an image's
// object character or control characters comes out as <p></p>, which the next cleaning drops
// (found by tests/fuzz/bodysanitizefuzz: an unclosed "<img").
bool carriesText(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return !c.isSpace() && c.unicode() != 0xFFFC && !HtmlEscape::isC0Control(c.unicode());
    });
}

void writeText(QStringView text, QString &out)
{
    for (const QChar c : text) {
        if (const QStringView entity = HtmlEscape::entity(c.unicode()); !entity.isEmpty()) {
            out += entity;
            continue;
        }
        switch (c.unicode()) {
        case 0x2028: out += u"<br>"_s; break; // line break inside a paragraph (Shift+Enter)
        case 0xFFFC: break; // object replacement: images and other objects are not body text
        case u'\t': out += u' '; break;
        default:
            // C0 control characters have no place in published text. (C1 ones stay in the
            // stored body as they always have; the export drops them from the page.)
            if (!HtmlEscape::isC0Control(c.unicode()) || c == u'\n')
                out += c;
        }
    }
}

void writeInline(const QTextBlock &block, bool inHeading, QString &out)
{
    for (const Run &run : runsOf(block, inHeading)) {
        if (!run.href.isEmpty())
            out += u"<a href=\""_s + HtmlWriter::escape(run.href) + u"\">"_s;
        if (run.bold)
            out += u"<strong>"_s;
        if (run.italic)
            out += u"<em>"_s;
        writeText(run.text, out);
        if (run.italic)
            out += u"</em>"_s;
        if (run.bold)
            out += u"</strong>"_s;
        if (!run.href.isEmpty())
            out += u"</a>"_s;
    }
}

struct OpenList {
    QTextList *list;
    int indent;
    bool ordered;
};

bool isOrdered(const QTextList *list)
{
    const auto style = list->format().style();
    return style != QTextListFormat::ListDisc && style != QTextListFormat::ListCircle
        && style != QTextListFormat::ListSquare;
}
} // namespace

QString HtmlWriter::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    writeText(text, out);
    return out;
}

bool HtmlWriter::isSafeHref(const QString &href)
{
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto"_s)
        return !url.path().isEmpty();
    return (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

int HtmlWriter::headingLevel(const QTextBlock &block)
{
    const int level = block.blockFormat().headingLevel();
    if (level <= 0)
        return 0;
    // The headline is the page's h1: a pasted h1 becomes a subheading, h4-h6 become h3.
    return level <= 2 ? 2 : 3;
}

bool HtmlWriter::isBlockQuote(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
}

QString HtmlWriter::write(const QTextDocument &document)
{
    return write(document, Options());
}

QString HtmlWriter::write(const QTextDocument &document, const Options &options)
{
    QString out;
    out.reserve(document.characterCount() + document.characterCount() / 4);
    const QString newline = options.newlineBetweenBlocks ? u"\n"_s : QString();
    std::vector<OpenList> lists;
    bool inQuote = false;

    const auto closeList = [&] {
        out += lists.back().ordered ? u"</li></ol>"_s : u"</li></ul>"_s;
        lists.pop_back();
        if (lists.empty())
            out += newline;
    };

    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        const bool empty = !carriesText(block.text());
        const int level = list ? 0 : headingLevel(block);
        // A block that is not written leaves the structure around it alone: closing a quote or
        // a list for it would split what the next cleaning joins again (found by
        // bodysanitizefuzz: two quotes around a dropped empty paragraph). An empty list item
        // carries nothing, and Qt's importer drops one that follows a nested list (importfuzz);
        // an empty subheading is kept so that validation can point at it.
        if (empty && (list || level == 0 || !options.keepEmptySubheadings))
            continue;
        const bool quote = !list && isBlockQuote(block);
        if (!list) {
            while (!lists.empty())
                closeList();
        }
        if (inQuote && !quote) {
            out += u"</blockquote>"_s + newline;
            inQuote = false;
        }
        if (list) {
            const int indent = list->format().indent();
            while (!lists.empty() && (lists.back().indent > indent
                                      || (lists.back().indent == indent && lists.back().list != list)))
                closeList();
            if (!lists.empty() && lists.back().list == list) {
                out += u"</li>"_s + newline + u"<li>"_s;
            } else {
                const bool ordered = isOrdered(list);
                out += ordered ? u"<ol>"_s : u"<ul>"_s;
                out += newline + u"<li>"_s;
                lists.push_back({list, indent, ordered});
            }
            writeInline(block, false, out);
            continue;
        }
        if (quote && !inQuote) {
            out += u"<blockquote>"_s + newline;
            inQuote = true;
        }
        const QString tag = level == 2 ? u"h2"_s : level == 3 ? u"h3"_s : u"p"_s;
        out += u'<' + tag + u'>';
        writeInline(block, level > 0, out);
        out += u"</"_s + tag + u'>' + newline;
    }
    while (!lists.empty())
        closeList();
    if (inQuote)
        out += u"</blockquote>"_s + newline;
    return out;
}
