#pragma once

#include "article.h"
#include "export/exportoptions.h"

#include <QCoreApplication>
#include <QStringList>

// What a journalist should know before an article leaves the building: a draft that nobody
// approved, a canonical address that still points at the preferences' placeholder site. The
// editor asks before exporting; the CLI refuses the placeholder without --force.
class ExportConcerns
{
    Q_DECLARE_TR_FUNCTIONS(ExportConcerns)

public:
    // The preferences' example address (https://www.example.de/artikel/), not a newsroom's.
    [[nodiscard]] static bool isPlaceholderBaseUrl(const QUrl &baseUrl);
    [[nodiscard]] static QString placeholderBaseUrl(const QUrl &baseUrl);
    // Draft or in editing: not approved for publication.
    [[nodiscard]] static bool isUnapproved(const Article &article);
    [[nodiscard]] static QString unapproved(const Article &article);
    // Under an embargo ("not before") that has not ended at `now`: the page must not go out yet.
    [[nodiscard]] static bool isEmbargoed(const Article &article, const QDateTime &now);
    [[nodiscard]] static QString embargoed(const Article &article);
    // Every concern about exporting these articles with these options, translated, one a line.
    [[nodiscard]] static QStringList of(const QList<Article> &articles, const ExportOptions &options,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
};
