#include "pandochtmlreader.h"

#include "body/bodydocument.h"
#include "body/htmlescape.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr auto dotAll = QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption;

QString plain(const QString &html)
{
    return BodyDocument::toPlainText(u"<p>"_s + html + u"</p>"_s).simplified();
}

QString attribute(QStringView tag, const QString &name)
{
    const QRegularExpression re(u"\\b"_s + name + u"=\"([^\"]*)\""_s);
    const auto match = re.matchView(tag);
    return match.hasMatch() ? plain(match.captured(1)) : QString();
}

QString capture(const QString &html, const QString &pattern)
{
    const auto match = QRegularExpression(pattern, dotAll).match(html);
    return match.hasMatch() ? match.captured(1) : QString();
}

// pandoc marks tracked changes and comments with spans (--track-changes=all):
// <span class="insertion|deletion" data-author=…>, <span class="comment-start" data-author=…>
// holding the comment's text, and an empty <span class="comment-end">. One pass keeps the
// final (or the original) text, takes the comments out and counts the changes.
QString resolveSpans(const QString &html, bool accept, DocumentReport &report)
{
    enum class Kind { Other, Insertion, Deletion, Comment, CommentEnd };
    struct Open {
        Kind kind;
        bool drop;
    };
    static const QRegularExpression spanTag(u"<span\\b[^>]*>|</span>"_s, QRegularExpression::CaseInsensitiveOption);
    std::vector<Open> open;
    int dropDepth = 0;
    int commentDepth = 0;
    QString out;
    QString comment;
    QString commentAuthor;
    qsizetype last = 0;
    auto it = spanTag.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        const QStringView between = QStringView(html).mid(last, match.capturedStart() - last);
        if (dropDepth == 0)
            out += between;
        if (commentDepth > 0)
            comment += between;
        last = match.capturedEnd();
        const QStringView tag = match.capturedView();
        if (tag.startsWith(u"</")) {
            if (open.empty())
                continue;
            const Open closing = open.back();
            open.pop_back();
            if (closing.drop)
                --dropDepth;
            if (closing.kind == Kind::Comment && --commentDepth == 0) {
                const QString text = plain(comment);
                report.comments << (commentAuthor.isEmpty() ? text : commentAuthor + u": "_s + text);
                comment.clear();
            } else if (closing.kind == Kind::Other && dropDepth == 0) {
                out += tag;
            }
            if (commentDepth > 0 && closing.kind == Kind::Other)
                comment += tag;
            continue;
        }
        const QString cls = attribute(tag, u"class"_s);
        Kind kind = Kind::Other;
        if (cls == u"insertion"_s)
            kind = Kind::Insertion;
        else if (cls == u"deletion"_s)
            kind = Kind::Deletion;
        else if (cls == u"comment-start"_s)
            kind = Kind::Comment;
        else if (cls == u"comment-end"_s)
            kind = Kind::CommentEnd;
        const bool drop = kind == Kind::Comment || kind == Kind::CommentEnd
            || (kind == Kind::Deletion && accept) || (kind == Kind::Insertion && !accept);
        if ((kind == Kind::Insertion || kind == Kind::Deletion) && dropDepth == 0)
            ++report.trackedChanges;
        if (kind == Kind::Comment && commentDepth++ == 0) {
            commentAuthor = attribute(tag, u"data-author"_s);
            comment.clear();
        } else if (commentDepth > 0 && kind == Kind::Other) {
            comment += tag;
        }
        if (kind == Kind::Other && dropDepth == 0)
            out += tag;
        if (drop)
            ++dropDepth;
        open.push_back({kind, drop});
    }
    if (dropDepth == 0)
        out += QStringView(html).mid(last);
    return out;
}

// Footnote markers become "[1]", the notes paragraphs "[1] …" at the end of the body: a note
// is part of the author's text, but an article has no footnote markup.
QString resolveFootnotes(const QString &html, DocumentReport &report)
{
    static const QRegularExpression ref(u"<a\\b[^>]*class=\"footnote-ref\"[^>]*>\\s*<sup>([^<]*)</sup>\\s*</a>"_s, dotAll);
    static const QRegularExpression section(u"<section\\b[^>]*class=\"footnotes[^\"]*\"[^>]*>(.*?)</section>"_s, dotAll);
    static const QRegularExpression note(u"<li id=\"fn(\\d+)\"[^>]*>(.*?)</li>"_s, dotAll);
    static const QRegularExpression back(u"<a\\b[^>]*class=\"footnote-back\"[^>]*>.*?</a>"_s, dotAll);
    QString out = html;
    out.replace(ref, u"[\\1]"_s);
    const auto found = section.match(out);
    if (!found.hasMatch())
        return out;
    QString notes;
    auto it = note.globalMatch(found.captured(1));
    while (it.hasNext()) {
        const auto match = it.next();
        QString text = match.captured(2);
        text.replace(back, QString());
        ++report.footnotes;
        notes += u"<p>["_s + match.captured(1) + u"] "_s + HtmlEscape::escape(plain(text)) + u"</p>\n"_s;
    }
    out.replace(found.capturedStart(), found.capturedLength(), notes);
    return out;
}

