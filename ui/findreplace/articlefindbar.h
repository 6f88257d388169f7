#pragma once

#include "articlefield.h"
#include "text/textsearch.h"

#include <QList>
#include <QWidget>

class ArticleForm;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTextDocument;
class QTimer;

// Find and replace inside the open article (Ctrl+H), across the body and every text field:
// matches are marked in all of them, Next and Previous walk through the fields in the form's
// order, Replace All is one undo step. Not to be confused with "Find Articles" (Ctrl+F),
// which searches the database.
class ArticleFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleFindBar(ArticleForm *form, QWidget *parent = nullptr);

    // Shows the bar with the field's selection (if any) as the text to find, ready to type.
    void activate();
    void setSearch(const QString &text, const TextSearch::Options &options);
    void setReplacement(const QString &text);

    [[nodiscard]] int matchCount() const { return int(m_hits.size()); }
    [[nodiscard]] int fieldCount() const;
    [[nodiscard]] int currentIndex() const { return m_current; }
    [[nodiscard]] ArticleField currentField() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QLineEdit *findEdit() const { return m_find; }
    [[nodiscard]] QLineEdit *replaceEdit() const { return m_replace; }
    // The fields searched, in the order Next walks through them.
    [[nodiscard]] static QList<ArticleField> searchedFields();

    bool findNext();
    bool findPrevious();
    // Replaces the current match and moves on; false if there is none.
    bool replaceCurrent();
    // Replaces every match as one undo step; returns the number of replacements.
    int replaceAll();

Q_SIGNALS:
    void closeRequested();

protected:
    void keyPressEvent(class QKeyEvent *event) override;
    void hideEvent(class QHideEvent *event) override;

private:
    struct Hit {
        ArticleField field;
        int position; // in the field's document
        int length;
    };
    [[nodiscard]] TextSearch search() const;
    [[nodiscard]] QTextDocument *document(ArticleField field) const;
    void refresh();
    void highlight();
    void select(int index);
    void setStatus(const QString &text, bool error = false);

    ArticleForm *m_form;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regex;
    QLabel *m_status;
    QTimer *m_refreshDelay;
    QList<Hit> m_hits;
    int m_current = -1;
    bool m_replacing = false;
    bool m_active = false; // shown by activate() or setSearch(), until closed
};
