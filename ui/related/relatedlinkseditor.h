#pragma once

#include "article.h"

#include <QWidget>

class ArticleRepository;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

// "Mehr zum Thema": find other articles of the database and add them, add external links
// with a title, reorder (buttons or drag) and remove.
class RelatedLinksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedLinksEditor(ArticleRepository *repository, QWidget *parent = nullptr);

    void setCurrentArticleId(qint64 id) { m_currentId = id; }
    void setLinks(const QList<RelatedLink> &links); // no signal
    [[nodiscard]] QList<RelatedLink> links() const;

    // Runs the search in the repository and lists the hits (without the open article).
    void search(const QString &text);
    bool addSearchResult(int row);
    bool addExternal(const QString &url, const QString &title);
    void moveCurrent(int delta);
    void removeCurrent();

    // Accessors for tests, alike in shape to PhotoPanel's and CompareDialog's on purpose.
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QListWidget *resultList() const { return m_results; }
    [[nodiscard]] QListWidget *linkList() const { return m_links; }
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    void linksChanged();

private:
    void addItem(const RelatedLink &link);
    void updateButtons();
    [[nodiscard]] QString titleOf(qint64 articleId);

    ArticleRepository *m_repository;
    qint64 m_currentId = 0;
    QLineEdit *m_search;
    QListWidget *m_results;
    QPushButton *m_addResult;
    QLineEdit *m_url;
    QLineEdit *m_title;
    QPushButton *m_addUrl;
    QListWidget *m_links;
    QToolButton *m_up;
    QToolButton *m_down;
    QPushButton *m_remove;
    bool m_updating = false;
};
