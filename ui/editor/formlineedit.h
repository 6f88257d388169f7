#pragma once

#include "editor/linetextedit.h"

#include <QTextDocument>

// A single-line text field built on QPlainTextEdit, so that it exposes a QTextDocument for
// the spell-check highlighter and the length counter. It behaves like a line edit: no
// newlines (pasted ones become spaces), Enter and Tab move on. It is the spelling component's
// LineTextEdit (one-line behaviour, returnPressed/editingFinished) with what the form adds:
// undo through the form's QUndoStack, wrapping over several lines for headline and teaser.
class FormLineEdit : public LineTextEdit
{
    Q_OBJECT

public:
    explicit FormLineEdit(QWidget *parent = nullptr);

    // The raw text: toPlainText() would turn no-break spaces ("10 %") into plain ones.
    [[nodiscard]] QString text() const { return document()->toRawText(); }
    // Replaces the text keeping the document's undo history out of it: field undo is the
    // form's QUndoStack, not the widget's.
    void setText(const QString &text);

    // Wrapping over `lines` visible lines (the teaser), still one paragraph without newlines.
    void setWrapped(int lines);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    [[nodiscard]] int lineHeight() const;

    int m_lines = 1;
};
