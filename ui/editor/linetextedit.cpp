#include "editor/linetextedit.h"

#include "body/clipboardcleaner.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Newlines of every kind, and the paragraph/line separators QTextDocument uses, become one space.
QString singleLine(const QString &text)
{
    static const QRegularExpression breaks(u"[\\r\\n\\x{2028}\\x{2029}\\x{000B}]+"_s);
    QString result = text;
    result.replace(breaks, u" "_s);
    return result;
}
} // namespace

LineTextEdit::LineTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setWordWrapMode(QTextOption::NoWrap);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    setFixedHeight(sizeHint().height());

    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        m_modifiedSinceFinish = true;
        if (!m_settingText)
            Q_EMIT textEdited(text());
        // A newline that slipped in (input method, undo of a paste from elsewhere) is folded.
        if (document()->blockCount() > 1) {
            const QString folded = singleLine(toPlainText());
            QTextCursor cursor = textCursor();
            const int position = cursor.position();
            const QSignalBlocker blocker(this);
            cursor.select(QTextCursor::Document);
            cursor.insertText(folded);
            cursor.setPosition(std::min(position, int(folded.size())));
            setTextCursor(cursor);
        }
    });
}

QString LineTextEdit::text() const
{
    return toPlainText();
}

void LineTextEdit::setText(const QString &text)
{
    m_settingText = true;
    setPlainText(singleLine(text));
    m_settingText = false;
    m_modifiedSinceFinish = false;
    moveCursor(QTextCursor::End);
}

int LineTextEdit::lineHeight() const
{
    const int frame = 2 * frameWidth();
    const int margins = int(2 * document()->documentMargin());
    return fontMetrics().lineSpacing() + frame + margins + 2;
}

QSize LineTextEdit::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, lineHeight()};
}

QSize LineTextEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 5, lineHeight()};
}

void LineTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Enter moves on to the next field, as in a form of line edits.
        event->accept();
        Q_EMIT returnPressed();
        finishEditing();
        focusNextChild();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void LineTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_modifiedSinceFinish)
        finishEditing();
}

void LineTextEdit::finishEditing()
{
    m_modifiedSinceFinish = false;
    Q_EMIT editingFinished();
}

bool LineTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !ClipboardCleaner::holdsFiles(*source) && (source->hasText() || source->hasHtml());
}

void LineTextEdit::insertFromMimeData(const QMimeData *source)
{
    // Plain text only, on one line: a pasted paragraph becomes one line of words, a pasted
    // headline from Word loses its fonts.
    const QString text = ClipboardCleaner::forSingleLine(*source);
    if (text.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    cursor.insertText(text);
    Q_EMIT pasted(start, cursor.position() - start);
}
