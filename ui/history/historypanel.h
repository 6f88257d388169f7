#pragma once

#include "article.h"

#include <QWidget>

class ArticleRepository;
class QListWidget;
class QPushButton;
class QTextBrowser;

// The revisions of the open article, newest first; a selected revision is shown beside the
// current state, and can be restored (as a new revision: nothing is ever overwritten).
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(ArticleRepository *repository, QWidget *parent = nullptr);

    // Lists the revisions of the article; `current` is what the form shows now.
    void showArticle(const Article &current);
    void setCurrent(const Article &current); // only the right-hand side
    void clear();
    [[nodiscard]] QListWidget *revisionList() const { return m_revisions; }
    [[nodiscard]] QTextBrowser *oldView() const { return m_old; }
    [[nodiscard]] QTextBrowser *currentView() const { return m_current; }
    [[nodiscard]] int selectedRevision() const;

    // A readable rendering of the fields, for the comparison (HTML); fields that differ from
    // `other` are marked.
    [[nodiscard]] static QString render(const Article &article, const Article *other = nullptr);

Q_SIGNALS:
    void restoreRequested(qint64 articleId, int revision);

private:
    void showSelected();

    ArticleRepository *m_repository;
    qint64 m_articleId = 0;
    Article m_currentArticle;
    QListWidget *m_revisions;
    QTextBrowser *m_old;
    QTextBrowser *m_current;
    QPushButton *m_restore;
};
