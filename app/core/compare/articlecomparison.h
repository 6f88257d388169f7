#pragma once

#include "article.h"
#include "compare/textdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One field of two versions of an article, compared word by word.
struct FieldComparison {
    QString key; // stable: "headline", "body", "photo.caption", "related", ...
    QString label; // translated, for the reader
    QList<DiffSegment> segments; // both texts; see TextDiff
    // The stored content differs although the readable text is the same (bold added, a
    // paragraph turned into a subheading, the same photo file re-imported with other bytes).
    bool formattingOnly = false;

    [[nodiscard]] bool changed() const { return formattingOnly || TextDiff::hasChanges(segments); }
    [[nodiscard]] bool whitespaceOnly() const { return TextDiff::isWhitespaceOnly(segments); }
};

// Every field of two versions of an article, in the order of the editor form, each compared
// word by word: section, status, kicker, headline, teaser, byline, dateline, publication date,
// language, tags, body, photo (file, caption, credit, alt text) and related links. Used by the
// versions panel, the compare window and the conflict dialog, so they all say the same.
class ArticleComparison
{
    Q_DECLARE_TR_FUNCTIONS(ArticleComparison)

public:
    ArticleComparison(const Article &before, const Article &after);

    [[nodiscard]] const QList<FieldComparison> &fields() const { return m_fields; }
    [[nodiscard]] QList<FieldComparison> changedFields() const;
    [[nodiscard]] bool isEmpty() const { return changedFields().isEmpty(); }
    [[nodiscard]] const FieldComparison *field(const QString &key) const;

    // How a photo reads in a comparison: "Foto: ufer.jpg, 1200 × 800" or "(kein Foto)".
    [[nodiscard]] static QString photoText(const Photo &photo);
    // One related link per line: "Titel – https://…" or "Titel (Artikel 12)".
    [[nodiscard]] static QString relatedText(const QList<RelatedLink> &links);
    [[nodiscard]] static QString targetText(const LengthTarget &target);
    [[nodiscard]] static QString sourceText(const Article &article);

private:
    void add(const QString &key, const QString &label, const QString &before, const QString &after,
             bool storedDiffers = false);

    QList<FieldComparison> m_fields;
};
