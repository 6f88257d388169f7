#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One field that differs between two revisions, as text the history view can show.
struct FieldDifference {
    QString field; // stable key: "headline", "teaser", "photo.caption", ...
    QString before;
    QString after;
    bool operator==(const FieldDifference &) const = default;
};

// A run of body words that stayed, were inserted or were deleted.
struct WordChange {
    enum class Kind { Unchanged, Inserted, Deleted };
    Kind kind = Kind::Unchanged;
    QString text; // the words of the run, joined by single spaces
    bool operator==(const WordChange &) const = default;
};

// Compares two revisions of an article: per-field differences, and the body word by word
// (TextDiff, the comparison the versions panel shows too), so the conflict dialog can mark
// inserted and deleted words.
class ArticleDiff
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDiff)

public:
    ArticleDiff(const Article &before, const Article &after);

    [[nodiscard]] const QList<FieldDifference> &fields() const { return m_fields; }
    [[nodiscard]] const QList<WordChange> &bodyWords() const { return m_bodyWords; }
    [[nodiscard]] bool bodyChanged() const;
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty() && !bodyChanged(); }

    // The translated label of a field key, for the history view.
    [[nodiscard]] static QString fieldLabel(const QString &field);
    [[nodiscard]] static QList<WordChange> diffWords(const QString &before, const QString &after);
    // The related links as text, one per line ("#42 Title" or "Title <url>"): how the history
    // and the three-way merge compare them.
    [[nodiscard]] static QString relatedText(const QList<RelatedLink> &links);

private:
    QList<FieldDifference> m_fields;
    QList<WordChange> m_bodyWords;
};
