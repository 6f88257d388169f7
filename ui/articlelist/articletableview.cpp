#include "articlelist/articletableview.h"

#include <QHeaderView>

ArticleTableView::ArticleTableView(QWidget *parent)
    : QTableView(parent)
{
}

void ArticleTableView::selectAll()
{
    Q_EMIT selectAllRequested();
    QTableView::selectAll();
}

void ArticleTableView::setColumnLayout(int stretchColumn, int minimumStretchWidth, const QHash<int, int> &widths,
                                       const QList<int> &hideOrder)
{
    m_stretchColumn = stretchColumn;
    m_minimumStretchWidth = minimumStretchWidth;
    m_widths = widths;
    m_hideOrder = hideOrder;
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        horizontalHeader()->resizeSection(it.key(), it.value());
    fitColumns();
}

void ArticleTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ArticleTableView::fitColumns()
{
    if (m_stretchColumn < 0)
        return;
    // Widths come from the layout, not from the header: a hidden section reports no width.
    int fixed = 0;
    for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
        fixed += it.value();
    const int available = viewport()->width();
    QList<int> hidden;
    for (const int column : std::as_const(m_hideOrder)) {
        if (available - fixed >= m_minimumStretchWidth)
            break;
        hidden.append(column);
        fixed -= m_widths.value(column);
    }
    for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it) {
        const bool hide = hidden.contains(it.key());
        if (isColumnHidden(it.key()) != hide) {
            setColumnHidden(it.key(), hide);
            if (!hide)
                horizontalHeader()->resizeSection(it.key(), it.value());
        }
    }
}
