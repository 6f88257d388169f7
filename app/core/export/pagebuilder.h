#pragma once

#include "export/exporter.h"
#include "export/exportlabels.h"
#include "export/pagetext.h"
#include "export/photorenditions.h"
#include "export/typography.h"

#include <QTimeZone>
#include <QUrl>

#include <optional>

// One article as an HTML page: the <head> metadata (Open Graph, Twitter, JSON-LD) and the
// <article> element with header, figure, body and related links. HtmlExporter puts the pieces
// into the page template; the editor's preview uses the article element alone. Every text
// passes through text() (typography, then escaping); attributes only through escaping.
class PageBuilder
{
public:
    // request and options must outlive the builder: it keeps references.
    PageBuilder(const ExportRequest &request, const ExportOptions &options);

    // Makes the photo's renditions (resized, or the original); false with *error set.
    bool preparePhoto(bool resize, QString *error);
    // The preview shows the photo from this URL (a QTextDocument resource) instead.
    void usePreviewPhoto(const QUrl &url);

    [[nodiscard]] QString articleElement(bool preview) const;
    [[nodiscard]] QString head() const;
    [[nodiscard]] QString title() const { return text(m_headline); }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString slug() const { return m_slug; }
    [[nodiscard]] const std::optional<PhotoRenditions> &photo() const { return m_photo; }

private:
    // Text for a text node: typography, then escaping.
    [[nodiscard]] QString text(const QString &plain) const { return PageText::escape(m_typography.apply(plain)); }
    [[nodiscard]] QDateTime displayDate() const;
    [[nodiscard]] QString isoDate(const QDateTime &dateTime) const;
    [[nodiscard]] QString timeElement(const QDateTime &dateTime, const QString &format) const;
    [[nodiscard]] QString altText() const;
    [[nodiscard]] QString imageUrl() const;
    [[nodiscard]] QString figure(bool preview) const;
    [[nodiscard]] QString relatedHref(const Article &related) const;
    [[nodiscard]] QString aside() const;
    [[nodiscard]] QByteArray jsonLd(const QUrl &canonical, const QString &image) const;

    const Article &m_article;
    const QList<Article> &m_related;
    const QHash<qint64, QString> &m_relatedSlugs;
    const ExportOptions &m_options;
    Typography m_typography;
    QTimeZone m_zone;
    ExportLabels m_labels;
    QString m_language;
    QString m_slug;
    QString m_headline;
    QString m_teaser;
    PageText::Body m_body;
    int m_words = 0;
    int m_minutes = 1;
    std::optional<PhotoRenditions> m_photo;
    QUrl m_previewPhotoUrl;
};
