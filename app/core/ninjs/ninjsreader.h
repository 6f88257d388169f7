#pragma once

#include "article.h"
#include "import/importeditem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// IPTC ninjs 2.x JSON → Article. Reads what NinjsWriter writes without loss, and what other
// systems send (the IPTC examples, wire feeds) as far as an Article can hold it.
// Anything that would make the article wrong is an error and nothing is imported: invalid
// JSON, a field of the wrong type, a missing "uri", a field over its limit, an item that is no
// text (picture, video...). What only cannot be carried over is a warning and the rest is
// imported: a photo that is not embedded, an unsafe related link, a logo. Hostile content is
// defused: the body goes through BodyDocument::sanitize, control characters are dropped.
class NinjsReader
{
    Q_DECLARE_TR_FUNCTIONS(NinjsReader)

public:
    struct Limits {
        qsizetype maxDocumentBytes = 96 * 1024 * 1024; // a 50-megapixel JPEG, base64-encoded, fits
        qsizetype maxTextLength = 10'000; // headline, teaser, caption, a tag, an author...
        qsizetype maxBodyLength = 2'000'000; // characters of body markup, ~100 times a long feature
        qsizetype maxListLength = 1'000; // headlines, subjects, associations...
        qsizetype maxPhotoBytes = 64 * 1024 * 1024;
    };

    struct Result {
        std::optional<Article> article; // empty on error
        QString error; // translated; names the field, e.g. "headlines[0].value"
        QStringList warnings; // translated; what was left out of an imported article
        // The source identity ("uri", "version"), the embargo, related items by URI that are
        // not web addresses (resolved by ImportBatch) and a photo given by reference.
        ImportedItem item;
        [[nodiscard]] bool ok() const { return article.has_value(); }
    };

    NinjsReader();
    explicit NinjsReader(const Limits &limits, const QString &uriPrefix = {});

    [[nodiscard]] Result read(const QByteArray &json) const;
    [[nodiscard]] Result read(const QJsonObject &json) const;

    // Plain text (a pasted article, a text/plain body) as clean body HTML: every non-empty
    // line is a paragraph, as in text copied out of a CMS or a mail.
    [[nodiscard]] static QString plainTextToBodyHtml(const QString &text);

private:
    Limits m_limits;
    QString m_uriPrefix;
};
