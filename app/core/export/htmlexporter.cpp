#include "htmlexporter.h"

#include "body/bodydocument.h"
#include "body/cleanbody.h"
#include "body/htmlescape.h"
#include "body/htmlwriter.h"
#include "export/photorenditions.h"
#include "photo/photometadatareader.h"
#include "export/slug.h"
#include "export/typography.h"
#include "i18n/germanformat.h"
#include "readingtime.h"
#include "text/textlength.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString builtinTemplates = u":/newsdesk/export/"_s;
constexpr int preferredImageWidth = 800;

// Page labels follow the article's language, not the editor's: a German article exported
// from an English desktop still says "Lesezeit". Not tr(): they are content, not UI.
struct Labels {
    bool german = true;

    [[nodiscard]] QString readingTime(int minutes) const
    {
        // The editor's German form ("Lesezeit: 3 Min."): one spelling everywhere.
        return german ? u"Lesezeit: %1 Min."_s.arg(minutes) : u"Reading time: %1 min"_s.arg(minutes);
    }
    [[nodiscard]] QString by() const { return german ? u"Von"_s : u"By"_s; }
    [[nodiscard]] QString andWord() const { return german ? u"und"_s : u"and"_s; }
    [[nodiscard]] QString photo() const { return german ? u"Foto:"_s : u"Photo:"_s; }
    [[nodiscard]] QString related() const { return german ? u"Mehr zum Thema"_s : u"Related"_s; }
    [[nodiscard]] QString untitled() const { return german ? u"Ohne Überschrift"_s : u"Untitled"_s; } // as the editor's list
    [[nodiscard]] QString dateTimeFormat() const
    {
        return german ? GermanFormat::DateTimePattern.toString() : u"yyyy-MM-dd HH:mm"_s;
    }
    [[nodiscard]] QString dateFormat() const { return german ? GermanFormat::DatePattern.toString() : u"yyyy-MM-dd"_s; }
};

// A language tag that validators accept; anything else falls back to German.
QString languageTag(const QString &language)
{
    static const QRegularExpression bcp47(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    const QString tag = language.trimmed();
    return bcp47.match(tag).hasMatch() ? tag : u"de-DE"_s;
}

// Escapes for text and double-quoted attributes alike. Line and paragraph separators become
// spaces (no markup in attributes); the whole page is cleaned of forbidden code points later.
void appendEscaped(QString &out, QStringView text)
{
    // Runs of plain characters are copied at once: most text has nothing to escape.
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        QStringView replacement = HtmlEscape::entity(c);
        if (replacement.isEmpty()) {
            if (c != 0x2028 && c != 0x2029 && c != u'\t' && c != u'\n' && c != u'\r')
                continue;
            replacement = u" ";
        }
        out += text.mid(plainStart, i - plainStart);
        out += replacement;
        plainStart = i + 1;
    }
    out += text.mid(plainStart);
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text);
    return out;
}

// A JSON string literal, escaped as QJsonDocument escapes it.
void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default:
            if (u < 0x20)
                out += u"\\u00"_s + QString::number(u, 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    out += u'"';
}

bool isBlockTag(QStringView tag)
{
    static constexpr QStringView blocks[]{u"p", u"h2", u"h3", u"li", u"blockquote", u"ul", u"ol", u"br"};
    QStringView name = tag.mid(1);
    if (name.startsWith(u'/'))
        name = name.mid(1);
    qsizetype end = 0;
    while (end < name.size() && name.at(end).isLetterOrNumber())
        ++end;
    name = name.left(end);
    return std::any_of(std::begin(blocks), std::end(blocks),
                       [name](QStringView block) { return name.compare(block, Qt::CaseInsensitive) == 0; });
}

// The sanitized body with typography applied to its text nodes only. HtmlWriter escapes '<'
// and '>' in text and attributes, so every '<' in its output starts a tag.
struct Body {
    QString html;
    QString plainText;
};

