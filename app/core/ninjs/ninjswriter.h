#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

struct Article;

// Article → IPTC ninjs 2.2 (News in JSON), the interchange format other newsroom systems read.
// The output validates against ninjs-schema_2.2.json (tested with ajv). What goes where:
//   uri ← sourceUri, else <uriPrefix><id>; version ← sourceVersion, else revision;
//   firstcreated/versioncreated ← created/modified; embargoed ← embargoed (not before);
//   pubstatus ← status (usable once approved, withheld before) plus the exact status as altid
//   "newsdesk:status" and the scheduled publication as altid "newsdesk:published" (docs/import.md);
//   headlines ← headline (role main) and kicker (role kicker); descriptions ← teaser (summary);
//   bodies ← plain text (role main) and well-formed XHTML (role richtext); by ← authors;
//   located ← dateline; subjects ← section (rel section) and tags (rel keyword);
//   associations ← the lead photo (type picture: caption, alt text, credit as "by", one
//   "original" rendition) and the related links in order (type text, uri = our URN or the URL).
// Unsafe related links (anything but http/https) are never written.
class NinjsWriter
{
public:
    enum class PhotoMode {
        Embed, // the rendition href is a data: URI with the original bytes: one self-contained file
        Reference, // the href is photoBaseUrl + file name; the caller writes the bytes there
    };
    struct Options {
        QString uriPrefix;
        PhotoMode photoMode = PhotoMode::Embed;
        QUrl photoBaseUrl; // Reference mode only, e.g. https://cdn.example.org/fotos/
        QString photoFileName; // Reference mode: the name under the base URL; empty: photoFileName()
        // Source identities of linked articles (article id → uri), so that a link to an
        // imported article names it as its source does; others get <uriPrefix><id>.
        QHash<qint64, QString> relatedIdentities;
    };
    [[nodiscard]] static Options defaultOptions();

    NinjsWriter();
    explicit NinjsWriter(const Options &options);

    [[nodiscard]] QJsonObject toJson(const Article &article) const;
    // Indented UTF-8 JSON, ready to be written to a .json file.
    [[nodiscard]] QByteArray write(const Article &article) const;

    // The clean body as well-formed XHTML: HtmlWriter's output already escapes everything and
    // closes every element, only the void <br> needs its XML form.
    [[nodiscard]] static QString toXhtml(const QString &bodyHtml);
    // The file name the photo gets in Reference mode.
    [[nodiscard]] static QString photoFileName(const Article &article);

private:
    Options m_options;
};
