#pragma once

#include "articlefield.h"
#include "validation/checklistfinding.h"

#include <QObject>

class ArticleForm;
class DialogInterface;
class QLabel;
class QWidget;
class SpellChecker;
class SpellCheckDialog;

// The window's spelling glue: the one checker in every text field of the form, the
// misspelled-word count in the status bar (label()), the unknown words as checklist findings,
// "Check spelling…" (bound to the article it was started on) and the newsroom dictionary.
class SpellingController : public QObject
{
    Q_OBJECT

public:
    // dialogs: the window's seam, for the newsroom dictionary's file dialogs.
    SpellingController(ArticleForm *form, DialogInterface *dialogs, QWidget *window);

    // The checker must outlive the window. Without a valid checker the label says why; problem()
    // says it for the status bar (never a blocking message).
    void setSpellChecker(SpellChecker *checker);
    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] bool hasDictionary() const { return m_checker && m_dialogs; }
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLabel *label() const { return m_label; }
    [[nodiscard]] SpellCheckDialog *dialog() const { return m_dialog; }

    [[nodiscard]] QList<ChecklistFinding> findings() const;
    // Starts the spelling dialog on the article `articleId` the form shows.
    void checkSpelling(qint64 articleId);
    // Another article (or none, articleId 0) is shown: the dialog follows or stops.
    void rebind(qint64 articleId);
    void showNewsroomDictionary();
    // Selects the field's first misspelled word, where the eye should go (a checklist click).
    void selectFirstMisspelled(ArticleField field);

Q_SIGNALS:
    // The misspelled-word count changed (the label shows it already).
    void countChanged();

private:
    void updateCount();

    // Plain member pointers, alike in shape to MainWindow's and ArticleForm's on purpose: the parts it works with.
    ArticleForm *m_form;
    QWidget *m_window;
    QLabel *m_label;
    DialogInterface *m_dialogs;
    SpellChecker *m_checker = nullptr;
    SpellCheckDialog *m_dialog = nullptr;
    qint64 m_dialogArticle = 0; // the article the spelling dialog was started on
};
