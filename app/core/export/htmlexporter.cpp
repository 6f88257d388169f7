#include "htmlexporter.h"

#include "body/htmlescape.h"
#include "export/pagebuilder.h"
#include "export/pagetemplates.h"

using namespace Qt::StringLiterals;

// The page is made by PageBuilder (head and article element) from PageText's pieces and
// ArticleJsonLd, and put into PageTemplates' template; this file ties them together.

QString HtmlExporter::id() const
{
    return u"html"_s;
}

QString HtmlExporter::displayName() const
{
    return tr("HTML page");
}

QString HtmlExporter::fileExtension() const
{
    return u"html"_s;
}

QUrl HtmlExporter::canonicalUrl(const ExportOptions &options, const QString &slug)
{
    if (options.baseUrl.isEmpty() || !options.baseUrl.isValid())
        return {};
    QUrl base = options.baseUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(slug + u".html"_s));
}

QByteArray HtmlExporter::escapeJsonForScript(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + 32);
    for (const char c : json) {
        switch (c) {
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        default: out += c;
        }
    }
    return out;
}

ExportResult HtmlExporter::exportArticle(const ExportRequest &request, const ExportOptions &options) const
{
    ExportResult result;
    PageBuilder builder(request, options);
    result.fileName = builder.slug() + u".html"_s;
    result.mimeType = u"text/html"_s;
    if (!builder.preparePhoto(options.resizeImages, &result.error))
        return result;

    QString html;
    if (options.fragment) {
        html = builder.articleElement(false);
    } else {
        const PageTemplates templates = PageTemplates::load(options);
        if (!templates.error.isEmpty()) {
            result.error = templates.error;
            return result;
        }
        html = PageTemplates::fill(templates.page, {
                                                {u"lang"_s, PageText::escape(builder.language())},
                                                {u"title"_s, builder.title()},
                                                {u"head"_s, builder.head()},
                                                {u"style"_s, templates.style},
                                                {u"article"_s, builder.articleElement(false)},
                                            });
    }
    HtmlEscape::removeForbidden(html);
    result.data = html.toUtf8();
    if (builder.photo()) {
        for (const auto &rendition : builder.photo()->renditions())
            result.extraFiles.append({rendition.fileName, rendition.data});
        for (const auto &rendition : builder.photo()->webpRenditions())
            result.extraFiles.append({rendition.fileName, rendition.data});
    }
    return result;
}

QUrl HtmlExporter::previewPhotoUrl()
{
    return QUrl(u"newsdesk-preview:photo"_s);
}

QString HtmlExporter::previewHtml(const Article &article, const QList<Article> &relatedArticles,
                                  const ExportOptions &options) const
{
    ExportRequest request{article, relatedArticles, QString(), {}};
    PageBuilder builder(request, options);
    builder.usePreviewPhoto(previewPhotoUrl());
    // QTextBrowser understands a small CSS subset; enough to show the hierarchy.
    static const QString style = u"<style>"
                                 ".section{color:#4a4a4a;font-size:small;text-transform:uppercase}"
                                 ".kicker{color:#8a1c1c;font-weight:bold}"
                                 ".teaser{font-weight:bold}"
                                 ".byline,.meta,figcaption{color:#4a4a4a;font-size:small}"
                                 "blockquote{font-style:italic;margin-left:16px}"
                                 "</style>\n"_s;
    QString html = style + builder.articleElement(true);
    HtmlEscape::removeForbidden(html);
    return html;
}
