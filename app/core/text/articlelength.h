#pragma once

#include "articlefield.h"
#include "text/textmetrics.h"

#include <QList>
#include <QMap>
#include <QString>

struct Article;
class LineCounter;
class QTextDocument;

// The length of an article, per text field and as a whole, all counted by TextLength. "The
// article" is what a reader reads from top to bottom: teaser and body (subheadings included);
// headline, kicker and photo texts are set in other type and are counted per field only.
class ArticleLength
{
public:
    [[nodiscard]] static ArticleLength measure(const Article &article, const LineCounter *lines = nullptr);
    // With the body's text taken from the editor's document, so that counting while typing
    // never writes and parses HTML.
    [[nodiscard]] static ArticleLength measure(const Article &article, const QString &bodyText,
                                               const LineCounter *lines = nullptr);

    // The body's text as every count sees it: paragraphs separated, no-break spaces kept.
    [[nodiscard]] static QString bodyText(const QTextDocument &document);
    [[nodiscard]] static QString bodyText(const QString &bodyHtml);
    // The text fields that are measured, in the form's order.
    [[nodiscard]] static QList<ArticleField> textFields();
    // The text of one of textFields() (the byline is the authors joined with ", ").
    [[nodiscard]] static QString fieldText(const Article &article, ArticleField field);

    [[nodiscard]] TextMetrics field(ArticleField field) const { return m_fields.value(field); }
    [[nodiscard]] TextMetrics total() const { return m_total; }

private:
    QMap<ArticleField, TextMetrics> m_fields;
    TextMetrics m_total;
};
