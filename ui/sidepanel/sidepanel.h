#pragma once

#include <QTabWidget>

class AppActions;
class ArticleForm;
class ChecklistPanel;
class HistoryPanel;
class PreviewPane;

// The window's right-hand panel: the form's photo and related links, the checklist, the
// versions and the preview, one tab each; View → Photo/Related/Checklist/Versions bring a
// page forward with the keyboard focus in it.
class SidePanel : public QTabWidget
{
    Q_OBJECT

public:
    SidePanel(ArticleForm *form, ChecklistPanel *checklist, HistoryPanel *history, PreviewPane *preview,
              QWidget *parent = nullptr);

    void connectActions(const AppActions *actions);

private:
    void showPage(QWidget *page, QWidget *focus);

    ArticleForm *m_form;
    ChecklistPanel *m_checklist;
    HistoryPanel *m_history;
};
