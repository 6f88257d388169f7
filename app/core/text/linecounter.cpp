#include "text/linecounter.h"

#include "text/hyphenator.h"
#include "text/textlength.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <vector>

namespace {
enum class Kind : quint8 { Char, Space, SoftHyphen };

struct Cell {
    qsizetype start;
    Kind kind;
};

struct Break {
    qsizetype cell; // break before this cell
    bool addsHyphen;
};

// Spaces a line may break at; no-break spaces (U+00A0, U+202F, U+2007) bind and count as
// characters.
bool isBreakingSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() && u != 0x00A0 && u != 0x202F && u != 0x2007;
}

bool isHyphenLike(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == 0x2010 || u == 0x2013 || u == u'/';
}
} // namespace

LineCounter::LineCounter(int columns, const Hyphenator *hyphenator)
    : m_columns(std::clamp(columns, minColumns, maxColumns))
    , m_hyphenator(hyphenator && hyphenator->isValid() ? hyphenator : nullptr)
{
}

QList<qsizetype> LineCounter::hyphenationPoints(QStringView word) const
{
    return m_hyphenator ? m_hyphenator->hyphenationPoints(word) : QList<qsizetype>();
}

int LineCounter::lines(QStringView text) const
{
    return run(text, nullptr);
}

QStringList LineCounter::layout(QStringView text) const
{
    QStringList out;
    run(text, &out);
    return out;
}

int LineCounter::run(QStringView text, QStringList *out) const
{
    int total = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || TextLength::isLineBreak(text.at(i))) {
            total += setParagraph(text.mid(start, i - start), out);
            start = i + 1;
        }
    }
    return total;
}

