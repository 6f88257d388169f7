#include "articlelist/articletableview.h"

ArticleTableView::ArticleTableView(QWidget *parent)
    : QTableView(parent)
{
}

void ArticleTableView::selectAll()
{
    Q_EMIT selectAllRequested();
    QTableView::selectAll();
}
