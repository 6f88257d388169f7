#pragma once

#include <QWidget>

class ArticleListModel;
class ArticleTableView;
class ArticleRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The left side: search, section and status filters, the article table, and the switch
// between the live articles and the trash. The actions (New, Duplicate, Delete, Restore,
// Empty Trash) live in AppActions; the panel shows buttons for them.
class ArticleListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleListPanel(ArticleRepository *repository, QWidget *parent = nullptr);

    [[nodiscard]] ArticleListModel *model() const { return m_model; }
    [[nodiscard]] ArticleTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *sectionFilter() const { return m_section; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] bool showsTrash() const { return m_trash; }

    void setShowTrash(bool trash);
    void setSections(const QStringList &sections);
    // Reloads the list (as many rows as were read) keeping the current row, or `selectId`, and
    // the other selected rows where they still are listed.
    void reload(qint64 selectId = 0);
    // Makes the article the current, only selected row, reading further pages until it is
    // listed; leaves the selection alone when its row is current already. False when the
    // filter does not list it (the selection is cleared then).
    bool selectArticle(qint64 id);
    // The current row's article: the one in the form. 0 when there is none.
    [[nodiscard]] qint64 selectedId() const;
    // Every selected article in the list's order (a batch export).
    [[nodiscard]] QList<qint64> selectedIds() const;
    void addButtons(const QList<QAction *> &live, const QList<QAction *> &trash);

Q_SIGNALS:
    // The user picked another article (click, keyboard); not emitted by selectArticle().
    void articleActivated(qint64 id);
    // The current row or the set of selected rows changed.
    void selectionChanged();

private:
    void applyFilter();
    void showTrashControls(bool trash);
    void restoreSelection(qint64 current, const QList<qint64> &selected);
    bool selectRow(qint64 id, bool fetch);

    ArticleRepository *m_repository;
    ArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_section;
    QComboBox *m_status;
    ArticleTableView *m_view;
    QLabel *m_title;
    QWidget *m_liveButtons;
    QWidget *m_trashButtons;
    QTimer *m_searchDelay;
    bool m_trash = false;
    bool m_selecting = false;
};