int LineCounter::setParagraph(QStringView paragraph, QStringList *out) const
{
    if (paragraph.trimmed().isEmpty())
        return 0;
    std::vector<Cell> cells;
    cells.reserve(size_t(paragraph.size()));
    const auto addCell = [&cells](QChar first, qsizetype start) {
        if (first.unicode() == 0x00AD)
            cells.push_back({start, Kind::SoftHyphen});
        else if (isBreakingSpace(first))
            cells.push_back({start, Kind::Space});
        else if (!TextLength::isInvisible(first))
            cells.push_back({start, Kind::Char});
    };
    if (TextLength::isOneUnitPerGrapheme(paragraph)) {
        // Most paragraphs: one cell per code unit, without the boundary finder's cost.
        for (qsizetype at = 0; at < paragraph.size(); ++at)
            addCell(paragraph.at(at), at);
    } else {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, paragraph.data(), int(paragraph.size()));
        qsizetype start = 0;
        for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
            addCell(paragraph.at(start), start);
            start = end;
        }
    }
    const qsizetype cellCount = qsizetype(cells.size());
    cells.push_back({paragraph.size(), Kind::Space});
    // widthBefore[i]: visible characters in cells [0, i).
    std::vector<int> widthBefore(size_t(cellCount) + 1, 0);
    for (qsizetype i = 0; i < cellCount; ++i)
        widthBefore[size_t(i) + 1] = widthBefore[size_t(i)] + (cells[size_t(i)].kind == Kind::Char ? 1 : 0);
    const auto width = [&](qsizetype from, qsizetype to) { return widthBefore[size_t(to)] - widthBefore[size_t(from)]; };
    const auto textOf = [&](qsizetype from, qsizetype to) {
        QString piece = paragraph.mid(cells[size_t(from)].start, cells[size_t(to)].start - cells[size_t(from)].start).toString();
        piece.remove(QChar(0x00AD));
        return piece;
    };

    int lines = 0;
    int used = 0; // characters on the open line
    bool open = false;
    QString current;
    const auto newLine = [&] {
        if (out && lines > 0)
            out->append(current);
        current.clear();
        ++lines;
        used = 0;
        open = true;
    };
    std::vector<Break> breaks;
    qsizetype i = 0;
    while (i < cellCount) {
        if (cells[size_t(i)].kind == Kind::Space) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < cellCount && cells[size_t(i)].kind != Kind::Space)
            ++i;
        const qsizetype end = i;
        breaks.clear();
        bool breaksComputed = false;
        qsizetype from = begin;
        while (from < end) {
            if (!open)
                newLine();
            const int separator = used > 0 ? 1 : 0;
            const int rest = width(from, end);
            if (used + separator + rest <= m_columns) {
                if (out)
                    current += (separator ? QStringLiteral(" ") : QString()) + textOf(from, end);
                used += separator + rest;
                break;
            }
            if (!breaksComputed) {
                breaksComputed = true;
                bool soft = false;
                for (qsizetype c = begin; c < end; ++c) {
                    if (cells[size_t(c)].kind == Kind::SoftHyphen) {
                        soft = true;
                        if (c + 1 < end)
                            breaks.push_back({c + 1, true});
                    } else if (c > begin && c + 1 < end && isHyphenLike(paragraph.at(cells[size_t(c)].start))
                               && paragraph.at(cells[size_t(c) + 1].start).isLetterOrNumber()) {
                        breaks.push_back({c + 1, false});
                    }
                }
                // Soft hyphens are the author's choice: where there are any, they are the only
                // syllable breaks, as in every layout program.
                // Addresses (a URL, an e-mail) break after "/" or "-" only, never at syllables.
                const QStringView token = paragraph.mid(cells[size_t(begin)].start,
                                                        cells[size_t(end)].start - cells[size_t(begin)].start);
                const bool address = token.contains(u'/') || token.contains(u'@');
                if (!soft && !address) {
                    // Hyphenate each run of letters on its own ("Nordkorea-Soldaten" as two).
                    qsizetype c = begin;
                    while (c < end) {
                        if (!paragraph.at(cells[size_t(c)].start).isLetter()) {
                            ++c;
                            continue;
                        }
                        const qsizetype runStart = c;
                        while (c < end && (paragraph.at(cells[size_t(c)].start).isLetter()))
                            ++c;
                        const qsizetype runEnd = c;
                        if (runEnd - runStart < 4)
                            continue;
                        const QStringView word = paragraph.mid(cells[size_t(runStart)].start,
                                                               cells[size_t(runEnd)].start - cells[size_t(runStart)].start);
                        const QList<qsizetype> points = hyphenationPoints(word);
                        qsizetype cell = runStart;
                        for (const qsizetype point : points) {
                            const qsizetype offset = cells[size_t(runStart)].start + point;
                            while (cell < runEnd && cells[size_t(cell)].start < offset)
                                ++cell;
                            if (cell > runStart && cell < runEnd && cells[size_t(cell)].start == offset)
                                breaks.push_back({cell, true});
                        }
                    }
                    std::sort(breaks.begin(), breaks.end(), [](const Break &a, const Break &b) { return a.cell < b.cell; });
                }
            }
            const int available = m_columns - used - separator;
            const Break *best = nullptr;
            for (const Break &candidate : breaks) {
                if (candidate.cell <= from)
                    continue;
                if (width(from, candidate.cell) + (candidate.addsHyphen ? 1 : 0) > available)
                    break;
                best = &candidate;
            }
            if (best) {
                if (out)
                    current += (separator ? QStringLiteral(" ") : QString()) + textOf(from, best->cell)
                        + (best->addsHyphen ? QStringLiteral("-") : QString());
                from = best->cell;
                open = false;
                continue;
            }
            if (used > 0) {
                open = false;
                continue;
            }
            // A word longer than the column with no break that fits (a URL): cut it hard.
            qsizetype cut = from;
            while (cut < end && width(from, cut + 1) <= m_columns)
                ++cut;
            if (out)
                current += textOf(from, cut);
            from = cut;
            open = false;
        }
    }
    if (out && lines > 0)
        out->append(current);
    return lines;
}
