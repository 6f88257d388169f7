#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One field that both journalists changed differently since the common base. For the body
// the texts are only the paragraphs that overlap, not the whole body.
struct FieldConflict {
    QString field; // the keys of ArticleDiff ("headline", "teaser", "photo.caption", ...) or "body"
    QString base;
    QString mine;
    QString theirs;
    bool operator==(const FieldConflict &) const = default;
};

// A three-way merge of two edits of one article against the revision both started from
// (base): a field changed on one side only takes that side's value; a field changed on both
// sides to the same value is no conflict; only a field changed on both sides differently is.
// Inside the body the unit is the paragraph (each top-level block of the clean HTML):
// paragraphs changed, inserted or deleted on one side merge, overlapping changes conflict
// (diff3 over blocks). Pure and widget-free, so that the save path, the live update of a
// colleague's window and the tests share one rule.
class ThreeWayMerge
{
    Q_DECLARE_TR_FUNCTIONS(ThreeWayMerge)

public:
    enum class Side { Mine, Theirs };

    ThreeWayMerge(const Article &base, const Article &mine, const Article &theirs);

    [[nodiscard]] bool hasConflicts() const { return !m_conflicts.isEmpty(); }
    [[nodiscard]] const QList<FieldConflict> &conflicts() const { return m_conflicts; }
    // Both sides hold the same words in every field: nothing to merge, nothing to ask.
    [[nodiscard]] bool identical() const { return m_identical; }
    // Fields (keys as above) that theirs changed since the base, and that mine changed.
    [[nodiscard]] const QStringList &changedByThem() const { return m_changedByThem; }
    [[nodiscard]] const QStringList &changedByMe() const { return m_changedByMe; }
    // The merged article; each conflict is settled for the preferred side. Id, revision,
    // created and modified are theirs (the stored article the result goes on top of).
    [[nodiscard]] Article result(Side preferred = Side::Mine) const;

    // The top-level blocks of a clean body (<p>, <h2>, <h3>, <blockquote>, <ul>, <ol>), each
    // with its markup; text outside any block is a block of its own.
    [[nodiscard]] static QStringList splitBlocks(const QString &html);
    // "Anna Schäfer changed the teaser", for the colleague's status bar.
    [[nodiscard]] static QString describeChanges(const QString &colleague, const QStringList &fields);

private:
    struct BodyChunk {
        QStringList mine;
        QStringList theirs; // equal to mine for a settled chunk
        bool conflict = false;
    };
    void mergeBody(const Article &base, const Article &mine, const Article &theirs);

    Article m_mine;
    Article m_theirs;
    Article m_merged; // every field settled without conflict; conflicting ones filled in result()
    QList<FieldConflict> m_conflicts;
    QStringList m_changedByThem;
    QStringList m_changedByMe;
    QList<BodyChunk> m_body; // only when both sides changed the body differently
    QString m_blockSeparator;
    bool m_identical = false;
};