// Images leave the body; the summary lists them and the first one's bytes are kept.
QString takeImages(const QString &html, DocumentReport &report)
{
    // The usual globalMatch() rewrite loop, alike in shape to BodyDocument's on purpose: what each rewrites differs.
    static const QRegularExpression img(u"<img\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dataUrl(u"src=\"data:(image/[a-z+.-]+);base64,([^\"]*)\""_s);
    QString out;
    qsizetype last = 0;
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString tag = match.captured();
        const QString alt = attribute(tag, u"alt"_s);
        const auto data = dataUrl.match(tag);
        const QString type = data.hasMatch() ? data.captured(1) : QString();
        const QByteArray bytes = data.hasMatch() ? QByteArray::fromBase64(data.captured(2).toLatin1()) : QByteArray();
        const int number = int(report.images.size()) + 1;
        QString description = PandocHtmlReader::tr("Image %1").arg(number);
        if (!type.isEmpty())
            description += u" ("_s + type.mid(6).toUpper() + u", "_s + PandocHtmlReader::tr("%1 KB").arg((bytes.size() + 1023) / 1024) + u')';
        if (!alt.isEmpty())
            description += u": „"_s + alt + u"“"_s;
        report.images << description;
        if (report.firstImage.isEmpty() && !bytes.isEmpty()) {
            report.firstImage = bytes;
            report.firstImageName = u"image%1."_s.arg(number) + (type.endsWith(u"png"_s) ? u"png"_s : u"jpg"_s);
        }
    }
    out += QStringView(html).mid(last);
    return out;
}

// The first block, when it is an element of this tag: its inner HTML and where it ends.
struct FirstBlock {
    QString inner;
    qsizetype end = -1;
};

FirstBlock firstBlock(const QString &html, const QString &tag)
{
    const QRegularExpression re(u"^\\s*<"_s + tag + u"\\b[^>]*>(.*?)</"_s + tag + u">"_s, dotAll);
    const auto match = re.match(html);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.capturedEnd()};
}

// A paragraph that is bold throughout: <p><strong>…</strong></p>.
QString wholeBold(const FirstBlock &block)
{
    static const QRegularExpression bold(u"^\\s*<strong>((?:(?!</strong>).)*)</strong>\\s*$"_s, dotAll);
    const auto match = bold.match(block.inner);
    return match.hasMatch() ? plain(match.captured(1)) : QString();
}
} // namespace

PandocHtmlReader::Result PandocHtmlReader::read(const QString &html, TrackedChanges changes)
{
    Result result;
    DocumentReport &report = result.report;
    report.changesAccepted = changes == TrackedChanges::Accept;

    // The document's language (Word's and LibreOffice's language setting), when it names a
    // region as the article's language does ("de-DE", "de-CH").
    static const QRegularExpression lang(u"<html\\b[^>]*\\blang=\"([a-z]{2}-[A-Z]{2})\""_s);
    if (const auto match = lang.match(html); match.hasMatch())
        result.article.language = match.captured(1);

    QString body = html;
    static const QRegularExpression bodyTag(u"<body\\b[^>]*>(.*)</body>"_s, dotAll);
    if (const auto match = bodyTag.match(html); match.hasMatch())
        body = match.captured(1);

    // The title block: pandoc fills it from Title/Subtitle/Author/Abstract paragraphs and from
    // the document properties (docProps/core.xml), which it does not tell apart.
    static const QRegularExpression header(u"<header id=\"title-block-header\">(.*?)</header>"_s, dotAll);
    QString title;
    QString subtitle;
    QString abstract;
    if (const auto match = header.match(body); match.hasMatch()) {
        QString block = resolveSpans(match.captured(1), report.changesAccepted, report);
        title = plain(capture(block, u"<h1 class=\"title\">(.*?)</h1>"_s));
        subtitle = plain(capture(block, u"<p class=\"subtitle\">(.*?)</p>"_s));
        static const QRegularExpression author(u"<p class=\"author\">(.*?)</p>"_s, dotAll);
        auto authors = author.globalMatch(block);
        while (authors.hasNext()) {
            const QString name = plain(authors.next().captured(1));
            if (!name.isEmpty())
                result.article.authors << name;
        }
        block.replace(QRegularExpression(u"<div class=\"abstract-title\">.*?</div>"_s, dotAll), QString());
        abstract = plain(capture(block, u"<div class=\"abstract\">(.*)</div>"_s));
        body.remove(match.capturedStart(), match.capturedLength());
    }

    body = resolveSpans(body, report.changesAccepted, report);
    body = resolveFootnotes(body, report);
    body = takeImages(body, report);
    static const QRegularExpression table(u"<table\\b"_s, QRegularExpression::CaseInsensitiveOption);
    report.tables = int(body.count(table));

    // Headline: the Title, else a first Heading 1, else a first paragraph bold throughout
    // (short enough to be one). A first Heading 1 repeating the Title is not kept twice.
    Article &article = result.article;
    article.headline = title;
    if (const FirstBlock h1 = firstBlock(body, u"h1"_s); h1.end >= 0) {
        const QString text = plain(h1.inner);
        if (title.isEmpty() || text == title) {
            article.headline = text;
            body.remove(0, h1.end);
        }
    }
    article.teaser = !subtitle.isEmpty() ? subtitle : abstract;
    // A first paragraph bold throughout: the headline when there is none yet (then a second
    // one is the teaser), else the teaser.
    for (int round = 0; round < 2 && article.teaser.isEmpty(); ++round) {
        const FirstBlock p = firstBlock(body, u"p"_s);
        const QString bold = p.end >= 0 ? wholeBold(p) : QString();
        if (bold.isEmpty())
            break;
        if (article.headline.isEmpty() && bold.size() <= 200)
            article.headline = bold;
        else
            article.teaser = bold;
        body.remove(0, p.end);
    }

    article.bodyHtml = BodyDocument::sanitize(body);
    static const QRegularExpression markup(u"<\\s*/?\\s*(script|iframe|object|embed|style)\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    report.markupInText = BodyDocument::toPlainText(article.bodyHtml).contains(markup)
        || article.headline.contains(markup) || article.teaser.contains(markup);
    return result;
}