Body processBody(const QString &bodyHtml, const Typography &typography)
{
    Body body;
    // Stored bodies are clean already; only what the strict check rejects pays for a parse.
    QString clean = CleanBody::isClean(bodyHtml) ? bodyHtml : BodyDocument::sanitize(bodyHtml);
    if (clean.contains(u"></h"_s)) {
        // The editor keeps empty subheadings so that validation can point at them; a published
        // page must not have them (an empty heading is announced, and checkers flag it).
        static const QRegularExpression emptyHeading(u"<h([23])>\\s*</h\\1>\n?"_s);
        clean.remove(emptyHeading);
    }
    body.html.reserve(clean.size() + clean.size() / 8);
    body.plainText.reserve(clean.size());
    QChar previous;
    qsizetype pos = 0;
    while (pos < clean.size()) {
        const qsizetype open = clean.indexOf(u'<', pos);
        const qsizetype textEnd = open < 0 ? clean.size() : open;
        if (textEnd > pos) {
            const QString text = HtmlEscape::unescape(QStringView(clean).mid(pos, textEnd - pos));
            const QString typeset = typography.apply(text, previous);
            appendEscaped(body.html, typeset);
            body.plainText += text;
            if (!typeset.isEmpty())
                previous = typeset.back();
        }
        if (open < 0)
            break;
        const qsizetype close = clean.indexOf(u'>', open);
        const qsizetype tagEnd = close < 0 ? clean.size() : close + 1;
        const QStringView tag = QStringView(clean).mid(open, tagEnd - open);
        if (isBlockTag(tag)) {
            previous = QChar();
            body.plainText += u'\n';
        }
        body.html += tag;
        pos = tagEnd;
    }
    return body;
}

QString joinNames(const QStringList &names, const Labels &labels)
{
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(u", "_s) + u' ' + labels.andWord() + u' ' + names.last();
}

QStringList cleanList(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString simplified = item.simplified();
        if (!simplified.isEmpty())
            out << simplified;
    }
    return out;
}

// Template placeholders are replaced in one pass, so a "{{style}}" typed into an article is
// text, never a placeholder.
QString fillTemplate(QStringView pageTemplate, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(pageTemplate.size() + 16384);
    qsizetype last = 0;
    while (true) {
        const qsizetype open = pageTemplate.indexOf(u"{{", last);
        const qsizetype close = open < 0 ? -1 : pageTemplate.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        out += pageTemplate.mid(last, open - last);
        out += values.value(pageTemplate.mid(open + 2, close - open - 2).trimmed().toString());
        last = close + 2;
    }
    out += pageTemplate.mid(last);
    return out;
}

