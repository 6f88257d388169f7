#include "threewaymerge.h"

#include "compare/articlecomparison.h"

#include "articlediff.h"
#include "articlesnapshot.h"
#include "articlestatustext.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct FieldAccess {
    QString key;
    std::function<bool(const Article &, const Article &)> equal;
    std::function<void(Article &to, const Article &from)> copy;
    std::function<QString(const Article &)> text; // for the conflict dialog
};

template<typename Member>
FieldAccess simple(const QString &key, Member member, std::function<QString(const Article &)> text)
{
    return {key, [member](const Article &a, const Article &b) { return a.*member == b.*member; },
            [member](Article &to, const Article &from) { to.*member = from.*member; }, std::move(text)};
}

const QList<FieldAccess> &fields()
{
    static const QList<FieldAccess> all = {
        simple(u"section"_s, &Article::section, [](const Article &a) { return a.section; }),
        simple(u"kicker"_s, &Article::kicker, [](const Article &a) { return a.kicker; }),
        simple(u"headline"_s, &Article::headline, [](const Article &a) { return a.headline; }),
        simple(u"teaser"_s, &Article::teaser, [](const Article &a) { return a.teaser; }),
        simple(u"authors"_s, &Article::authors, [](const Article &a) { return a.authors.join(u", "_s); }),
        simple(u"dateline"_s, &Article::dateline, [](const Article &a) { return a.dateline; }),
        simple(u"published"_s, &Article::published,
               [](const Article &a) { return a.published.isValid() ? a.published.toString(Qt::ISODate) : QString(); }),
        simple(u"status"_s, &Article::status, [](const Article &a) { return ArticleStatusText::label(a.status); }),
        simple(u"tags"_s, &Article::tags, [](const Article &a) { return a.tags.join(u", "_s); }),
        simple(u"language"_s, &Article::language, [](const Article &a) { return a.language; }),
        {u"photo"_s,
         [](const Article &a, const Article &b) {
             return a.photo.data == b.photo.data && a.photo.mimeType == b.photo.mimeType && a.photo.fileName == b.photo.fileName;
         },
         [](Article &to, const Article &from) {
             to.photo.data = from.photo.data;
             to.photo.mimeType = from.photo.mimeType;
             to.photo.width = from.photo.width;
             to.photo.height = from.photo.height;
             to.photo.fileName = from.photo.fileName;
         },
         [](const Article &a) { return a.photo.fileName; }},
        {u"photo.caption"_s, [](const Article &a, const Article &b) { return a.photo.caption == b.photo.caption; },
         [](Article &to, const Article &from) { to.photo.caption = from.photo.caption; },
         [](const Article &a) { return a.photo.caption; }},
        {u"photo.credit"_s, [](const Article &a, const Article &b) { return a.photo.credit == b.photo.credit; },
         [](Article &to, const Article &from) { to.photo.credit = from.photo.credit; },
         [](const Article &a) { return a.photo.credit; }},
        {u"photo.altText"_s, [](const Article &a, const Article &b) { return a.photo.altText == b.photo.altText; },
         [](Article &to, const Article &from) { to.photo.altText = from.photo.altText; },
         [](const Article &a) { return a.photo.altText; }},
        simple(u"related"_s, &Article::related, [](const Article &a) { return ArticleDiff::relatedText(a.related); }),
        simple(u"embargoed"_s, &Article::embargoed,
               [](const Article &a) { return a.embargoed.isValid() ? a.embargoed.toString(Qt::ISODate) : QString(); }),
        simple(u"target"_s, &Article::target, [](const Article &a) { return ArticleComparison::targetText(a.target); }),
        simple(u"sourceUri"_s, &Article::sourceUri, [](const Article &a) { return a.sourceUri; }),
        simple(u"sourceVersion"_s, &Article::sourceVersion, [](const Article &a) { return a.sourceVersion; }),
    };
    return all;
}

// matches[i] = index in b of a[i] in one longest common subsequence, or -1.
std::vector<qsizetype> lcsMatches(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            table[at(i, j)] = a[i] == b[j] ? table[at(i + 1, j + 1)] + 1 : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
    std::vector<qsizetype> matches(size_t(n), -1);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            matches[size_t(i)] = j;
            ++i;
            ++j;
        } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return matches;
}

