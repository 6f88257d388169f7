#include "articlelist/articlelistmodel.h"

#include "articlestatustext.h"
#include "articletext.h"
#include "i18n/germanformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ArticleListModel::ArticleListModel(ArticleRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_hasMore = false;
    endResetModel();
    reload();
}

std::optional<QList<ArticleSummary>> ArticleListModel::read(int offset, int count, bool *more)
{
    *more = false;
    if (!m_repository)
        return QList<ArticleSummary>();
    ArticleFilter page = m_filter;
    page.offset = offset;
    // One more than wanted says whether another page follows; a negative count reads the rest.
    page.limit = count < 0 ? -1 : count + 1;
    auto rows = m_repository->list(page);
    if (!rows) {
        m_error = m_repository->lastError();
        return std::nullopt;
    }
    m_error.clear();
    if (count >= 0 && rows->size() > count) {
        *more = true;
        rows->resize(count);
    }
    return rows;
}

void ArticleListModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

bool ArticleListModel::reload()
{
    bool more = false;
    const auto rows = read(0, std::max(m_pageSize, int(m_rows.size())), &more);
    if (!rows) {
        beginResetModel();
        m_rows.clear();
        m_rowOf.clear();
        m_hasMore = false;
        endResetModel();
        return false;
    }
    m_hasMore = more;
    const bool sameRows = rows->size() == m_rows.size()
        && std::equal(rows->cbegin(), rows->cend(), m_rows.cbegin(),
                      [](const ArticleSummary &a, const ArticleSummary &b) { return a.id == b.id; });
    if (sameRows) {
        // Same articles in the same order (a live refresh after someone's edit of a text):
        // no reset, so the view keeps its selection, current row and scroll position.
        m_rows = *rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return true;
    }
    beginResetModel();
    m_rows = *rows;
    rebuildIndex();
    endResetModel();
    return true;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchRows(m_pageSize);
}

void ArticleListModel::fetchRows(int count)
{
    if (!m_hasMore)
        return;
    bool more = false;
    const auto rows = read(int(m_rows.size()), count, &more);
    if (!rows) {
        // Not again on every scroll event: the next reload() tries anew.
        m_hasMore = false;
        return;
    }
    m_hasMore = more;
    // Paging by offset: an article saved by someone meanwhile moves to the top and pushes the
    // rest down by one, so the new page may repeat the last row; it is listed once.
    QList<ArticleSummary> fresh;
    fresh.reserve(rows->size());
    for (const ArticleSummary &row : *rows) {
        if (!m_rowOf.contains(row.id))
            fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ArticleSummary &row : std::as_const(fresh)) {
        m_rowOf.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

int ArticleListModel::fetchUntil(qint64 id)
{
    // The next page usually has it; beyond that one query for the rest beats one per page
    // (each OFFSET query walks the skipped rows again).
    if (rowOf(id) < 0)
        fetchRows(m_pageSize);
    if (rowOf(id) < 0)
        fetchRows(-1);
    return rowOf(id);
}

bool ArticleListModel::fetchAll()
{
    fetchRows(-1);
    return m_error.isEmpty();
}

void ArticleListModel::showUnsaved(const Article &article, int readingMinutes)
{
    const int row = rowOf(article.id);
    if (row < 0)
        return;
    ArticleSummary &summary = m_rows[row];
    summary.headline = article.headline;
    summary.section = article.section;
    summary.status = article.status;
    summary.readingMinutes = readingMinutes;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QString ArticleListModel::statusText(ArticleStatus status)
{
    return ArticleStatusText::label(status);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Headline: return row.headline.isEmpty() ? ArticleText::untitled() : row.headline;
        case Section: return row.section;
        case Status: return statusText(row.status);
        case Modified: {
            // Today only the time, older the date: the list column stays narrow.
            return GermanFormat::isSameDay(row.modified, QDateTime::currentDateTimeUtc())
                ? GermanFormat::time(row.modified)
                : GermanFormat::shortDate(row.modified);
        }
        case ReadingTime: return row.readingMinutes > 0 ? tr("%n min", nullptr, row.readingMinutes) : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Headline)
        return row.headline;
    if (role == Qt::ToolTipRole && index.column() == Modified)
        return GermanFormat::dateTimeWithSeconds(row.modified);
    if (role == Qt::TextAlignmentRole && index.column() == ReadingTime)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline: return tr("Headline");
    case Section: return tr("Section");
    case Status: return tr("Status");
    case Modified: return tr("Modified");
    case ReadingTime: return tr("Reading");
    }
    return {};
}
