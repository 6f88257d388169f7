#pragma once

#include "articlerepository.h"

#include <QCoreApplication>

// What the journalist chose after a save conflict. Every choice keeps both versions:
// the other version stays a revision, and "take theirs" first stores mine as a revision
// before restoring theirs on top, so it can always be found again in the history.
enum class ConflictChoice { KeepMine, TakeTheirs, CopyMineAsNew };

namespace ConflictResolver {
// mine: the editor's unsaved article (id and the revision it was based on). Returns the save
// that settled the conflict; another Conflict when someone saved again in the meantime.
SaveResult resolve(ArticleRepository &repository, const Article &mine, ConflictChoice choice);
}
