#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

// Publish-ready HTML: one article becomes one HTML5 page (or only its <article> element in
// fragment mode) with the photo's renditions as extra files. The body goes through
// BodyDocument::sanitize, every text is escaped, only http/https/mailto links survive, and the
// only script is the escaped JSON-LD block. The page template and CSS are Qt resources
// (:/newsdesk/export) that ExportOptions::templateFolder can override.
class HtmlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString fileExtension() const override;
    [[nodiscard]] ExportResult exportArticle(const ExportRequest &request, const ExportOptions &options) const override;

    // The same article markup for the editor's live preview in a QTextBrowser: a light inline
    // style, no JSON-LD, nothing written. The photo is referenced as previewPhotoUrl(); the
    // editor registers it once per photo change with QTextDocument::addResource() instead of
    // re-encoding it on every keystroke.
    [[nodiscard]] QString previewHtml(const Article &article, const QList<Article> &relatedArticles = {},
                                      const ExportOptions &options = ExportOptions()) const;

    [[nodiscard]] static QUrl previewPhotoUrl();
    // Canonical URL of a page with this slug, or an empty URL when no base URL is set.
    [[nodiscard]] static QUrl canonicalUrl(const ExportOptions &options, const QString &slug);
    // JSON for a <script type="application/ld+json"> block: '<', '>' and '&' written as
    // \u003c, \u003e and \u0026, so no field can close the script or open a comment.
    [[nodiscard]] static QByteArray escapeJsonForScript(const QByteArray &json);
};