// One side's change inside a chunk: base blocks [from, to) replaced by lines (from == to: an
// insertion before block `from`). Indices are into the whole base.
struct Hunk {
    qsizetype from = 0;
    qsizetype to = 0;
    QStringList lines;
    bool mine = true;
};

// The hunks of one side between base blocks [i, j) and its blocks [x, xEnd), cut at the blocks
// the side kept (matches). A stretch that replaces as many blocks as it has is a paragraph-for-
// paragraph edit: one hunk per paragraph, so that editing paragraph 1 does not collide with a
// colleague's edit of paragraph 2.
QList<Hunk> hunksOf(const QStringList &side, qsizetype i, qsizetype j, qsizetype x, qsizetype xEnd,
                    const std::vector<qsizetype> &matches, bool mine)
{
    QList<Hunk> hunks;
    qsizetype k = i;
    qsizetype p = x;
    for (;;) {
        qsizetype k2 = k;
        while (k2 < j && matches[size_t(k2)] < 0)
            ++k2;
        const qsizetype p2 = k2 < j ? matches[size_t(k2)] : xEnd;
        if (k2 - k == p2 - p && k2 - k > 1) {
            for (qsizetype n = 0; n < k2 - k; ++n)
                hunks.append({k + n, k + n + 1, {side.at(p + n)}, mine});
        } else if (k2 > k || p2 > p) {
            hunks.append({k, k2, side.mid(p, p2 - p), mine});
        }
        if (k2 >= j)
            break;
        k = k2 + 1;
        p = p2 + 1;
    }
    return hunks;
}

bool overlaps(const Hunk &h, const Hunk &g)
{
    const bool hInsert = h.from == h.to;
    const bool gInsert = g.from == g.to;
    if (hInsert && gInsert)
        return h.from == g.from;
    // An insertion next to a changed block is ambiguous (before or after?): ask.
    if (hInsert)
        return g.from <= h.from && h.from <= g.to;
    if (gInsert)
        return h.from <= g.from && g.from <= h.to;
    return h.from < g.to && g.from < h.to;
}

// The three-way rule for one stretch of blocks: where only one side changed it, or both
// alike, that text for both sides; nullopt when both changed it differently.
std::optional<QStringList> settled(const QStringList &mine, const QStringList &theirs, const QStringList &base)
{
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    return std::nullopt;
}

QString plain(const QStringList &blocks)
{
    QStringList texts;
    for (const QString &block : blocks)
        texts.append(ArticleSnapshot::bodyText(block).trimmed());
    return texts.join(u"\n\n"_s);
}
} // namespace

ThreeWayMerge::ThreeWayMerge(const Article &base, const Article &mine, const Article &theirs)
    : m_mine(mine)
    , m_theirs(theirs)
    , m_merged(theirs)
{
    bool identical = true;
    for (const FieldAccess &field : fields()) {
        const bool mineChanged = !field.equal(mine, base);
        const bool theirsChanged = !field.equal(theirs, base);
        if (mineChanged)
            m_changedByMe.append(field.key);
        if (theirsChanged)
            m_changedByThem.append(field.key);
        if (field.equal(mine, theirs))
            continue;
        identical = false;
        if (!mineChanged)
            continue; // theirs already in m_merged
        if (!theirsChanged) {
            field.copy(m_merged, mine);
            continue;
        }
        m_conflicts.append({field.key, field.text(base), field.text(mine), field.text(theirs)});
    }
    // The writer ends a body with a line break, an imported or older one may not: whitespace
    // around the blocks is no change.
    const auto sameBody = [](const Article &a, const Article &b) { return a.bodyHtml.trimmed() == b.bodyHtml.trimmed(); };
    if (!sameBody(mine, base))
        m_changedByMe.append(u"body"_s);
    if (!sameBody(theirs, base))
        m_changedByThem.append(u"body"_s);
    if (!sameBody(mine, theirs)) {
        identical = false;
        if (sameBody(theirs, base))
            m_merged.bodyHtml = mine.bodyHtml;
        else if (!sameBody(mine, base))
            mergeBody(base, mine, theirs);
    }
    m_identical = identical;
}

