#pragma once

#include "article.h"

#include <QPointer>
#include <QWidget>

class ArticleRepository;
class CompareDialog;
class QListWidget;
class QPushButton;
class QTextBrowser;

// The revisions of the open article, newest first. What changed between a selected revision
// and the current state is shown as tracked changes (ComparisonHtml), in the panel and, large
// enough to read, in the compare window; a revision can be restored (as a new revision:
// nothing is ever overwritten).
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
    [[nodiscard]] QTextBrowser *comparisonView() const { return m_comparison; }
    [[nodiscard]] QPushButton *compareButton() const { return m_compare; }
    [[nodiscard]] int selectedRevision() const;
    bool selectRevision(int revision);

    // Opens the compare window for the selected revision against the current state (the newest
    // revision when none is selected). It closes when another article is shown.
    CompareDialog *openCompareWindow();
    [[nodiscard]] CompareDialog *compareWindow() const;

Q_SIGNALS:
    void restoreRequested(qint64 articleId, int revision);

private:
    void showSelected();

    ArticleRepository *m_repository;
    qint64 m_articleId = 0;
    Article m_currentArticle;
    QListWidget *m_revisions;
    QTextBrowser *m_comparison;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QPointer<CompareDialog> m_compareWindow;
};
