#pragma once

#include "article.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A related item named by its identity in the source system (a ninjs "uri", a NewsML-G2
// "guid"): resolved by ImportBatch against the same batch and everything imported before.
struct PendingLink {
    QString uri;
    QString title;
    qsizetype position = -1; // its place among Article::related, so that the order survives; -1 = at the end
    bool operator==(const PendingLink &) const = default;
};

// One article as a reader made it from a file from elsewhere, with what only the batch can
// settle: the related items by source identity and a photo referenced by path.
struct ImportedItem {
    Article article;
    QString sourceUri; // ninjs uri, NewsML-G2 guid; empty for HTML, text and documents
    QString sourceVersion;
    QDateTime embargoed; // UTC "not before"; invalid = none
    QList<PendingLink> related;
    QString photoHref; // a photo by reference (relative path, file: URL, remote URL); ArticleImporter resolves it
    QString photoHrefField; // where the href stood, for messages
};
