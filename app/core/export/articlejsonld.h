#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The schema.org NewsArticle of an exported page, for its <script type="application/ld+json">
// block. Metadata carries the text as the journalist typed it: typography is for text nodes
// that readers see, so JSON-LD, like every attribute, keeps straight quotes. Empty fields are
// left out.
struct ArticleJsonLd {
    QString headline;
    QString description;
    QString section;
    QString language;
    QString url; // canonical address; empty without a base URL
    QString image;
    QStringList authors;
    QStringList keywords;
    QString datePublished; // ISO 8601 in the page's time zone
    QString dateModified;
    int minutes = 0;
    int words = 0;

    // Unescaped JSON; HtmlExporter::escapeJsonForScript() makes it safe inside <script>.
    [[nodiscard]] QByteArray toJson() const;
};
