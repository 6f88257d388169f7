#include "editor/bodyeditor.h"

#include "body/bodydocument.h"
#include "body/clipboardcleaner.h"
#include "body/htmlwriter.h"

#include <QClipboard>
#include <QGuiApplication>

#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace {
// Relative sizes as QTextDocument's own HTML importer gives h2 and h3, so that a loaded body
// and a body formatted here look the same.
int headingSizeAdjustment(int level)
{
    return level == 2 ? 2 : (level == 3 ? 1 : 0);
}
} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setAutoFormatting(QTextEdit::AutoNone);
    connect(this, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::formatChanged);
    connect(this, &QTextEdit::cursorPositionChanged, this, &BodyEditor::formatChanged);
}

void BodyEditor::setBodyHtml(const QString &html)
{
    document()->setUndoRedoEnabled(false);
    BodyDocument::load(*document(), html);
    document()->setUndoRedoEnabled(true);
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

QString BodyEditor::bodyHtml() const
{
    return HtmlWriter::write(*document());
}

void BodyEditor::applyHeadingCharFormat(QTextCursor &cursor, int level)
{
    QTextCursor whole(cursor);
    whole.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat format;
    format.setProperty(QTextFormat::FontSizeAdjustment, headingSizeAdjustment(level));
    format.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    whole.mergeCharFormat(format);
    cursor.mergeBlockCharFormat(format);
}

void BodyEditor::setParagraph()
{
    setHeading(0);
}

void BodyEditor::setHeading(int level)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // A heading is never a list item or a quote.
    if (QTextList *list = cursor.currentList(); list && level > 0)
        list->remove(cursor.block());
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    block.setIndent(0);
    if (level > 0) {
        block.setProperty(QTextFormat::BlockQuoteLevel, 0);
        block.setLeftMargin(0);
        block.setRightMargin(0);
    }
    block.setTopMargin(level > 0 ? 12 : 0);
    block.setBottomMargin(level > 0 ? 6 : 0);
    cursor.setBlockFormat(block);
    applyHeadingCharFormat(cursor, level);
    cursor.endEditBlock();
    Q_EMIT formatChanged();
}

void BodyEditor::toggleQuote()
{
    QTextCursor cursor = textCursor();
    const bool quote = !isQuote();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && quote)
        list->remove(cursor.block());
    QTextBlockFormat block = cursor.blockFormat();
    // HtmlWriter::isBlockQuote reads BlockQuoteLevel; the margins are what the user sees.
    block.setProperty(QTextFormat::BlockQuoteLevel, quote ? 1 : 0);
    block.setLeftMargin(quote ? 40 : 0);
    block.setRightMargin(quote ? 40 : 0);
    if (quote)
        block.setHeadingLevel(0);
    cursor.setBlockFormat(block);
    if (quote)
        applyHeadingCharFormat(cursor, 0);
    cursor.endEditBlock();
    Q_EMIT formatChanged();
}

void BodyEditor::toggleList(bool numbered)
{
    QTextCursor cursor = textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // The same list again: back to plain paragraphs.
        list->remove(cursor.block());
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    } else {
        QTextBlockFormat block = cursor.blockFormat();
        block.setHeadingLevel(0);
        block.setProperty(QTextFormat::BlockQuoteLevel, 0);
        block.setLeftMargin(0);
        block.setRightMargin(0);
        cursor.setBlockFormat(block);
        applyHeadingCharFormat(cursor, 0);
        if (list) {
            QTextListFormat format = list->format();
            format.setStyle(style);
            list->setFormat(format);
        } else {
            QTextListFormat format;
            format.setStyle(style);
            format.setIndent(1);
            cursor.createList(format);
        }
    }
    cursor.endEditBlock();
    Q_EMIT formatChanged();
}

void BodyEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(isBold() ? QFont::Normal : QFont::Bold);
    mergeCurrentCharFormat(format);
    Q_EMIT formatChanged();
}

void BodyEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!isItalic());
    mergeCurrentCharFormat(format);
    Q_EMIT formatChanged();
}

