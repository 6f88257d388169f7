#include "articlelist/articlelistmodel.h"

#include "articlestatustext.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

ArticleListModel::ArticleListModel(ArticleRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

bool ArticleListModel::reload()
{
    beginResetModel();
    const auto rows = m_repository ? m_repository->list(m_filter) : std::nullopt;
    m_rows = rows.value_or(QList<ArticleSummary>());
    endResetModel();
    return rows.has_value();
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
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
        case Headline: return row.headline.isEmpty() ? tr("(no headline)") : row.headline;
        case Section: return row.section;
        case Status: return statusText(row.status);
        case Modified: {
            const QDateTime local = row.modified.toLocalTime();
            const QLocale locale;
            // Today only the time, older the date: the list column stays narrow.
            return local.date() == QDate::currentDate() ? locale.toString(local.time(), u"HH:mm"_s)
                                                        : locale.toString(local.date(), u"dd.MM.yy"_s);
        }
        case ReadingTime: return tr("%n min", nullptr, row.readingMinutes);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Headline)
        return row.headline;
    if (role == Qt::ToolTipRole && index.column() == Modified)
        return QLocale().toString(row.modified.toLocalTime(), u"dd.MM.yyyy HH:mm:ss"_s);
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
