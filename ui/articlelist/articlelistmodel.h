#pragma once

#include "articlerepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The article list: one row per ArticleSummary from ArticleRepository::list, never a body or
// a photo. The rows are read a page at a time (canFetchMore/fetchMore, the view asks when it
// scrolls near the end), so that start-up with 10,000 articles reads one screenful, not all.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Headline, Section, Status, Modified, ReadingTime, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    // A few screens of rows: cheap to read and to lay out, and a scroll wheel seldom gets past it.
    static constexpr int defaultPageSize = 200;

    explicit ArticleListModel(ArticleRepository *repository, QObject *parent = nullptr);

    // Rows read per page; takes effect at the next setFilter()/fetchMore().
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    // Lists from the first page again with this filter.
    void setFilter(const ArticleFilter &filter);
    [[nodiscard]] ArticleFilter filter() const { return m_filter; }
    // Reads the list again, as many rows as were loaded (at least one page), so that a refresh
    // keeps what the journalist scrolled to; false (message in lastError()) on failure.
    bool reload();
    // Loads further pages until the article is listed; its row or -1 when the filter does not
    // list it (then every page has been read).
    int fetchUntil(qint64 id);
    // Loads every remaining page (Select All, Export All in the list's order).
    bool fetchAll();
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] QString lastError() const { return m_error; }

    // The article's row shows its unsaved state (journaled typing): headline, section, status
    // and reading time as the journalist sees them, until the next reload() reads the database.
    void showUnsaved(const Article &article, int readingMinutes);

    [[nodiscard]] int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] const ArticleSummary &summaryAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] static QString statusText(ArticleStatus status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // Rows [offset, offset + count) in the filter's order, plus whether more follow; nullopt
    // (with m_error) when the repository fails.
    std::optional<QList<ArticleSummary>> read(int offset, int count, bool *more);
    void rebuildIndex();
    // Appends the next `count` rows (all remaining when negative).
    void fetchRows(int count);

    ArticleRepository *m_repository;
    ArticleFilter m_filter;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowOf;
    QString m_error;
    int m_pageSize = defaultPageSize;
    bool m_hasMore = false;
};