QStringList ThreeWayMerge::splitBlocks(const QString &html)
{
    static const QRegularExpression open(u"<(p|h[1-6]|blockquote|ul|ol|pre|div|table)[\\s>]"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList blocks;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QRegularExpressionMatch match = open.match(html, pos);
        if (!match.hasMatch()) {
            if (!html.mid(pos).trimmed().isEmpty())
                blocks.append(html.mid(pos).trimmed());
            break;
        }
        if (const QString before = html.mid(pos, match.capturedStart() - pos).trimmed(); !before.isEmpty())
            blocks.append(before);
        // The block ends at its own closing tag; the same tag may nest (lists in lists).
        const QString name = match.captured(1).toLower();
        const QString openTag = u'<' + name;
        const QString closeTag = u"</"_s + name + u'>';
        int depth = 0;
        qsizetype scan = match.capturedStart();
        qsizetype end = html.size();
        while (scan < html.size()) {
            const qsizetype nextOpen = html.indexOf(openTag, scan, Qt::CaseInsensitive);
            const qsizetype nextClose = html.indexOf(closeTag, scan, Qt::CaseInsensitive);
            if (nextClose < 0)
                break;
            if (nextOpen >= 0 && nextOpen < nextClose) {
                const qsizetype next = nextOpen + openTag.size();
                const QChar after = next < html.size() ? html.at(next) : QChar();
                if (after == u'>' || after.isSpace())
                    ++depth;
                scan = nextOpen + openTag.size();
                continue;
            }
            --depth;
            scan = nextClose + closeTag.size();
            if (depth <= 0) {
                end = scan;
                break;
            }
        }
        blocks.append(html.mid(match.capturedStart(), end - match.capturedStart()));
        pos = end;
    }
    return blocks;
}

