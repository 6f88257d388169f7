#pragma once

#include "import/pandocconverter.h"

#include <QTextEdit>

// The article body: rich text limited to the structure HtmlWriter keeps (paragraphs, h2/h3,
// quotes, lists, bold, italic, links). Pastes from Word, LibreOffice, Google Docs or web pages
// are cleaned on the way in (ClipboardCleaner), each paste one undo step.
// Its undo is the document's own; the form's QUndoStack handles the other fields.
class BodyEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

    void setBodyHtml(const QString &html); // clears the undo history: a freshly opened body
    [[nodiscard]] QString bodyHtml() const;

    // Block styles.
    void setParagraph();
    void setHeading(int level); // 2 or 3: a Zwischenüberschrift
    void toggleQuote();
    void toggleList(bool numbered);
    // Character styles.
    void toggleBold();
    void toggleItalic();
    // Sets (or, with an empty url, removes) a link on the selection or the word at the cursor.
    void setLink(const QString &url);
    [[nodiscard]] QString linkAtCursor() const;

    [[nodiscard]] bool isBold() const;
    [[nodiscard]] bool isItalic() const;
    [[nodiscard]] int headingLevel() const; // 0 for a paragraph
    [[nodiscard]] bool isQuote() const;
    [[nodiscard]] int listKind() const; // 0 none, 1 bulleted, 2 numbered

    // Edit → Paste as Plain Text: the clipboard's text in the current paragraph's style.
    void pastePlainText();

Q_SIGNALS:
    void formatChanged();
    // After a paste or drop: where the inserted text is (for typography on paste).
    void pasted(int position, int length);

protected:
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void applyHeadingCharFormat(QTextCursor &cursor, int level);

    PandocConverter m_pandoc; // RTF on the clipboard (LibreOffice, Word) when there is no HTML
};
