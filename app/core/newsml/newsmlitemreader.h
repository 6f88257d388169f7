#pragma once

#include "newsml/newsmltree.h"

namespace Newsml {
// One newsItem of the tree → an ImportedItem: identity and version, dates, the text fields
// in the item's language, the credit, and the NITF or XHTML body as clean body markup. Texts
// over NewsmlG2Reader's limits throw ReadError; what is only odd becomes a warning.
class ItemReader
{
public:
    ItemReader(const NewsmlG2Reader::Limits &limits, QStringList &warnings);

    struct Item {
        ImportedItem imported;
        QString itemClass; // "text", "picture", "composite", ...
        bool hasContent = false;
        // Picture items: what makes the lead photo.
        QString photoCaption;
        QString photoCredit;
    };

    [[nodiscard]] Item readNewsItem(const Node &item, const QString &inheritedLanguage);
    // A text field, simplified; throws when it is longer than the limit.
    [[nodiscard]] QString field(const QString &raw, const QString &name) const;

    // "ninat:picture" → "picture"; also the full IPTC URI form.
    [[nodiscard]] static QString classOf(const QString &qcode);

private:
    static void addTag(Article &article, const QString &tag);

    // The subject's name in the item's language when there is one ("Arbeitsmarkt" for a
    // German item), else its first name.
    static const Node *nameFor(const Node &subject, const QString &language);
    void readInlineBody(const Node &inline_, Article &article);
    void readNitf(const Node &nitf, Article &article);
    void readXhtml(const Node &page, Article &article);
    void setBody(Article &article, const QString &html);

    // NITF and XHTML block content → the clean body's markup (the cleaner then keeps exactly
    // what HtmlWriter writes). Unknown elements give their text; media, tables' layout,
    // scripts are left out.
    QString blocks(const Node &parent, const QString &headline = {});
    static bool isInline(const QString &name);
    QString inlineChildren(const Node &node);
    QString inlineMarkup(const Node &node);

    const NewsmlG2Reader::Limits &m_limits;
    QStringList &m_warnings;
};
} // namespace Newsml
