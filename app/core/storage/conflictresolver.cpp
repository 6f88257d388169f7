#include "conflictresolver.h"

namespace ConflictResolver {
SaveResult resolve(ArticleRepository &repository, const Article &mine, ConflictChoice choice)
{
    if (choice == ConflictChoice::CopyMineAsNew) {
        Article copy = mine;
        copy.id = 0;
        copy.revision = 0;
        return repository.save(copy, 0);
    }
    const auto theirs = repository.load(mine.id);
    if (!theirs)
        return SaveResult{SaveResult::Outcome::Failed, mine.id, 0, repository.lastError()};
    // Mine goes on top of theirs: theirs remains the revision before it.
    const SaveResult kept = repository.save(mine, theirs->revision);
    if (choice == ConflictChoice::KeepMine || !kept.ok())
        return kept;
    // Take theirs: their words become current again, mine stay one revision back.
    return repository.restoreRevision(mine.id, theirs->revision);
}
} // namespace ConflictResolver
