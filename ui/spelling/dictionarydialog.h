#pragma once

#include <QDialog>

class DialogInterface;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class SpellChecker;

// Manages the newsroom dictionary (shared through the database): list, add, remove, import
// and export a UTF-8 text file with one word per line. Every change goes through SpellChecker,
// so all open fields rehighlight at once. Errors are shown in the dialog, never in a blocking
// message box; file dialogs go through the DialogInterface seam.
// Same shape as PreferencesDialog on purpose: a QDialog that takes its seams and the state it edits.
class DictionaryDialog : public QDialog
{
    Q_OBJECT

public:
    DictionaryDialog(SpellChecker &checker, DialogInterface &dialogs, QWidget *parent = nullptr);

    // The actions behind the buttons, callable directly.
    bool addWord(const QString &word);
    bool removeSelected();
    // Returns the number of words imported, or -1 on error (message shown).
    int importFile();
    bool exportFile();

    [[nodiscard]] QStringList words() const;
    [[nodiscard]] QString errorText() const;

    // Reads a word list file: UTF-8 (a BOM is dropped), one word per line, blank lines and
    // surrounding spaces ignored, duplicates removed.
    [[nodiscard]] static QStringList parseWordList(const QByteArray &data);

private:
    void reload();
    void showError(const QString &message);

    SpellChecker &m_checker;
    DialogInterface &m_dialogs;
    QListWidget *m_list = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_error = nullptr;
};
