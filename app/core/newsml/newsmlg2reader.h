#pragma once

#include "import/importeditem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// IPTC NewsML-G2 → articles: a newsItem (text with an NITF body in inlineXML, or an XHTML
// body), a packageItem, or a newsMessage carrying several items. A package's or message's
// story and its picture item become one article with a lead photo; further text items
// referenced by a package become related items (by guid, resolved by ImportBatch).
//
// Agency copy arrives from outside, so the parser (QXmlStreamReader) refuses what a news item
// never needs: a DTD (the way to external entities and to entity expansion bombs), entity
// references, processing of anything but the document itself. Nothing is fetched, ever: a
// remote photo rendition is named in a warning. Files, text fields, nesting and the number of
// elements have limits; breaking one is an error and nothing of the file is imported.
class NewsmlG2Reader
{
    Q_DECLARE_TR_FUNCTIONS(NewsmlG2Reader)

public:
    struct Limits {
        qsizetype maxDocumentBytes = 20 * 1024 * 1024; // agency text items are kilobytes
        qsizetype maxTextLength = 10'000; // headline, description, a name
        qsizetype maxBodyLength = 2'000'000; // characters of body markup
        int maxDepth = 64; // NITF tables inside blocks inside a package nest ~15 deep
        qsizetype maxElements = 200'000;
        qsizetype maxItems = 500; // items in one news message
    };

    struct Result {
        QList<ImportedItem> items; // the articles, in document order
        QString error; // translated; nothing is imported when set
        QStringList warnings; // translated
        [[nodiscard]] bool ok() const { return error.isEmpty() && !items.isEmpty(); }
    };

    NewsmlG2Reader() = default;
    explicit NewsmlG2Reader(const Limits &limits)
        : m_limits(limits)
    {
    }

    // Whether the bytes are a NewsML-G2 document: root element newsItem, packageItem,
    // conceptItem or newsMessage (with or without the IPTC namespace declared).
    [[nodiscard]] static bool looksLikeNewsml(const QByteArray &bytes);
    // The root element's name of an XML document ("rss", "svg"), empty when it is none.
    [[nodiscard]] static QString rootElementName(const QByteArray &bytes);

    [[nodiscard]] Result read(const QByteArray &xml) const;

private:
    Limits m_limits;
};
