#include "conflictresolver.h"

namespace ConflictResolver {
SaveResult resolve(ArticleRepository &repository, const Article &mine, ConflictChoice choice, const ThreeWayMerge *merge)
{
    if (choice == ConflictChoice::CopyMineAsNew) {
        Article copy = mine;
        copy.id = 0;
        copy.revision = 0;
        copy.headline = QCoreApplication::translate("ConflictResolver", "%1 (copy)").arg(mine.headline);
        return repository.save(copy, 0);
    }
    if (merge) {
        // Based on the revision the merge was made against: if someone saved again since,
        // this is a conflict again and the caller asks anew, never overwriting.
        const Article keep = merge->result(ThreeWayMerge::Side::Mine);
        const SaveResult kept = repository.save(keep, keep.revision);
        if (choice == ConflictChoice::KeepMine || !kept.ok())
            return kept;
        // Take theirs: mine stays one revision back, theirs (with everything that merged) on top.
        return repository.save(merge->result(ThreeWayMerge::Side::Theirs), kept.revision);
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
