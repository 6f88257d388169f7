#pragma once

#include <QList>
#include <QString>

// One run of a comparison: text that stayed, or was inserted or deleted.
struct DiffSegment {
    enum class Kind { Same, Inserted, Deleted };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffSegment &) const = default;
};

// A word-level comparison of two texts that a copy editor can read like tracked changes.
// Words, runs of spaces and line breaks are tokens of their own, so the segments joined give
// back each text exactly: a removed double space shows as a removed space, not as a changed
// sentence, and an added sentence as just that sentence.
namespace TextDiff {
// Above this many cells of the comparison table the differing middle is shown as deleted and
// inserted whole, rather than freezing the editor on a pathological pair of texts.
inline constexpr qint64 maxTableCells = 4'000'000;

[[nodiscard]] QList<DiffSegment> compare(const QString &before, const QString &after);
[[nodiscard]] bool hasChanges(const QList<DiffSegment> &segments);
// Changed, but only in spaces, tabs or line breaks: the words read the same.
[[nodiscard]] bool isWhitespaceOnly(const QList<DiffSegment> &segments);
// The text on one side: Same + Deleted (before) or Same + Inserted (after).
[[nodiscard]] QString before(const QList<DiffSegment> &segments);
[[nodiscard]] QString after(const QList<DiffSegment> &segments);
} // namespace TextDiff
