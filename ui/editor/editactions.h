#pragma once

#include <QObject>

class AppActions;
class ArticleForm;
class DialogInterface;
class QWidget;

// The Edit and Format menus on the article form: Undo/Redo take back what the focused place
// did (the body's typing, the form's fields, the side panel's photo and links) and say so in
// their text; cut, copy, paste and select all go to the focused field; formats and links go
// to the body, whose formats the checked actions follow.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(AppActions *actions, ArticleForm *form, DialogInterface *dialogs, QWidget *window);

    void updateUndoActions();
    void updateFormatActions();

private:
    void undo();
    void redo();
    void forwardToFocus(const char *slot);
    void pastePlainText();
    void editLink();

    AppActions *m_actions;
    ArticleForm *m_form;
    DialogInterface *m_dialogs;
    QWidget *m_window;
};
