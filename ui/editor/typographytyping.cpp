#include "editor/typographytyping.h"

#include "editor/articletypesetter.h"
#include "editor/bodyeditor.h"
#include "editor/linetextedit.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

TypographyTyping::TypographyTyping(QObject *parent)
    : QObject(parent)
{
}

void TypographyTyping::attach(QTextEdit *edit)
{
    attachDocument(edit, edit->document());
}

void TypographyTyping::attach(QPlainTextEdit *edit)
{
    attachDocument(edit, edit->document());
}

int TypographyTyping::typesetRange(QTextDocument *document, int position, int length)
{
    m_applying = true;
    const int changes = ArticleTypesetter::typesetDocument(document, m_typography, position, length, true);
    m_applying = false;
    return changes;
}

void TypographyTyping::attachDocument(QWidget *edit, QTextDocument *document)
{
    edit->installEventFilter(this);
    // Pasted text: BodyEditor and LineTextEdit say where it went.
    if (auto *body = qobject_cast<BodyEditor *>(edit))
        connect(body, &BodyEditor::pasted, this, [this, document](int position, int length) {
            if (m_onPaste)
                typesetRange(document, position, length);
        });
    if (auto *line = qobject_cast<LineTextEdit *>(edit))
        connect(line, &LineTextEdit::pasted, this, [this, document](int position, int length) {
            if (m_onPaste)
                typesetRange(document, position, length);
        });
    // After the widget inserted the key's text: the document is out of its edit block then.
    connect(document, &QTextDocument::contentsChanged, this, [this, edit, document] { typed(edit, document); });
}

void TypographyTyping::setLanguage(const QString &languageTag)
{
    m_typography = Typography(true, Typography::styleFor(languageTag));
}

void TypographyTyping::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool TypographyTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // Only a printable character typed without Ctrl: Ctrl+V pastes, it does not type.
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool printable = text.size() == 1 && text.at(0).isPrint() && !(key->modifiers() & Qt::ControlModifier);
        m_pendingEdit = printable ? qobject_cast<QWidget *>(watched) : nullptr;
        m_pendingChar = printable ? text.at(0) : QChar();
    } else if (event->type() == QEvent::KeyRelease || event->type() == QEvent::FocusOut) {
        m_pendingEdit = nullptr;
    }
    return QObject::eventFilter(watched, event);
}

void TypographyTyping::typed(QWidget *edit, QTextDocument *document)
{
    if (m_applying || m_pendingEdit != edit)
        return;
    m_pendingEdit = nullptr;
    if (!m_enabled)
        return;
    QTextCursor cursor;
    if (auto *rich = qobject_cast<QTextEdit *>(edit))
        cursor = rich->textCursor();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        cursor = plain->textCursor();
    if (cursor.isNull() || cursor.hasSelection() || cursor.document() != document)
        return;
    const QTextBlock block = cursor.block();
    const QString paragraph = block.text();
    const qsizetype inBlock = cursor.positionInBlock();
    // The key's character must be the one right before the cursor (not an input method's).
    if (inBlock < 1 || paragraph.at(inBlock - 1) != m_pendingChar)
        return;
    const Typography::Change change = m_typography.afterTyping(paragraph, inBlock);
    if (!change.isValid())
        return;
    m_applying = true;
    QTextCursor replace(document);
    // Undo puts the cursor back where the edit block began: right after the typed character.
    replace.setPosition(cursor.position());
    replace.beginEditBlock();
    replace.setPosition(block.position() + int(change.position));
    replace.setPosition(block.position() + int(change.position + change.length), QTextCursor::KeepAnchor);
    replace.insertText(change.text);
    replace.endEditBlock();
    m_applying = false;
}
