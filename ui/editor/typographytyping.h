#pragma once

#include "export/typography.h"

#include <QObject>
#include <QPointer>

class QTextDocument;
class QTextEdit;
class QPlainTextEdit;
class QWidget;

// Typography as you type: after a typed character, the text just typed becomes what the
// export would make of it (Typography::afterTyping, the one rule set), in the article's
// language. Each automatic change is its own edit, so Ctrl+Z right after it takes back only
// the change and the typed character stays. Only key presses count: paste, drop, import and
// undo leave the text as it is.
// Same shape as InvisibleMarks on purpose: each helper attaches itself to the form's text fields.
class TypographyTyping : public QObject
{
    Q_OBJECT
public:
    explicit TypographyTyping(QObject *parent = nullptr);

    void attach(QTextEdit *edit);
    void attach(QPlainTextEdit *edit);

    void setLanguage(const QString &languageTag);
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // Pasted and dropped text gets the same rules, as an undo step of its own right after the
    // paste (Preferences → Writing; off by default, independent of typing).
    void setOnPaste(bool on) { m_onPaste = on; }
    [[nodiscard]] bool isOnPaste() const { return m_onPaste; }
    // Applies the rules to `length` characters from `position`, keeping every character's
    // format, as one edit block; returns the number of changes.
    int typesetRange(QTextDocument *document, int position, int length);
    // True while an automatic change is being made: the form records it as an undo step of
    // its own instead of merging it into the typing.
    [[nodiscard]] bool isApplying() const { return m_applying; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attachDocument(QWidget *edit, QTextDocument *document);
    void typed(QWidget *edit, QTextDocument *document);

    Typography m_typography;
    bool m_enabled = true;
    bool m_onPaste = false;
    bool m_applying = false;
    QPointer<QWidget> m_pendingEdit; // the editor a printable key was just pressed in
    QChar m_pendingChar;
};
