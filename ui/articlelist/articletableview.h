#pragma once

#include <QTableView>

// The article table. Select All (Ctrl+A, Edit → Select All) first asks for the rows not read
// yet, so that a batch export of "all selected" takes every listed article, not the first page.
class ArticleTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ArticleTableView(QWidget *parent = nullptr);

    void selectAll() override;

Q_SIGNALS:
    // Before the selection grows to every row: the model reads its remaining pages.
    void selectAllRequested();
};
