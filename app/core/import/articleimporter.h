#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Turns a file into a new draft: IPTC ninjs JSON, an HTML page or fragment, or plain text.
// For HTML and plain text the first line is the headline and the rest the body. What comes
// back is never stored yet: id, revision and timestamps are empty, the status is Draft (an
// imported story goes through this newsroom's desk like any other), so that saving it
// creates a new article and never overwrites one.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)

public:
    enum class Format { Ninjs, Html, PlainText };

    struct Result {
        std::optional<Article> article;
        Format format = Format::PlainText;
        QString error; // translated
        QStringList warnings; // translated
        [[nodiscard]] bool ok() const { return article.has_value(); }
    };

    static constexpr qint64 maxFileBytes = 96 * 1024 * 1024;

    [[nodiscard]] Result importFile(const QString &path) const;
    [[nodiscard]] Result importBytes(const QByteArray &bytes, const QString &fileName) const;

    // By extension first (.json, .html/.htm/.xhtml, .txt/.text/.md), then by content.
    [[nodiscard]] static Format detectFormat(const QByteArray &bytes, const QString &fileName);
    // UTF-8 (with or without BOM); text that is not valid UTF-8 is read as Windows-1252, as
    // text files saved by older Windows editors are.
    [[nodiscard]] static QString decodeText(const QByteArray &bytes);
};