void BodyEditor::setLink(const QString &url)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    if (!cursor.hasSelection())
        return;
    QTextCharFormat format;
    if (url.isEmpty()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.setForeground(palette().text());
    } else {
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        format.setForeground(palette().link());
    }
    cursor.mergeCharFormat(format);
    Q_EMIT formatChanged();
}

QString BodyEditor::linkAtCursor() const
{
    const QTextCharFormat format = textCursor().charFormat();
    return format.isAnchor() ? format.anchorHref() : QString();
}

bool BodyEditor::isBold() const
{
    return textCursor().charFormat().fontWeight() >= QFont::DemiBold && headingLevel() == 0;
}

bool BodyEditor::isItalic() const
{
    return textCursor().charFormat().fontItalic();
}

int BodyEditor::headingLevel() const
{
    return HtmlWriter::headingLevel(textCursor().block());
}

bool BodyEditor::isQuote() const
{
    return HtmlWriter::isBlockQuote(textCursor().block());
}

int BodyEditor::listKind() const
{
    const QTextList *list = textCursor().currentList();
    if (!list)
        return 0;
    const auto style = list->format().style();
    return (style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
            || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
            || style == QTextListFormat::ListUpperRoman)
        ? 2
        : 1;
}

bool BodyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    // Text, HTML and RTF only: a pasted or dropped image is not part of the body.
    // Dropped files go on to the window, which imports them.
    return source && !ClipboardCleaner::holdsFiles(*source)
        && (source->hasHtml() || source->hasText() || source->hasFormat(u"text/rtf"_s));
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    if (!source)
        return;
    // Only what HtmlWriter keeps survives: no fonts, colours, sizes, images or scripts; Word's
    // typed bullets become lists, a web page's navigation and ads are gone.
    ClipboardCleaner::Paste paste = ClipboardCleaner::forBody(*source, m_pandoc);
    // A newline after the last block would become a space at the end of the last paragraph.
    paste.html = paste.html.trimmed();
    QTextCursor cursor = textCursor();
    const int pasteStart = cursor.selectionStart();
    const int sizeBefore = document()->characterCount() - (cursor.selectionEnd() - cursor.selectionStart());
    // One edit block: a paste of fifty paragraphs is one Ctrl+Z.
    cursor.beginEditBlock();
    if (!paste.html.isEmpty()) {
        // The first block of a fragment merges into the paragraph at the cursor and takes its
        // kind. When whole blocks are pasted (a heading, a list), a placeholder block takes that
        // role and is removed again, so that the pasted heading stays a heading, the list a list.
        const bool wholeBlocks = paste.html.contains(u'\n') || !paste.html.startsWith(u"<p>"_s);
        if (wholeBlocks) {
            const int start = cursor.position();
            cursor.insertFragment(QTextDocumentFragment::fromHtml(u"<p>\u2060</p>"_s + paste.html));
            QTextCursor placeholder(document());
            placeholder.setPosition(start);
            placeholder.setPosition(start + 1, QTextCursor::KeepAnchor);
            if (placeholder.selectedText() == QString(QChar(0x2060)))
                placeholder.removeSelectedText();
            // Nothing was before the cursor in its paragraph: the placeholder's paragraph
            // is an empty line now.
            if (placeholder.block().text().isEmpty() && placeholder.block().next().isValid()) {
                placeholder.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
                placeholder.removeSelectedText();
            }
        } else {
            cursor.insertFragment(QTextDocumentFragment::fromHtml(paste.html));
        }
    }
    else
        cursor.insertText(paste.text);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT pasted(pasteStart, document()->characterCount() - sizeBefore);
}

void BodyEditor::pastePlainText()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // The paragraph's own style, no bold or link carried over from the character before.
    QTextCharFormat plain;
    if (const int level = headingLevel(); level > 0) {
        plain.setFontWeight(QFont::Bold);
        plain.setProperty(QTextFormat::FontSizeAdjustment, headingSizeAdjustment(level));
    }
    const int start = cursor.selectionStart();
    cursor.insertText(text, plain);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT pasted(start, cursor.position() - start);
}
