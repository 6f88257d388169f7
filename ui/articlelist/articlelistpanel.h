#pragma once

#include <QWidget>

class ArticleListModel;
class ArticleRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
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
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *sectionFilter() const { return m_section; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] bool showsTrash() const { return m_trash; }

    void setShowTrash(bool trash);
    void setSections(const QStringList &sections);
    // Reloads the list keeping the selection on `id` where it still is listed.
    void reload(qint64 selectId = 0);
    bool selectArticle(qint64 id);
    [[nodiscard]] qint64 selectedId() const;
    void addButtons(const QList<QAction *> &live, const QList<QAction *> &trash);

Q_SIGNALS:
    // The user picked another article (click, keyboard); not emitted by selectArticle().
    void articleActivated(qint64 id);
    void selectionChanged();

private:
    void applyFilter();

    ArticleRepository *m_repository;
    ArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_section;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_title;
    QWidget *m_liveButtons;
    QWidget *m_trashButtons;
    QTimer *m_searchDelay;
    bool m_trash = false;
    bool m_selecting = false;
};
