#include "text/articlelength.h"

#include "article.h"
#include "body/bodydocument.h"
#include "text/textlength.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

QList<ArticleField> ArticleLength::textFields()
{
    return {ArticleField::Kicker,       ArticleField::Headline,     ArticleField::Teaser,
            ArticleField::Body,         ArticleField::Byline,       ArticleField::Dateline,
            ArticleField::PhotoCaption, ArticleField::PhotoCredit, ArticleField::PhotoAlt};
}

QString ArticleLength::fieldText(const Article &article, ArticleField field)
{
    switch (field) {
    case ArticleField::Kicker: return article.kicker;
    case ArticleField::Headline: return article.headline;
    case ArticleField::Teaser: return article.teaser;
    case ArticleField::Body: return bodyText(article.bodyHtml);
    case ArticleField::Byline: return article.authors.join(u", "_s);
    case ArticleField::Dateline: return article.dateline;
    case ArticleField::PhotoCaption: return article.photo.caption;
    case ArticleField::PhotoCredit: return article.photo.credit;
    case ArticleField::PhotoAlt: return article.photo.altText;
    default: return {};
    }
}

QString ArticleLength::bodyText(const QTextDocument &document)
{
    // toRawText, not toPlainText: the latter turns no-break spaces into spaces, and "10 %"
    // must not break across Zeilen.
    return document.toRawText();
}

QString ArticleLength::bodyText(const QString &bodyHtml)
{
    if (bodyHtml.trimmed().isEmpty())
        return {};
    QTextDocument document;
    BodyDocument::load(document, bodyHtml);
    return bodyText(document);
}

ArticleLength ArticleLength::measure(const Article &article, const LineCounter *lines)
{
    return measure(article, bodyText(article.bodyHtml), lines);
}

ArticleLength ArticleLength::measure(const Article &article, const QString &bodyText, const LineCounter *lines)
{
    ArticleLength length;
    for (const ArticleField field : textFields()) {
        const QString text = field == ArticleField::Body ? bodyText : fieldText(article, field);
        length.m_fields.insert(field, TextLength::measure(text, lines));
    }
    length.m_total = length.m_fields.value(ArticleField::Teaser);
    length.m_total += length.m_fields.value(ArticleField::Body);
    return length;
}
