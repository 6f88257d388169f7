#pragma once

#include <QHash>
#include <QList>
#include <QTableView>

// The article table. Select All (Ctrl+A, Edit → Select All) first asks for the rows not read
// yet, so that a batch export of "all selected" takes every listed article, not the first page.
// In a narrow panel (a 1366 px screen) the headline keeps room to be read: the less important
// columns step aside, in a given order, and come back when there is room again.
class ArticleTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ArticleTableView(QWidget *parent = nullptr);

    void selectAll() override;

    // The column that takes the remaining width and the least it may get; the others' widths,
    // and the order in which they are hidden when there is not enough room.
    void setColumnLayout(int stretchColumn, int minimumStretchWidth, const QHash<int, int> &widths,
                         const QList<int> &hideOrder);

Q_SIGNALS:
    // Before the selection grows to every row: the model reads its remaining pages.
    void selectAllRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();

    int m_stretchColumn = -1;
    int m_minimumStretchWidth = 0;
    QHash<int, int> m_widths;
    QList<int> m_hideOrder;
};
