#pragma once

#include "article.h"
#include "articlefield.h"
#include "editor/fieldlimits.h"
#include "spelling/spellcheckdialog.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class ArticleRepository;
class BodyEditor;
class DialogInterface;
class FormLineEdit;
class LengthCounter;
class LengthTargetEditor;
class PhotoPanel;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QToolBar;
class QUndoStack;
class RelatedLinksEditor;
class SpellChecker;
class SpellHighlighter;
class TypographyTyping;

// The article form: every field of an Article, both ways (setArticle / article). Edits of
// the fields other than the body go through undoStack(); the body has its document's undo.
// The photo panel and the related-links editor belong to the form (their edits are undoable
// with the rest) but the main window decides where they are shown.
class ArticleForm : public QWidget
{
    Q_OBJECT

public:
    ArticleForm(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent = nullptr);

    // Shows an article; clears both undo histories.
    void setArticle(const Article &article);
    // The article as the form shows it; identity (id, revision, created) from setArticle().
    [[nodiscard]] Article article() const;
    [[nodiscard]] bool hasArticle() const { return m_hasArticle; }
    void clear();
    // Every field can be edited, including the photo panel and the related links, which the
    // main window shows outside the form: false for a trashed article and for no article.
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    void setSections(const QStringList &sections);
    void setLimits(const FieldLimits &limits);
    // Asked before the status becomes Published: what keeps the article from it (a field over
    // the newsroom's hard limit); the form refuses the status and shows the reasons.
    using PublishCheck = std::function<QStringList(const Article &)>;
    void setPublishCheck(PublishCheck check) { m_publishCheck = std::move(check); }
    [[nodiscard]] LengthTargetEditor *lengthTargetEditor() const { return m_target; }
    [[nodiscard]] FieldLimits limits() const { return m_limits; }

    // Moves the keyboard focus to a field (from the checklist); false if unknown.
    bool focusField(ArticleField field);
    [[nodiscard]] QWidget *fieldWidget(ArticleField field) const;
    [[nodiscard]] LengthCounter *counter(ArticleField field) const;

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    // The photo panel and the related links have their own undo history: they sit in the side
    // panel, and Ctrl+Z in the headline must not take back a link added there.
    [[nodiscard]] QUndoStack *sideUndoStack() const { return m_sideUndoStack; }
    // The history that Edit → Undo (or Redo) uses while `widget` has the focus (body: none, its
    // document, unless its next step belongs to a change of the whole article).
    [[nodiscard]] QUndoStack *undoStackFor(const QWidget *widget, bool redo = false) const;
    // Several fields, the side panel's included, and the body (a BodyReplaceCommand) changed as
    // one step on undoStack(): Replace All, Apply Typography.
    void beginCompoundEdit(const QString &text);
    void endCompoundEdit();
    [[nodiscard]] static bool isSideField(ArticleField field);
    [[nodiscard]] BodyEditor *bodyEditor() const { return m_body; }
    [[nodiscard]] PhotoPanel *photoPanel() const { return m_photo; }
    // Typography as you type in the body and the text fields (switched by a preference).
    [[nodiscard]] TypographyTyping *typographyTyping() const { return m_typing; }
    [[nodiscard]] RelatedLinksEditor *relatedEditor() const { return m_related; }
    [[nodiscard]] QToolBar *formatToolBar() const { return m_formatBar; }
    [[nodiscard]] QWidget *lastFormWidget() const; // for the tab order beyond the form

    // Spell checking as you type: a SpellHighlighter and the spelling context menu on kicker,
    // headline, teaser, body, photo caption and alt text, all sharing the one checker from main.
    // The article's language selects the checker's dictionary.
    void setSpellChecker(SpellChecker *checker);
    [[nodiscard]] SpellChecker *spellChecker() const { return m_checker; }
    [[nodiscard]] SpellHighlighter *highlighter(ArticleField field) const;
    // The checked fields in reading order, for "Check spelling…" and the checklist.
    [[nodiscard]] QList<ArticleField> spellCheckedFields() const;
    [[nodiscard]] QList<SpellCheckField> spellCheckFields() const;
    [[nodiscard]] int misspelledCount() const;
    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    static QString fieldLabel(ArticleField field);

    // After a save: the new identity, so that the next save is based on the right revision.
    void markSaved(qint64 id, int revision, const QDateTime &modified);

    // Called by the undo commands: shows the fields of `state` (not the body), recording nothing.
    void applyFields(const Article &state, ArticleField focus);
    // The same for one field only, taken from `state`; the other fields stay as shown.
    void applyField(const Article &state, ArticleField field);

Q_SIGNALS:
    // Any change by the user, body included.
    void edited();
    // The sum over all checked fields changed.
    void misspelledCountChanged(int count);

private:
    // The constructor's two halves (articleformwidgets.cpp).
    void buildFields();
    void connectFields();
    // One entry of the language combo, marked when no dictionary checks it.
    static void addLanguageItem(QComboBox *combo, const QString &tag);
    // What a ticked publication or embargo box proposes, in the zone its edit shows.
    static QDateTime nextQuarterHourInNewsroom();
    void recordEdit(ArticleField field, const QString &description = {});
    void connectText(FormLineEdit *edit, ArticleField field);
    [[nodiscard]] Article fieldsState() const;
    void applyLanguage();

    ArticleRepository *m_repository;
    DialogInterface *m_dialogs;
    Article m_loaded; // identity and what the form does not edit
    Article m_recorded; // fields as last recorded on the undo stack
    bool m_hasArticle = false;
    bool m_applying = false;
    bool m_editable = false;
    bool m_compound = false;
    FieldLimits m_limits;
    PublishCheck m_publishCheck;
    LengthTargetEditor *m_target;

    // Plain member pointers, alike in shape to MainWindow's on purpose: the widgets this form owns.
    QUndoStack *m_undoStack;
    QUndoStack *m_sideUndoStack;
    QComboBox *m_section;
    QComboBox *m_status;
    QComboBox *m_language;
    SpellChecker *m_checker = nullptr;
    TypographyTyping *m_typing = nullptr;
    QList<QPair<ArticleField, SpellHighlighter *>> m_highlighters;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_published;
    QCheckBox *m_embargoed;
    QDateTimeEdit *m_embargo;
    FormLineEdit *m_kicker;
    LengthCounter *m_kickerCounter;
    FormLineEdit *m_headline;
    LengthCounter *m_headlineCounter;
    FormLineEdit *m_teaser;
    LengthCounter *m_teaserCounter;
    FormLineEdit *m_authors;
    FormLineEdit *m_dateline;
    FormLineEdit *m_tags;
    QToolBar *m_formatBar;
    BodyEditor *m_body;
    PhotoPanel *m_photo;
    RelatedLinksEditor *m_related;
};
