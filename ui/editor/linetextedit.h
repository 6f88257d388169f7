#pragma once

#include <QPlainTextEdit>

// A one-line text field that behaves like QLineEdit but is a QPlainTextEdit, so that a
// QSyntaxHighlighter (SpellHighlighter) can underline words in its document. For kicker,
// headline, caption and alt text.
//
// Like QLineEdit: no newlines (typed Enter/Return moves focus to the next field and emits
// returnPressed(); pasted or set newlines become spaces), one line tall, no scroll bars, Tab
// moves focus, placeholder text, textChanged(), textEdited() for user edits only, and
// editingFinished() on Return or when focus leaves after a change.
class LineTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LineTextEdit(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    void setText(const QString &text);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void returnPressed();
    void editingFinished();
    void textEdited(const QString &text);
    // After a paste or drop: where the inserted text is (for typography on paste).
    void pasted(int position, int length);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    void finishEditing();
    [[nodiscard]] int lineHeight() const;

    bool m_modifiedSinceFinish = false;
    bool m_settingText = false;
};
