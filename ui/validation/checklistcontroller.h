#pragma once

#include "article.h"
#include "validation/checklistfinding.h"

#include <QObject>

#include <functional>

class ArticleForm;
class ChecklistPanel;
class ImportController;
class QLabel;
class QTimer;
class QWidget;
class SpellingController;

// Fills the checklist for the open article: the validator's findings (or the form's basic
// checks), the unknown words and what an import left out; the status bar's warning count.
class ChecklistController : public QObject
{
    Q_OBJECT

public:
    using FindingsProvider = std::function<QList<ChecklistFinding>(const Article &)>;

    ChecklistController(ArticleForm *form, ChecklistPanel *panel, SpellingController *spelling,
                        ImportController *import, QWidget *window);

    // Findings from outside (the model's Validator); replaces the basic checks when set.
    void setFindingsProvider(FindingsProvider provider) { m_findings = std::move(provider); }
    // The checks without an outside provider: the newsroom's limits, target and readability.
    void setBasicChecks(FindingsProvider checks) { m_basic = std::move(checks); }
    [[nodiscard]] QLabel *warningsLabel() const { return m_warningsLabel; }

    void update();
    // Checking the article on every keystroke would make typing stutter: after a short pause.
    void schedule();

private:
    ArticleForm *m_form;
    ChecklistPanel *m_panel;
    SpellingController *m_spelling;
    ImportController *m_import;
    QLabel *m_warningsLabel;
    QTimer *m_delay;
    FindingsProvider m_findings;
    FindingsProvider m_basic;
};
