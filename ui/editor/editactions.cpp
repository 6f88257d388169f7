#include "editor/editactions.h"

#include "actions/appactions.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"

#include <QAction>
#include <QApplication>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

EditActions::EditActions(AppActions *actions, ArticleForm *form, DialogInterface *dialogs, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_form(form)
    , m_dialogs(dialogs)
    , m_window(window)
{
    AppActions *a = actions;
    connect(a->undo, &QAction::triggered, this, &EditActions::undo);
    connect(a->redo, &QAction::triggered, this, &EditActions::redo);
    connect(a->cut, &QAction::triggered, this, [this] { forwardToFocus("cut"); });
    connect(a->copy, &QAction::triggered, this, [this] { forwardToFocus("copy"); });
    connect(a->paste, &QAction::triggered, this, [this] { forwardToFocus("paste"); });
    connect(a->selectAll, &QAction::triggered, this, [this] { forwardToFocus("selectAll"); });
    connect(a->pastePlainText, &QAction::triggered, this, &EditActions::pastePlainText);

    BodyEditor *body = form->bodyEditor();
    auto onBody = [this, body](auto apply) {
        return [this, body, apply] {
            if (!m_form->hasArticle())
                return;
            apply();
            body->setFocus(Qt::ShortcutFocusReason);
        };
    };
    connect(a->paragraph, &QAction::triggered, this, onBody([body] { body->setParagraph(); }));
    connect(a->heading2, &QAction::triggered, this, onBody([body] { body->setHeading(2); }));
    connect(a->heading3, &QAction::triggered, this, onBody([body] { body->setHeading(3); }));
    connect(a->bold, &QAction::triggered, this, onBody([body] { body->toggleBold(); }));
    connect(a->italic, &QAction::triggered, this, onBody([body] { body->toggleItalic(); }));
    connect(a->quote, &QAction::triggered, this, onBody([body] { body->toggleQuote(); }));
    connect(a->bulletList, &QAction::triggered, this, onBody([body] { body->toggleList(false); }));
    connect(a->numberedList, &QAction::triggered, this, onBody([body] { body->toggleList(true); }));
    connect(a->link, &QAction::triggered, this, &EditActions::editLink);
    connect(body, &BodyEditor::formatChanged, this, &EditActions::updateFormatActions);

    connect(form->undoStack(), &QUndoStack::indexChanged, this, &EditActions::updateUndoActions);
    connect(form->sideUndoStack(), &QUndoStack::indexChanged, this, &EditActions::updateUndoActions);
    connect(body->document(), &QTextDocument::undoAvailable, this, &EditActions::updateUndoActions);
    connect(body->document(), &QTextDocument::redoAvailable, this, &EditActions::updateUndoActions);
    connect(qApp, &QApplication::focusChanged, this, &EditActions::updateUndoActions);
}

void EditActions::undo()
{
    // Ctrl+Z does what the journalist looks at: in the body the body's typing, elsewhere the
    // last field edit (which then gets the focus, so the change is seen).
    if (QUndoStack *stack = m_form->undoStackFor(QApplication::focusWidget()))
        stack->undo();
    else
        m_form->bodyEditor()->undo();
}

void EditActions::redo()
{
    if (QUndoStack *stack = m_form->undoStackFor(QApplication::focusWidget(), true))
        stack->redo();
    else
        m_form->bodyEditor()->redo();
}

void EditActions::updateUndoActions()
{
    // One history per place: the body's typing, the form's fields, the side panel's photo and
    // links. The menu names what the focused place's history would take back.
    const QUndoStack *stack = m_form->undoStackFor(QApplication::focusWidget());
    const QUndoStack *redoStack = m_form->undoStackFor(QApplication::focusWidget(), true);
    const QTextDocument *document = m_form->bodyEditor()->document();
    m_actions->undo->setEnabled(stack ? stack->canUndo() : document->isUndoAvailable());
    m_actions->redo->setEnabled(redoStack ? redoStack->canRedo() : document->isRedoAvailable());
    const QString bodyText = ArticleForm::tr("Edit body");
    const QString undoText = stack ? stack->undoText() : (document->isUndoAvailable() ? bodyText : QString());
    const QString redoText = redoStack ? redoStack->redoText() : (document->isRedoAvailable() ? bodyText : QString());
    m_actions->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_actions->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

void EditActions::updateFormatActions()
{
    const BodyEditor *body = m_form->bodyEditor();
    const int heading = body->headingLevel();
    const int list = body->listKind();
    m_actions->paragraph->setChecked(heading == 0 && !body->isQuote() && list == 0);
    m_actions->heading2->setChecked(heading == 2);
    m_actions->heading3->setChecked(heading == 3);
    m_actions->bold->setChecked(body->isBold());
    m_actions->italic->setChecked(body->isItalic());
    m_actions->quote->setChecked(body->isQuote());
    m_actions->bulletList->setChecked(list == 1);
    m_actions->numberedList->setChecked(list == 2);
}

void EditActions::forwardToFocus(const char *slot)
{
    if (QWidget *focus = QApplication::focusWidget())
        QMetaObject::invokeMethod(focus, slot);
}

void EditActions::pastePlainText()
{
    if (m_form->bodyEditor()->hasFocus())
        m_form->bodyEditor()->pastePlainText();
    else
        forwardToFocus("paste"); // single-line fields paste plain text anyway
}

void EditActions::editLink()
{
    if (!m_form->hasArticle())
        return;
    BodyEditor *body = m_form->bodyEditor();
    const std::optional<QString> url = m_dialogs->getText(
        m_window, tr("Link"), tr("Web address (https://…); leave empty to remove the link:"), body->linkAtCursor());
    if (!url)
        return;
    QString target = url->trimmed();
    if (!target.isEmpty() && !target.contains(u':'))
        target.prepend(u"https://"_s);
    body->setLink(target);
    body->setFocus(Qt::ShortcutFocusReason);
}
