#pragma once

#include "articlerepository.h"
#include "storage/threewaymerge.h"

#include <QCoreApplication>

// What the journalist chose after a save conflict. Every choice keeps both versions:
// the other version stays a revision, and "take theirs" first stores mine as a revision
// before restoring theirs on top, so it can always be found again in the history.
enum class ConflictChoice { KeepMine, TakeTheirs, CopyMineAsNew };

// What the conflict dialog shows besides the two versions: only the fields both changed
// differently (for the body only the overlapping paragraphs), and who saved theirs.
struct ConflictDetails {
    QList<FieldConflict> conflicts; // empty: every differing field (no common base known)
    QString colleague; // display name of whoever saved theirs; empty: unknown
    int theirRevision = 0;
};

namespace ConflictResolver {
// mine: the editor's unsaved article (id and the revision it was based on). With a merge
// (mine, theirs and their common base), "keep mine" and "take theirs" settle only the
// conflicting fields and keep every change that merged; without one they take whole
// articles. Returns the save that settled the conflict; another Conflict when someone saved
// again in the meantime. A copy gets "(copy)" after its headline, so that the two articles
// can be told apart in the list.
SaveResult resolve(ArticleRepository &repository, const Article &mine, ConflictChoice choice,
                   const ThreeWayMerge *merge = nullptr);
}
