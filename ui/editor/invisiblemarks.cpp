#include "editor/invisiblemarks.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {
QTextDocument *documentOf(QAbstractScrollArea *edit)
{
    if (auto *text = qobject_cast<QTextEdit *>(edit))
        return text->document();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        return plain->document();
    return nullptr;
}

QRect cursorRectOf(QAbstractScrollArea *edit, const QTextCursor &cursor)
{
    if (auto *text = qobject_cast<QTextEdit *>(edit))
        return text->cursorRect(cursor);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        return plain->cursorRect(cursor);
    return {};
}

QTextCursor cursorAtTop(QAbstractScrollArea *edit)
{
    if (auto *text = qobject_cast<QTextEdit *>(edit))
        return text->cursorForPosition(QPoint(0, 0));
    if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        return plain->cursorForPosition(QPoint(0, 0));
    return {};
}
} // namespace

InvisibleMarks::InvisibleMarks(QObject *parent)
    : QObject(parent)
{
}

bool InvisibleMarks::isMarked(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x00AD);
}

void InvisibleMarks::attachAll(QWidget *container)
{
    for (QTextEdit *edit : container->findChildren<QTextEdit *>())
        attach(edit);
    for (QPlainTextEdit *edit : container->findChildren<QPlainTextEdit *>())
        attach(edit);
}

void InvisibleMarks::attach(QAbstractScrollArea *edit)
{
    if (!edit || m_edits.contains(edit))
        return;
    m_edits.append(edit);
    edit->viewport()->installEventFilter(this);
    apply(edit);
}

void InvisibleMarks::setShown(bool shown)
{
    if (m_shown == shown)
        return;
    m_shown = shown;
    for (const auto &edit : std::as_const(m_edits))
        if (edit)
            apply(edit);
}

void InvisibleMarks::apply(QAbstractScrollArea *edit)
{
    QTextDocument *document = documentOf(edit);
    if (!document)
        return;
    QTextOption option = document->defaultTextOption();
    const auto flags = QTextOption::ShowTabsAndSpaces | QTextOption::ShowLineAndParagraphSeparators;
    option.setFlags(m_shown ? option.flags() | flags : option.flags() & ~flags);
    document->setDefaultTextOption(option);
    edit->viewport()->update();
}

bool InvisibleMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_shown || m_painting || event->type() != QEvent::Paint)
        return QObject::eventFilter(watched, event);
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *edit = viewport ? qobject_cast<QAbstractScrollArea *>(viewport->parentWidget()) : nullptr;
    if (!edit)
        return QObject::eventFilter(watched, event);
    // Let the edit paint its text first, then draw the marks over it.
    m_painting = true;
    QCoreApplication::sendEvent(viewport, event);
    m_painting = false;
    paintMarks(edit);
    return true;
}

void InvisibleMarks::paintMarks(QAbstractScrollArea *edit)
{
    QTextDocument *document = documentOf(edit);
    if (!document)
        return;
    QPainter painter(edit->viewport());
    const bool dark = edit->palette().color(QPalette::Base).lightness() < 128;
    const QColor mark = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    painter.setPen(QPen(mark, 1.5));
    const int height = edit->viewport()->height();
    // Only the visible blocks: a 20,000-word body must not be walked on every repaint.
    for (QTextBlock block = cursorAtTop(edit).block(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QTextCursor cursor(block);
        if (cursorRectOf(edit, cursor).top() > height)
            break;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!isMarked(text.at(i)))
                continue;
            cursor.setPosition(block.position() + int(i));
            const QRect before = cursorRectOf(edit, cursor);
            cursor.setPosition(block.position() + int(i) + 1);
            const QRect after = cursorRectOf(edit, cursor);
            if (text.at(i) == QChar(0x00AD)) {
                // Zero width inside a line: a short raised dash where the word may break.
                const int x = before.left();
                painter.drawLine(x - 3, before.top() + 2, x + 3, before.top() + 2);
                painter.drawLine(x, before.top() + 2, x, before.top() + 5);
            } else {
                // A bracket below the space that binds the words: "10␣%".
                const int left = before.left() + 1;
                const int right = std::max(after.left() - 1, left + 3);
                const int bottom = before.bottom() - 1;
                painter.drawLine(left, bottom - 3, left, bottom);
                painter.drawLine(left, bottom, right, bottom);
                painter.drawLine(right, bottom, right, bottom - 3);
            }
        }
    }
}