struct Templates {
    QString page;
    QString style;
    QString error;
};

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = HtmlExporter::tr("Cannot read the export template %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

Templates loadTemplates(const ExportOptions &options)
{
    Templates templates;
    QString folder;
    if (!options.templateFolder.isEmpty()) {
        if (!QFileInfo(options.templateFolder).isDir()) {
            templates.error = HtmlExporter::tr("The template folder %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(options.templateFolder));
            return templates;
        }
        folder = options.templateFolder + u'/';
    }
    // The built-in files never change while the program runs: read them once. A user's files
    // are read on every export, so that an edited template shows up at the next export.
    static const Templates builtin = [] {
        Templates t;
        t.page = readText(builtinTemplates + u"page.html"_s, &t.error);
        if (t.error.isEmpty())
            t.style = readText(builtinTemplates + u"style.css"_s, &t.error);
        return t;
    }();
    if (!builtin.error.isEmpty())
        return builtin;
    const auto pick = [&](const QString &name, const QString &fallback) -> QString {
        if (!folder.isEmpty() && QFileInfo::exists(folder + name))
            return readText(folder + name, &templates.error);
        return fallback;
    };
    templates.page = pick(u"page.html"_s, builtin.page);
    if (templates.error.isEmpty())
        templates.style = pick(u"style.css"_s, builtin.style);
    return templates;
}

class PageBuilder
{
public:
    PageBuilder(const ExportRequest &request, const ExportOptions &options)
        : m_article(request.article)
        , m_related(request.relatedArticles)
        , m_relatedSlugs(request.relatedSlugs)
        , m_options(options)
        // Quotation marks and spacing follow the article's language: a de-CH article gets «…».
        , m_typography(options.typography, Typography::styleFor(languageTag(request.article.language)))
        , m_zone(QTimeZone(options.timeZoneId).isValid() ? QTimeZone(options.timeZoneId) : QTimeZone::systemTimeZone())
    {
        m_language = languageTag(m_article.language);
        m_labels.german = m_language.startsWith(u"de"_s, Qt::CaseInsensitive);
        m_slug = request.slug.isEmpty() ? Slug::fromHeadline(m_article.headline) : request.slug;
        m_headline = m_article.headline.simplified();
        if (m_headline.isEmpty())
            m_headline = m_labels.untitled();
        m_teaser = m_article.teaser.simplified();
        m_body = processBody(m_article.bodyHtml, m_typography);
        m_words = TextLength::words(m_article.teaser) + TextLength::words(m_body.plainText);
        m_minutes = ReadingTime().minutesForWords(m_words);
    }

    // Text for a text node: typography, then escaping.
    [[nodiscard]] QString text(const QString &plain) const { return escape(m_typography.apply(plain)); }

    bool preparePhoto(bool resize, QString *error)
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

    void usePreviewPhoto(const QUrl &url)
    {
        if (m_article.photo.isEmpty())
            return;
        m_previewPhotoUrl = url;
    }

    [[nodiscard]] QString articleElement(bool preview) const
    {
        QString out;
        out.reserve(m_body.html.size() + 4096);
        out += u"<article lang=\""_s + escape(m_language) + u"\">\n<header>\n"_s;
        if (!m_article.section.simplified().isEmpty())
            out += u"<p class=\"section\">"_s + text(m_article.section.simplified()) + u"</p>\n"_s;
        if (!m_article.kicker.simplified().isEmpty())
            out += u"<p class=\"kicker\">"_s + text(m_article.kicker.simplified()) + u"</p>\n"_s;
        out += u"<h1>"_s + text(m_headline) + u"</h1>\n"_s;
        if (!m_teaser.isEmpty())
            out += u"<p class=\"teaser\">"_s + text(m_teaser) + u"</p>\n"_s;
        const QStringList authors = cleanList(m_article.authors);
        const QString dateline = m_article.dateline.simplified();
        if (!authors.isEmpty() || !dateline.isEmpty()) {
            out += u"<p class=\"byline\">"_s;
            if (!authors.isEmpty())
                out += m_labels.by() + u' ' + u"<span class=\"author\">"_s
                    + text(joinNames(authors, m_labels)) + u"</span>"_s;
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
            out += u"<span class=\"reading-time\">"_s + escape(m_labels.readingTime(m_minutes)) + u"</span>"_s;
        out += u"</p>\n"_s;
        out += u"</header>\n"_s;
        out += figure(preview);
        out += u"<div class=\"body\">\n"_s + m_body.html + u"</div>\n"_s;
        out += aside();
        out += u"</article>\n"_s;
        return out;
    }

    [[nodiscard]] QString head() const
    {
        QString out;
        const QUrl canonical = HtmlExporter::canonicalUrl(m_options, m_slug);
        const QString headline = m_headline;
        const auto meta = [&out](const QString &kind, const QString &key, const QString &value) {
            if (!value.isEmpty())
                out += u"<meta "_s + kind + u"=\""_s + key + u"\" content=\""_s + escape(value) + u"\">\n"_s;
        };
        meta(u"name"_s, u"description"_s, m_teaser);
        if (!canonical.isEmpty())
            out += u"<link rel=\"canonical\" href=\""_s + escape(canonical.toString(QUrl::FullyEncoded)) + u"\">\n"_s;
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
        for (const QString &tag : cleanList(m_article.tags))
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

    [[nodiscard]] QString title() const { return text(m_headline); }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString slug() const { return m_slug; }
    [[nodiscard]] const std::optional<PhotoRenditions> &photo() const { return m_photo; }

private:
    [[nodiscard]] QDateTime displayDate() const
    {
        if (m_article.published.isValid())
            return m_article.published;
        if (m_article.modified.isValid())
            return m_article.modified;
        return m_article.created;
    }

    [[nodiscard]] QString isoDate(const QDateTime &dateTime) const
    {
        return dateTime.toTimeZone(m_zone).toString(Qt::ISODate);
    }

    [[nodiscard]] QString timeElement(const QDateTime &dateTime, const QString &format) const
    {
        const QDateTime local = dateTime.toTimeZone(m_zone);
        return u"<time datetime=\""_s + local.toString(Qt::ISODate) + u"\">"_s + local.toString(format) + u"</time>"_s;
    }

    [[nodiscard]] QString altText() const
    {
        const QString alt = m_article.photo.altText.simplified();
        return alt.isEmpty() ? m_article.photo.caption.simplified() : alt;
    }

    [[nodiscard]] QString imageUrl() const
    {
        if (!m_photo || m_photo->renditions().isEmpty())
            return {};
        const QString file = m_photo->renditions().last().fileName;
        const QUrl canonical = HtmlExporter::canonicalUrl(m_options, m_slug);
        return canonical.isEmpty() ? file : canonical.resolved(QUrl(file)).toString(QUrl::FullyEncoded);
    }

    [[nodiscard]] QString figure(bool preview) const
    {
        if (m_article.photo.isEmpty())
            return {};
        QString out = u"<figure>\n"_s;
        if (preview) {
            out += u"<img src=\""_s + escape(m_previewPhotoUrl.toString()) + u"\" alt=\""_s + escape(altText())
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
                + u"\" srcset=\""_s + srcsetOf(renditions) + u"\" sizes=\""_s + sizes + u"\" alt=\""_s + escape(altText())
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

    [[nodiscard]] QString relatedHref(const Article &related) const
    {
        // The same address either way: the canonical base URL (when set) plus the slug the
        // related page has, which a batch export may have made unique ("…-2").
        const QString slug = m_relatedSlugs.value(related.id, Slug::fromHeadline(related.headline));
        const QUrl canonical = HtmlExporter::canonicalUrl(m_options, slug);
        return canonical.isEmpty() ? slug + u".html"_s : canonical.toString(QUrl::FullyEncoded);
    }

    [[nodiscard]] QString aside() const
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
                articles += u"<h3><a href=\""_s + escape(relatedHref(related)) + u"\">"_s + text(headline) + u"</a></h3>\n"_s;
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
                    links += u"<li><a href=\""_s + escape(href) + u"\">"_s + text(title) + u"</a></li>\n"_s;
                else
                    links += u"<li>"_s + text(title) + u"</li>\n"_s;
            }
        }
        if (articles.isEmpty() && links.isEmpty())
            return {};
        QString out = u"<aside class=\"related\">\n<h2>"_s + escape(m_labels.related()) + u"</h2>\n"_s;
        if (!articles.isEmpty())
            out += u"<ul class=\"related-articles\">\n"_s + articles + u"</ul>\n"_s;
        if (!links.isEmpty())
            out += u"<ul class=\"related-links\">\n"_s + links + u"</ul>\n"_s;
        out += u"</aside>\n"_s;
        return out;
    }

    // Metadata carries the text as the journalist typed it: typography is for text nodes
    // that readers see, so JSON-LD, like every attribute, keeps straight quotes.
    [[nodiscard]] QByteArray jsonLd(const QUrl &canonical, const QString &image) const
    {
        // Written directly rather than through QJsonObject, which cost a third of the page
        // head in a batch export. Keys in QJsonObject's (sorted) order, so the output is the same.
        QString json;
        json.reserve(1024);
        bool first = true;
        const auto beginKey = [&](QStringView name) {
            json += first ? u"{\""_s : u",\""_s;
            first = false;
            json += name;
            json += u"\":"_s;
        };
        const auto field = [&](QStringView name, QStringView value) {
            beginKey(name);
            appendJsonString(json, value);
        };
        const QString url = canonical.isEmpty() ? QString() : canonical.toString(QUrl::FullyEncoded);
        const QStringList authors = cleanList(m_article.authors);
        const QStringList tags = cleanList(m_article.tags);
        const QString section = m_article.section.simplified();
        field(u"@context", u"https://schema.org");
        field(u"@type", u"NewsArticle");
        if (!section.isEmpty())
            field(u"articleSection", section);
        if (!authors.isEmpty()) {
            beginKey(u"author");
            json += u'[';
            for (qsizetype i = 0; i < authors.size(); ++i) {
                json += i == 0 ? u"{\"@type\":\"Person\",\"name\":"_s : u",{\"@type\":\"Person\",\"name\":"_s;
                appendJsonString(json, authors.at(i));
                json += u'}';
            }
            json += u']';
        }
        if (m_article.modified.isValid())
            field(u"dateModified", isoDate(m_article.modified));
        if (m_article.published.isValid())
            field(u"datePublished", isoDate(m_article.published));
        if (!m_teaser.isEmpty())
            field(u"description", m_teaser);
        field(u"headline", m_headline);
        if (!image.isEmpty()) {
            beginKey(u"image");
            json += u'[';
            appendJsonString(json, image);
            json += u']';
        }
        field(u"inLanguage", m_language);
        if (!tags.isEmpty()) {
            beginKey(u"keywords");
            json += u'[';
            for (qsizetype i = 0; i < tags.size(); ++i) {
                if (i > 0)
                    json += u',';
                appendJsonString(json, tags.at(i));
            }
            json += u']';
        }
        if (!url.isEmpty())
            field(u"mainEntityOfPage", url);
        field(u"timeRequired", u"PT%1M"_s.arg(m_minutes));
        if (!url.isEmpty())
            field(u"url", url);
        beginKey(u"wordCount");
        json += QString::number(m_words);
        json += u'}';
        return json.toUtf8();
    }

    const Article &m_article;
    const QList<Article> &m_related;
    const QHash<qint64, QString> &m_relatedSlugs;
    const ExportOptions &m_options;
    Typography m_typography;
    QTimeZone m_zone;
    Labels m_labels;
    QString m_language;
    QString m_slug;
    QString m_headline;
    QString m_teaser;
    Body m_body;
    int m_words = 0;
    int m_minutes = 1;
    std::optional<PhotoRenditions> m_photo;
    QUrl m_previewPhotoUrl;
};
} // namespace

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
        const Templates templates = loadTemplates(options);
        if (!templates.error.isEmpty()) {
            result.error = templates.error;
            return result;
        }
        html = fillTemplate(templates.page, {
                                                {u"lang"_s, escape(builder.language())},
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
