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
// (longest common subsequence over words), so the history view can mark inserted and deleted
// words. Common beginnings and endings are skipped first; a middle too large for the
// quadratic table is shown as deleted and inserted as a whole rather than freezing the editor.
class ArticleDiff
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDiff)

public:
    static constexpr qint64 maxTableCells = 4'000'000;

    ArticleDiff(const Article &before, const Article &after);

    [[nodiscard]] const QList<FieldDifference> &fields() const { return m_fields; }
    [[nodiscard]] const QList<WordChange> &bodyWords() const { return m_bodyWords; }
    [[nodiscard]] bool bodyChanged() const;
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty() && !bodyChanged(); }

    // The translated label of a field key, for the history view.
    [[nodiscard]] static QString fieldLabel(const QString &field);
    [[nodiscard]] static QList<WordChange> diffWords(const QString &before, const QString &after);

private:
    QList<FieldDifference> m_fields;
    QList<WordChange> m_bodyWords;
};
