#pragma once

#include "articlefield.h"

#include <QList>
#include <QString>

struct Article;
class TextSearch;

// Replace all in every text field of an article (kicker, headline, teaser, body, byline,
// dateline, caption, credit, alt text): what `newsdesk-cli replace` does to each article. The
// body is edited as a document and written back by HtmlWriter, so markup is never matched.
namespace ArticleReplace {
struct FieldCount {
    ArticleField field;
    int count;
    bool operator==(const FieldCount &) const = default;
};
// The fields that changed with their number of replacements, in the form's order.
QList<FieldCount> apply(Article &article, const TextSearch &search, const QString &replacement);
[[nodiscard]] int total(const QList<FieldCount> &counts);
}
