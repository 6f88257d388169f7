#include "pagebuilder.h"

#include "body/htmlwriter.h"
#include "export/articlejsonld.h"
#include "export/htmlexporter.h"
#include "export/slug.h"
#include "photo/photometadatareader.h"
#include "readingtime.h"
#include "text/textlength.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int preferredImageWidth = 800;
} // namespace

PageBuilder::PageBuilder(const ExportRequest &request, const ExportOptions &options)
    : m_article(request.article)
    , m_related(request.relatedArticles)
    , m_relatedSlugs(request.relatedSlugs)
    , m_options(options)
    // Quotation marks and spacing follow the article's language: a de-CH article gets «…».
    , m_typography(options.typography, Typography::styleFor(PageText::languageTag(request.article.language)))
    , m_zone(QTimeZone(options.timeZoneId).isValid() ? QTimeZone(options.timeZoneId) : QTimeZone::systemTimeZone())
{
    m_language = PageText::languageTag(m_article.language);
    m_labels.german = m_language.startsWith(u"de"_s, Qt::CaseInsensitive);
    m_slug = request.slug.isEmpty() ? Slug::fromHeadline(m_article.headline) : request.slug;
    m_headline = m_article.headline.simplified();
    if (m_headline.isEmpty())
        m_headline = m_labels.untitled();
    m_teaser = m_article.teaser.simplified();
    m_body = PageText::typesetBody(m_article.bodyHtml, m_typography);
    m_words = TextLength::words(m_article.teaser) + TextLength::words(m_body.plainText);
    m_minutes = ReadingTime().minutesForWords(m_words);
}

bool PageBuilder::preparePhoto(bool resize, QString *error)
{
    if (m_article.photo.isEmpty())
        return true;
    m_photo.emplace(m_article.photo, m_slug);
    if (m_options.photoMetadata) {
        RenditionMetadata metadata = RenditionMetadata::forPhoto(m_article.photo,
                                                                 PhotoMetadataReader::read(m_article.photo.data));
        metadata.keepLocation = m_options.keepPhotoGps;
        m_photo->setMetadata(metadata);
    }
    const bool ok = resize ? m_photo->resize(m_options.imageWidths, m_options.jpegQuality, m_options.webp)
                           : m_photo->copyOriginal();
    if (!ok)
        *error = m_photo->error();
    return ok;
}

void PageBuilder::usePreviewPhoto(const QUrl &url)
{
    if (m_article.photo.isEmpty())
        return;
    m_previewPhotoUrl = url;
}

QString PageBuilder::articleElement(bool preview) const
{
    QString out;
    out.reserve(m_body.html.size() + 4096);
    out += u"<article lang=\""_s + PageText::escape(m_language) + u"\">\n<header>\n"_s;
    if (!m_article.section.simplified().isEmpty())
        out += u"<p class=\"section\">"_s + text(m_article.section.simplified()) + u"</p>\n"_s;
    if (!m_article.kicker.simplified().isEmpty())
        out += u"<p class=\"kicker\">"_s + text(m_article.kicker.simplified()) + u"</p>\n"_s;
    out += u"<h1>"_s + text(m_headline) + u"</h1>\n"_s;
    if (!m_teaser.isEmpty())
        out += u"<p class=\"teaser\">"_s + text(m_teaser) + u"</p>\n"_s;
    const QStringList authors = PageText::cleanList(m_article.authors);
    const QString dateline = m_article.dateline.simplified();
    if (!authors.isEmpty() || !dateline.isEmpty()) {
        out += u"<p class=\"byline\">"_s;
        if (!authors.isEmpty())
            out += m_labels.by() + u' ' + u"<span class=\"author\">"_s
                + text(PageText::joinNames(authors, m_labels)) + u"</span>"_s;
        if (!authors.isEmpty() && !dateline.isEmpty())
            out += u", "_s;
        if (!dateline.isEmpty())
            out += u"<span class=\"dateline\">"_s + text(dateline) + u"</span>"_s;
        out += u"</p>\n"_s;
    }
    out += u"<p class=\"meta\">"_s;
    const QDateTime shown = displayDate();
    if (shown.isValid())
        out += timeElement(shown, m_labels.dateTimeFormat()) + (m_minutes > 0 ? u" · "_s : QString());
    // No reading time without words.
    if (m_minutes > 0)
        out += u"<span class=\"reading-time\">"_s + PageText::escape(m_labels.readingTime(m_minutes)) + u"</span>"_s;
    out += u"</p>\n"_s;
    out += u"</header>\n"_s;
    out += figure(preview);
    out += u"<div class=\"body\">\n"_s + m_body.html + u"</div>\n"_s;
    out += aside();
    out += u"</article>\n"_s;
    return out;
}

