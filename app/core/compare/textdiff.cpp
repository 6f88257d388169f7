#include "compare/textdiff.h"

#include <algorithm>
#include <vector>

namespace {
enum class TokenClass { Word, Space, Break };

TokenClass classOf(QChar c)
{
    if (c == u'\n' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
        return TokenClass::Break;
    return c.isSpace() ? TokenClass::Space : TokenClass::Word;
}

// Words stay whole with their punctuation ("Bundestag," is one token): a copy editor reads a
// changed comma as a changed word. Each line break is a token of its own.
QStringList tokens(const QString &text)
{
    QStringList result;
    qsizetype start = 0;
    while (start < text.size()) {
        const TokenClass kind = classOf(text.at(start));
        qsizetype end = start + 1;
        if (kind != TokenClass::Break)
            while (end < text.size() && classOf(text.at(end)) == kind)
                ++end;
        result.append(text.mid(start, end - start));
        start = end;
    }
    return result;
}

void append(QList<DiffSegment> &segments, DiffSegment::Kind kind, const QString &text)
{
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

bool blank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() || c == QChar::ParagraphSeparator; });
}
} // namespace

namespace TextDiff {
QList<DiffSegment> compare(const QString &beforeText, const QString &afterText)
{
    const QStringList a = tokens(beforeText);
    const QStringList b = tokens(afterText);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<DiffSegment> segments;
    for (qsizetype i = 0; i < prefix; ++i)
        append(segments, DiffSegment::Kind::Same, a[i]);
    if (qint64(n + 1) * (m + 1) > maxTableCells) {
        for (qsizetype i = 0; i < n; ++i)
            append(segments, DiffSegment::Kind::Deleted, a[prefix + i]);
        for (qsizetype j = 0; j < m; ++j)
            append(segments, DiffSegment::Kind::Inserted, b[prefix + j]);
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = a[prefix + i] == b[prefix + j] ? lcs[at(i + 1, j + 1)] + 1
                                                               : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        // Changes are gathered per gap between common tokens so that a replaced phrase reads as
        // "deleted words, then inserted words", as in a track-changes view.
        QString deleted;
        QString inserted;
        const auto flush = [&] {
            // Spaces replaced by spaces: only the difference is a change ("  " → " " is one
            // deleted space), so that a removed double space is shown as exactly that.
            if (!deleted.isEmpty() && !inserted.isEmpty() && blank(deleted) && blank(inserted)) {
                qsizetype common = 0;
                while (common < deleted.size() && common < inserted.size() && deleted[common] == inserted[common])
                    ++common;
                if (common > 0) {
                    append(segments, DiffSegment::Kind::Same, deleted.left(common));
                    deleted.remove(0, common);
                    inserted.remove(0, common);
                }
            }
            if (!deleted.isEmpty())
                append(segments, DiffSegment::Kind::Deleted, deleted);
            if (!inserted.isEmpty())
                append(segments, DiffSegment::Kind::Inserted, inserted);
            deleted.clear();
            inserted.clear();
        };
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                flush();
                append(segments, DiffSegment::Kind::Same, a[prefix + i]);
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                deleted += a[prefix + i];
                ++i;
            } else {
                inserted += b[prefix + j];
                ++j;
            }
        }
        flush();
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        append(segments, DiffSegment::Kind::Same, a[i]);
    return segments;
}

bool hasChanges(const QList<DiffSegment> &segments)
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const DiffSegment &s) { return s.kind != DiffSegment::Kind::Same; });
}

bool isWhitespaceOnly(const QList<DiffSegment> &segments)
{
    return hasChanges(segments) && std::all_of(segments.cbegin(), segments.cend(), [](const DiffSegment &s) {
               return s.kind == DiffSegment::Kind::Same || blank(s.text);
           });
}

namespace {
// The text of one side: every segment but those only the other side has.
QString sideText(const QList<DiffSegment> &segments, DiffSegment::Kind otherSideOnly)
{
    QString text;
    for (const DiffSegment &s : segments)
        if (s.kind != otherSideOnly)
            text += s.text;
    return text;
}
} // namespace

QString before(const QList<DiffSegment> &segments)
{
    return sideText(segments, DiffSegment::Kind::Inserted);
}

QString after(const QList<DiffSegment> &segments)
{
    return sideText(segments, DiffSegment::Kind::Deleted);
}
} // namespace TextDiff
