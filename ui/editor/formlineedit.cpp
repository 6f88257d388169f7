#include "editor/formlineedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextCursor>

using namespace Qt::StringLiterals;

FormLineEdit::FormLineEdit(QWidget *parent)
    : LineTextEdit(parent)
{
    // LineTextEdit sets up one unwrapped line and fixes its height to it; the form's fields size
    // through sizeHint(), which knows about wrapped fields. Undo is the form's QUndoStack.
    setMinimumHeight(0);
    setMaximumHeight(QWIDGETSIZE_MAX);
    setUndoRedoEnabled(false);
    connect(this, &QPlainTextEdit::textChanged, this, [this] { updateGeometry(); });
}

void FormLineEdit::setText(const QString &text)
{
    if (text == this->text())
        return;
    setPlainText(text);
    // The start of a long text is what identifies it; typing after a load starts there too.
    moveCursor(QTextCursor::Start);
}

void FormLineEdit::setWrapped(int lines)
{
    m_lines = std::max(1, lines);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    updateGeometry();
}

bool FormLineEdit::event(QEvent *event)
{
    // Undo and redo of a field are the form's (Edit menu, QUndoStack): the widget must not take
    // Ctrl+Z away from the window's action, its own undo is switched off anyway.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return false;
        }
    }
    return LineTextEdit::event(event);
}

int FormLineEdit::lineHeight() const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * m_lines + 2 * int(document()->documentMargin()) + margins.top() + margins.bottom()
        + 2 * frameWidth() + 2;
}

QSize FormLineEdit::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, lineHeight()};
}

QSize FormLineEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, lineHeight()};
}

void FormLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        event->ignore();
        return;
    }
    // Enter moves on like in a form, it never splits the headline (LineTextEdit).
    LineTextEdit::keyPressEvent(event);
}

void FormLineEdit::focusOutEvent(QFocusEvent *event)
{
    // Long headlines scrolled to the end show their start again when the field is left.
    LineTextEdit::focusOutEvent(event);
    horizontalScrollBar()->setValue(0);
}
