#pragma once

#include "articlerepository.h"

#include <QAbstractTableModel>

// The article list: one row per ArticleSummary from ArticleRepository::list, never a body or
// a photo, so that 10,000 articles list quickly.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Headline, Section, Status, Modified, ReadingTime, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ArticleListModel(ArticleRepository *repository, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    [[nodiscard]] ArticleFilter filter() const { return m_filter; }
    // Reads the list again; false (message in the repository's lastError()) on failure.
    bool reload();
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] const ArticleSummary &summaryAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] static QString statusText(ArticleStatus status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ArticleRepository *m_repository;
    ArticleFilter m_filter;
    QList<ArticleSummary> m_rows;
};
