#include "text/articlereplace.h"

#include "article.h"
#include "body/bodydocument.h"
#include "body/htmlwriter.h"
#include "text/textsearch.h"

#include <QTextDocument>

namespace ArticleReplace {
QList<FieldCount> apply(Article &article, const TextSearch &search, const QString &replacement)
{
    QList<FieldCount> counts;
    const auto inText = [&](ArticleField field, QString &text) {
        int count = 0;
        text = search.replaced(text, replacement, &count);
        if (count > 0)
            counts.append({field, count});
    };
    inText(ArticleField::Kicker, article.kicker);
    inText(ArticleField::Headline, article.headline);
    inText(ArticleField::Teaser, article.teaser);
    if (!article.bodyHtml.trimmed().isEmpty()) {
        QTextDocument body;
        BodyDocument::load(body, article.bodyHtml);
        const int count = search.replaceAll(body, replacement);
        if (count > 0) {
            article.bodyHtml = HtmlWriter::write(body);
            counts.append({ArticleField::Body, count});
        }
    }
    int authors = 0;
    for (QString &author : article.authors) {
        int count = 0;
        author = search.replaced(author, replacement, &count);
        authors += count;
    }
    if (authors > 0)
        counts.append({ArticleField::Byline, authors});
    inText(ArticleField::Dateline, article.dateline);
    inText(ArticleField::PhotoCaption, article.photo.caption);
    inText(ArticleField::PhotoCredit, article.photo.credit);
    inText(ArticleField::PhotoAlt, article.photo.altText);
    return counts;
}

int total(const QList<FieldCount> &counts)
{
    int sum = 0;
    for (const FieldCount &count : counts)
        sum += count.count;
    return sum;
}
} // namespace ArticleReplace