QString PageBuilder::head() const
{
    QString out;
    const QUrl canonical = HtmlExporter::canonicalUrl(m_options, m_slug);
    const QString headline = m_headline;
    const auto meta = [&out](const QString &kind, const QString &key, const QString &value) {
        if (!value.isEmpty())
            out += u"<meta "_s + kind + u"=\""_s + key + u"\" content=\""_s + PageText::escape(value) + u"\">\n"_s;
    };
    meta(u"name"_s, u"description"_s, m_teaser);
    if (!canonical.isEmpty())
        out += u"<link rel=\"canonical\" href=\""_s + PageText::escape(canonical.toString(QUrl::FullyEncoded)) + u"\">\n"_s;
    meta(u"property"_s, u"og:type"_s, u"article"_s);
    meta(u"property"_s, u"og:title"_s, headline);
    meta(u"property"_s, u"og:description"_s, m_teaser);
    meta(u"property"_s, u"og:locale"_s, QString(m_language).replace(u'-', u'_'));
    if (!canonical.isEmpty())
        meta(u"property"_s, u"og:url"_s, canonical.toString(QUrl::FullyEncoded));
    const QString image = imageUrl();
    if (!image.isEmpty()) {
        meta(u"property"_s, u"og:image"_s, image);
        meta(u"property"_s, u"og:image:alt"_s, altText());
    }
    if (m_article.published.isValid())
        meta(u"property"_s, u"article:published_time"_s, isoDate(m_article.published));
    if (m_article.modified.isValid())
        meta(u"property"_s, u"article:modified_time"_s, isoDate(m_article.modified));
    meta(u"property"_s, u"article:section"_s, m_article.section.simplified());
    for (const QString &tag : PageText::cleanList(m_article.tags))
        meta(u"property"_s, u"article:tag"_s, tag);
    meta(u"name"_s, u"twitter:card"_s, image.isEmpty() ? u"summary"_s : u"summary_large_image"_s);
    meta(u"name"_s, u"twitter:title"_s, headline);
    meta(u"name"_s, u"twitter:description"_s, m_teaser);
    if (!image.isEmpty()) {
        meta(u"name"_s, u"twitter:image"_s, image);
        meta(u"name"_s, u"twitter:image:alt"_s, altText());
    }
    out += u"<script type=\"application/ld+json\">"_s
        + QString::fromUtf8(HtmlExporter::escapeJsonForScript(jsonLd(canonical, image))) + u"</script>"_s;
    return out;
}

QDateTime PageBuilder::displayDate() const
{
    if (m_article.published.isValid())
        return m_article.published;
    if (m_article.modified.isValid())
        return m_article.modified;
    return m_article.created;
}

QString PageBuilder::isoDate(const QDateTime &dateTime) const
{
    return dateTime.toTimeZone(m_zone).toString(Qt::ISODate);
}

QString PageBuilder::timeElement(const QDateTime &dateTime, const QString &format) const
{
    const QDateTime local = dateTime.toTimeZone(m_zone);
    return u"<time datetime=\""_s + local.toString(Qt::ISODate) + u"\">"_s + local.toString(format) + u"</time>"_s;
}

QString PageBuilder::altText() const
{
    const QString alt = m_article.photo.altText.simplified();
    return alt.isEmpty() ? m_article.photo.caption.simplified() : alt;
}

QString PageBuilder::imageUrl() const
{
    if (!m_photo || m_photo->renditions().isEmpty())
        return {};
    const QString file = m_photo->renditions().last().fileName;
    const QUrl canonical = HtmlExporter::canonicalUrl(m_options, m_slug);
    return canonical.isEmpty() ? file : canonical.resolved(QUrl(file)).toString(QUrl::FullyEncoded);
}

QString PageBuilder::figure(bool preview) const
{
    if (m_article.photo.isEmpty())
        return {};
    QString out = u"<figure>\n"_s;
    if (preview) {
        out += u"<img src=\""_s + PageText::escape(m_previewPhotoUrl.toString()) + u"\" alt=\""_s + PageText::escape(altText())
            + u"\" width=\"480\">\n"_s;
    } else if (m_photo && !m_photo->renditions().isEmpty()) {
        const auto &renditions = m_photo->renditions();
        const PhotoRenditions::Rendition *src = m_photo->fallback(preferredImageWidth);
        const auto srcsetOf = [](const QList<PhotoRenditions::Rendition> &list) {
            QStringList srcset;
            for (const auto &rendition : list)
                srcset << QString::fromUtf8(QUrl::toPercentEncoding(rendition.fileName, "-._~")) + u' '
                        + QString::number(rendition.width) + u'w';
            return srcset.join(u", "_s);
        };
        static const QString sizes = u"(min-width: 700px) 672px, 100vw"_s;
        const bool webp = !m_photo->webpRenditions().isEmpty();
        // Browsers that read WebP take the smaller files; the others fall back to the JPEGs.
        if (webp)
            out += u"<picture>\n<source type=\"image/webp\" srcset=\""_s + srcsetOf(m_photo->webpRenditions())
                + u"\" sizes=\""_s + sizes + u"\">\n"_s;
        const auto &largest = renditions.last();
        out += u"<img src=\""_s + QString::fromUtf8(QUrl::toPercentEncoding(src->fileName, "-._~"))
            + u"\" srcset=\""_s + srcsetOf(renditions) + u"\" sizes=\""_s + sizes + u"\" alt=\""_s + PageText::escape(altText())
            + u"\" width=\""_s + QString::number(largest.width) + u"\" height=\""_s + QString::number(largest.height)
            // The lead photo is above the fold: load it at once, decode off the main thread.
            + u"\" loading=\"eager\" decoding=\"async\">\n"_s;
        if (webp)
            out += u"</picture>\n"_s;
    }
    const QString caption = m_article.photo.caption.simplified();
    QString credit = m_article.photo.credit.simplified();
    if (!caption.isEmpty() || !credit.isEmpty()) {
        out += u"<figcaption>"_s;
        if (!caption.isEmpty())
            out += u"<span class=\"caption\">"_s + text(caption) + u"</span>"_s;
        if (!caption.isEmpty() && !credit.isEmpty())
            out += u' ';
        if (!credit.isEmpty()) {
            if (!credit.startsWith(m_labels.photo(), Qt::CaseInsensitive))
                credit = m_labels.photo() + u' ' + credit;
            out += u"<span class=\"credit\">"_s + text(credit) + u"</span>"_s;
        }
        out += u"</figcaption>\n"_s;
    }
    out += u"</figure>\n"_s;
    return out;
}

