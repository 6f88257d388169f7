#pragma once

#include "article.h"
#include "export/exportoptions.h"
#include "export/exportresult.h"

#include <QHash>
#include <QList>
#include <QString>

// The input of one export. Internal related links are resolved by the caller (a repository
// lookup in the app or CLI): the exporters know no database.
struct ExportRequest {
    Article article;
    // The articles that article.related points at (RelatedLink::articleId), as far as they
    // could be loaded; links to missing ones are left out of the export.
    QList<Article> relatedArticles;
    // File base name, unique in the target folder (FolderExport chooses it). Empty: derived
    // from the headline with Slug::fromHeadline().
    QString slug;
    // The slugs that related articles got in the same batch export (by article id), where two
    // headlines can make the same slug and the second one is "…-2". A related article not in
    // here is linked by the slug of its headline.
    QHash<qint64, QString> relatedSlugs = {};
};

// One export format (HTML, ninjs, ...): a strategy that turns an article into bytes. Exporters
// are stateless and const, so one instance serves a whole batch and the preview at once.
// Formats are registered in ExporterRegistry::createStandard() and nowhere else.
class Exporter
{
public:
    virtual ~Exporter() = default;

    // Stable, lower-case format key: "html", "ninjs" (the CLI's --format value).
    [[nodiscard]] virtual QString id() const = 0;
    // Translated name for menus and dialogs ("HTML page").
    [[nodiscard]] virtual QString displayName() const = 0;
    // Extension of the main file without the dot: "html", "json".
    [[nodiscard]] virtual QString fileExtension() const = 0;

    [[nodiscard]] virtual ExportResult exportArticle(const ExportRequest &request,
                                                     const ExportOptions &options) const = 0;
};
