#pragma once

#include "article.h"
#include "articlefield.h"

#include <QUndoCommand>

class ArticleForm;

// One edit of the form's fields other than the body (the body has its document's own undo).
// It holds the fields' state before and after; consecutive typing in one text field merges
// into one command, so that Ctrl+Z takes back the typing in that field, not one letter.
class FormEditCommand : public QUndoCommand
{
public:
    FormEditCommand(ArticleForm *form, ArticleField field, const Article &before, const Article &after);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    [[nodiscard]] ArticleField field() const { return m_field; }
    // An automatic change (typography as you type) is an undo step of its own.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

private:
    ArticleForm *m_form;
    ArticleField m_field;
    Article m_before;
    Article m_after;
    bool m_applied = true; // pushed after the widget already changed
    bool m_mergeable = true;
};