QString PageBuilder::relatedHref(const Article &related) const
{
    // The same address either way: the canonical base URL (when set) plus the slug the
    // related page has, which a batch export may have made unique ("…-2").
    const QString slug = m_relatedSlugs.value(related.id, Slug::fromHeadline(related.headline));
    const QUrl canonical = HtmlExporter::canonicalUrl(m_options, slug);
    return canonical.isEmpty() ? slug + u".html"_s : canonical.toString(QUrl::FullyEncoded);
}

QString PageBuilder::aside() const
{
    QString articles;
    QString links;
    for (const RelatedLink &link : m_article.related) {
        if (link.isInternal()) {
            const auto found = std::find_if(m_related.cbegin(), m_related.cend(),
                                            [&link](const Article &a) { return a.id == link.articleId; });
            if (found == m_related.cend())
                continue;
            const Article &related = *found;
            const QString headline = related.headline.simplified().isEmpty() ? m_labels.untitled()
                                                                               : related.headline.simplified();
            articles += u"<li>\n"_s;
            if (!related.section.simplified().isEmpty())
                articles += u"<p class=\"section\">"_s + text(related.section.simplified()) + u"</p>\n"_s;
            articles += u"<h3><a href=\""_s + PageText::escape(relatedHref(related)) + u"\">"_s + text(headline) + u"</a></h3>\n"_s;
            const QDateTime date = related.published.isValid() ? related.published : related.modified;
            if (date.isValid())
                articles += u"<p class=\"meta\">"_s + timeElement(date, m_labels.dateFormat()) + u"</p>\n"_s;
            if (!related.teaser.simplified().isEmpty())
                articles += u"<p>"_s + text(related.teaser.simplified()) + u"</p>\n"_s;
            articles += u"</li>\n"_s;
        } else {
            const QString href = link.url.toString(QUrl::FullyEncoded);
            QString title = link.title.simplified();
            if (title.isEmpty())
                title = link.url.toDisplayString();
            if (title.isEmpty())
                continue;
            if (HtmlWriter::isSafeHref(href))
                links += u"<li><a href=\""_s + PageText::escape(href) + u"\">"_s + text(title) + u"</a></li>\n"_s;
            else
                links += u"<li>"_s + text(title) + u"</li>\n"_s;
        }
    }
    if (articles.isEmpty() && links.isEmpty())
        return {};
    QString out = u"<aside class=\"related\">\n<h2>"_s + PageText::escape(m_labels.related()) + u"</h2>\n"_s;
    if (!articles.isEmpty())
        out += u"<ul class=\"related-articles\">\n"_s + articles + u"</ul>\n"_s;
    if (!links.isEmpty())
        out += u"<ul class=\"related-links\">\n"_s + links + u"</ul>\n"_s;
    out += u"</aside>\n"_s;
    return out;
}

QByteArray PageBuilder::jsonLd(const QUrl &canonical, const QString &image) const
{
    ArticleJsonLd ld;
    ld.headline = m_headline;
    ld.description = m_teaser;
    ld.section = m_article.section.simplified();
    ld.language = m_language;
    ld.url = canonical.isEmpty() ? QString() : canonical.toString(QUrl::FullyEncoded);
    ld.image = image;
    ld.authors = PageText::cleanList(m_article.authors);
    ld.keywords = PageText::cleanList(m_article.tags);
    if (m_article.published.isValid())
        ld.datePublished = isoDate(m_article.published);
    if (m_article.modified.isValid())
        ld.dateModified = isoDate(m_article.modified);
    ld.minutes = m_minutes;
    ld.words = m_words;
    return ld.toJson();
}