void ThreeWayMerge::mergeBody(const Article &base, const Article &mine, const Article &theirs)
{
    const QStringList o = splitBlocks(base.bodyHtml);
    const QStringList a = splitBlocks(mine.bodyHtml);
    const QStringList b = splitBlocks(theirs.bodyHtml);
    m_blockSeparator = mine.bodyHtml.contains(u">\n<"_s) ? u"\n"_s : QString();
    const std::vector<qsizetype> ma = lcsMatches(o, a);
    const std::vector<qsizetype> mb = lcsMatches(o, b);
    // diff3: walk the base; a base block kept on both sides is stable, the stretches between
    // stable blocks are chunks settled by who changed them.
    qsizetype i = 0;
    qsizetype x = 0;
    qsizetype y = 0;
    bool conflict = false;
    const auto settle = [&](qsizetype oEnd, qsizetype aEnd, qsizetype bEnd) {
        const QStringList baseChunk = o.mid(i, oEnd - i);
        const QStringList mineChunk = a.mid(x, aEnd - x);
        const QStringList theirsChunk = b.mid(y, bEnd - y);
        BodyChunk chunk;
        if (const auto text = settled(mineChunk, theirsChunk, baseChunk)) {
            chunk.mine = chunk.theirs = *text;
        } else {
            // Both changed this stretch: only hunks that touch the same blocks conflict.
            QList<Hunk> all = hunksOf(a, i, oEnd, x, aEnd, ma, true) + hunksOf(b, i, oEnd, y, bEnd, mb, false);
            std::stable_sort(all.begin(), all.end(),
                             [](const Hunk &l, const Hunk &r) { return l.from < r.from || (l.from == r.from && l.to < r.to); });
            qsizetype k = i;
            qsizetype h = 0;
            while (h < all.size()) {
                // A cluster: hunks that overlap one another, transitively.
                QList<Hunk> cluster{all.at(h)};
                Hunk extent = all.at(h);
                ++h;
                while (h < all.size() && overlaps(extent, all.at(h))) {
                    extent.from = std::min(extent.from, all.at(h).from);
                    extent.to = std::max(extent.to, all.at(h).to);
                    cluster.append(all.at(h));
                    ++h;
                }
                if (k < extent.from)
                    m_body.append({o.mid(k, extent.from - k), o.mid(k, extent.from - k), false});
                const auto apply = [&](bool ofMine) {
                    QStringList lines;
                    qsizetype at = extent.from;
                    for (const Hunk &hunk : std::as_const(cluster)) {
                        if (hunk.mine != ofMine)
                            continue;
                        lines += o.mid(at, hunk.from - at);
                        lines += hunk.lines;
                        at = hunk.to;
                    }
                    lines += o.mid(at, extent.to - at);
                    return lines;
                };
                const QStringList mineLines = apply(true);
                const QStringList theirsLines = apply(false);
                const QStringList baseLines = o.mid(extent.from, extent.to - extent.from);
                BodyChunk piece;
                if (const auto lines = settled(mineLines, theirsLines, baseLines)) {
                    piece.mine = piece.theirs = *lines;
                } else {
                    piece.mine = mineLines;
                    piece.theirs = theirsLines;
                    piece.conflict = true;
                    conflict = true;
                    m_conflicts.append({u"body"_s, plain(baseLines), plain(mineLines), plain(theirsLines)});
                }
                if (!piece.mine.isEmpty() || !piece.theirs.isEmpty())
                    m_body.append(piece);
                k = extent.to;
            }
            if (k < oEnd)
                m_body.append({o.mid(k, oEnd - k), o.mid(k, oEnd - k), false});
            i = oEnd;
            x = aEnd;
            y = bEnd;
            return;
        }
        if (!chunk.mine.isEmpty() || !chunk.theirs.isEmpty())
            m_body.append(chunk);
        i = oEnd;
        x = aEnd;
        y = bEnd;
    };
    while (i < o.size() || x < a.size() || y < b.size()) {
        if (i < o.size() && ma[size_t(i)] == x && mb[size_t(i)] == y) {
            m_body.append({{a.at(x)}, {a.at(x)}, false});
            ++i;
            ++x;
            ++y;
            continue;
        }
        qsizetype j = i;
        while (j < o.size() && (ma[size_t(j)] < 0 || mb[size_t(j)] < 0))
            ++j;
        if (j < o.size())
            settle(j, ma[size_t(j)], mb[size_t(j)]);
        else
            settle(o.size(), a.size(), b.size());
    }
    Q_UNUSED(conflict)
    m_merged.bodyHtml = result(Side::Mine).bodyHtml;
}

Article ThreeWayMerge::result(Side preferred) const
{
    Article merged = m_merged;
    const Article &winner = preferred == Side::Mine ? m_mine : m_theirs;
    for (const FieldConflict &conflict : m_conflicts) {
        for (const FieldAccess &field : fields()) {
            if (field.key == conflict.field)
                field.copy(merged, winner);
        }
    }
    if (!m_body.isEmpty()) {
        QStringList blocks;
        for (const BodyChunk &chunk : m_body)
            blocks.append(preferred == Side::Mine ? chunk.mine : chunk.theirs);
        merged.bodyHtml = blocks.join(m_blockSeparator);
    }
    merged.id = m_theirs.id;
    merged.revision = m_theirs.revision;
    merged.created = m_theirs.created;
    merged.modified = m_theirs.modified;
    return merged;
}

QString ThreeWayMerge::describeChanges(const QString &colleague, const QStringList &fields)
{
    const QString who = colleague.isEmpty() ? tr("A colleague") : colleague;
    if (fields.size() == 1) {
        const QString &field = fields.constFirst();
        if (field == u"headline")
            return tr("%1 changed the headline").arg(who);
        if (field == u"teaser")
            return tr("%1 changed the teaser").arg(who);
        if (field == u"body")
            return tr("%1 changed the body text").arg(who);
        if (field == u"kicker")
            return tr("%1 changed the kicker").arg(who);
        return tr("%1 changed the field “%2”").arg(who, ArticleDiff::fieldLabel(field));
    }
    QStringList labels;
    for (const QString &field : fields)
        labels.append(field == u"body" ? tr("Body") : ArticleDiff::fieldLabel(field));
    if (labels.isEmpty())
        return tr("%1 saved a new revision").arg(who);
    return tr("%1 changed: %2").arg(who, labels.join(u", "_s));
}
