#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTextCursor>
#include <QTextDocument>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class SpellChecker;

// One field of the article for the full check: its label and its document.
struct SpellCheckField {
    QString label;
    QPointer<QTextDocument> document;
};

// "Check spelling…" (F7): walks the fields in reading order, shows each misspelled word in
// its context with suggestions, and offers Replace, Replace all, Ignore, Ignore all, Add to my
// dictionary and Add to newsroom dictionary; ends with a summary. Non-modal: open it with
// show(), or drive it through the public slots (what the buttons call) in tests.
// Replacements are edits of the fields' documents, so each one can be undone there.
class SpellCheckDialog : public QDialog
{
    Q_OBJECT

public:
    SpellCheckDialog(SpellChecker &checker, QWidget *parent = nullptr);

    // Starts at the first field; shows the first misspelled word or the summary.
    void start(const QList<SpellCheckField> &fields);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] QString currentWord() const;
    [[nodiscard]] QString currentFieldLabel() const;
    [[nodiscard]] int currentPosition() const; // in the current field's document
    [[nodiscard]] QString context() const; // the sentence/paragraph around the word, as shown
    [[nodiscard]] QStringList suggestions() const;
    [[nodiscard]] QString summary() const;
    void setReplacement(const QString &text);
    [[nodiscard]] QString replacement() const;

public Q_SLOTS:
    void replace();
    void replaceAll();
    void ignoreOnce();
    void ignoreAll();
    void addToPersonalDictionary();
    void addToNewsroomDictionary();

Q_SIGNALS:
    void checkFinished();

private:
    void findNext();
    // After adding the shown word to a dictionary: its error, or on to the next word.
    void wordAdded(bool stored);
    void showCurrent();
    void finish();
    // The shown word is still where it was shown: false when the field's text was replaced
    // meanwhile (another article opened in the same form), and then nothing may be written.
    [[nodiscard]] bool currentWordStillShown() const;

    SpellChecker &m_checker;
    QList<SpellCheckField> m_fields;
    int m_fieldIndex = 0;
    QTextCursor m_cursor; // the current word, selected; moves along with edits
    QString m_word; // the current word as shown
    bool m_finished = true;
    int m_found = 0;
    int m_replaced = 0;
    int m_ignored = 0;
    int m_added = 0;

    QLabel *m_fieldLabel = nullptr;
    QLabel *m_contextLabel = nullptr;
    QLineEdit *m_replacement = nullptr;
    QListWidget *m_suggestions = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QList<QPushButton *> m_wordButtons;
};
