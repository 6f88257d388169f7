#pragma once

#include "article.h"
#include "articlerepository.h"
#include "preview/previewpane.h"
#include "session/articlesession.h"
#include "validation/checklistfinding.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class AppActions;
class ArticleCommands;
class ArticleFindBar;
class QDockWidget;
class Hyphenator;
class LengthDesk;
class LengthStatus;
class AppSettings;
class ExportController;
class ImportController;
class QDialog;
class ArticleForm;
class ArticleListPanel;
class ArticleRepository;
class Autosaver;
class ChecklistController;
class ChecklistPanel;
class DialogInterface;
class EditActions;
class SpellCheckDialog;
class SpellChecker;
class SpellingController;
class HistoryPanel;
class SaveStateLabel;
class QSplitter;
class SidePanel;
class TypographyDesk;
class QTimer;

// The editor's main window: the article list on the left, the article form in the centre,
// photo, related links, checklist and history on the right. It lays the widgets out and
// connects them; the editing state (open, dirty, journal, save, conflict, trash) lives in its
// ArticleSession, which shows its article through this window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Startup after show(): offers journaled work after a crash, the sample article on an empty
    // database, else opens the last article. Non-interactive (--screenshot) answers every
    // question with its default without asking: keep the journal, create the sample.
    void start();
    void setInteractive(bool interactive) { m_interactive = interactive; }

    bool openArticle(qint64 id);
    bool saveArticle() { return m_session->save(); } // full save with revision; true if nothing was pending either
    bool writeJournal() { return m_session->writeJournal(); }
    [[nodiscard]] bool hasUnsavedChanges() const { return m_session->hasUnsavedChanges(); }
    [[nodiscard]] qint64 currentArticleId() const { return m_session->currentId(); }
    [[nodiscard]] ArticleSession *session() const { return m_session; }

    // Validation findings from outside (the model's Validator, spelling); replaces the
    // window's own basic checks when set.
    // The preferences drive the window (limits, reading rate, autosave, export, byline) and
    // apply live. Without settings the built-in defaults hold.
    void setSettings(AppSettings *settings);
    // The patterns Zeilen are counted with (loaded by main on a worker thread); until then, or
    // with a problem to report, lines break at hyphens only and the status bar says so.
    void setHyphenator(const Hyphenator *hyphenator, const QString &problem = QString());

    using FindingsProvider = std::function<QList<ChecklistFinding>(const Article &)>; // see ChecklistController
    void setFindingsProvider(FindingsProvider provider);

    // Spell checking in every text field, the misspelled-word count in the status bar, the words
    // in the checklist, "Check spelling…" and the newsroom dictionary (its file dialogs through
    // the window's DialogInterface). The checker must outlive the window. Without a valid
    // checker the status bar says why (never a blocking message).
    void setSpellChecker(SpellChecker *checker);
    [[nodiscard]] SpellCheckDialog *spellCheckDialog() const;
    // Settles a save that met a newer revision by someone else (the shared database's
    // CollaborationController); returns the save that settled it, or the conflict again when
    // the journalist cancelled. Without a handler the text stays in the journal.
    using ConflictHandler = ArticleSession::ConflictHandler;
    void setConflictHandler(ConflictHandler handler) { m_session->setConflictHandler(std::move(handler)); }
    // A revision someone else saved replaces what the form shows (the shared database's
    // CollaborationController): the stored article, or its merge with this journalist's unsaved
    // words (unsaved true: they stay unsaved and journaled). note says who changed what.
    void showRevisionFromElsewhere(const Article &article, bool unsaved, const QString &note)
    {
        m_session->showRevisionFromElsewhere(article, unsaved, note);
    }

Q_SIGNALS:
    // An article is shown in the form (opened, reloaded, or replaced after a conflict).
    void articleOpened(qint64 id);

public:

    [[nodiscard]] AppActions *actions() const { return m_actions; }
    [[nodiscard]] ArticleForm *form() const { return m_form; }
    [[nodiscard]] ArticleListPanel *articleList() const { return m_list; }
    [[nodiscard]] ChecklistPanel *checklist() const { return m_checklist; }
    [[nodiscard]] HistoryPanel *history() const { return m_history; }
    [[nodiscard]] Autosaver *autosaver() const;
    [[nodiscard]] ExportController *exporter() const { return m_export; }
    [[nodiscard]] ImportController *importer() const { return m_import; }
    [[nodiscard]] PreviewPane *preview() const { return m_preview; }
    [[nodiscard]] ArticleFindBar *findBar() const { return m_findBar; }
    [[nodiscard]] TypographyDesk *typography() const { return m_typography; }
    // Shows Preferences, About and the user guide without blocking (open(), not exec()); the
    // last one shown, for tests.
    [[nodiscard]] QDialog *lastDialog() const { return m_lastDialog; }
    [[nodiscard]] QString statusText() const; // the status bar's texts, for tests

    // Creates the two sample articles; returns the id of the main one.
    qint64 createSampleArticles() { return m_session->createSampleArticles(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Files dropped on the window are imported (ImportController).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void connectActions();
    void restoreSettings();
    void saveSettings() const;
    void connectSession();
    void showArticle(const Article &article, ArticleSession::Change change);
    void onEdited();
    void updateChecklist();
    void focusFinding(const QString &field);
    void showPreferences();
    void showDialog(QDialog *dialog);
    void updatePreview();
    void applySettings();
    void reloadSections();

    ArticleRepository *m_repository;
    DialogInterface *m_dialogs;
    AppSettings *m_memory; // what the window remembers (layout, last article), also without preferences
    AppActions *m_actions;
    ArticleListPanel *m_list;
    ArticleForm *m_form;
    SidePanel *m_side;
    ChecklistPanel *m_checklist;
    HistoryPanel *m_history;
    QSplitter *m_splitter;
    ArticleSession *m_session;
    QTimer *m_previewDelay;
    PreviewPane *m_preview;
    ExportController *m_export;
    ImportController *m_import;
    AppSettings *m_settings = nullptr;
    QPointer<QDialog> m_lastDialog;
    ArticleFindBar *m_findBar;
    QDockWidget *m_findDock;
    LengthStatus *m_length = nullptr;
    LengthDesk *m_lengthDesk = nullptr; // limits, length target, readability, invisible characters
    SaveStateLabel *m_saveLabel;
    ChecklistController *m_checks = nullptr;
    SpellingController *m_spelling = nullptr;
    EditActions *m_edit = nullptr;
    ArticleCommands *m_commands = nullptr;
    TypographyDesk *m_typography = nullptr; // Apply Typography, the offer after an import
    bool m_interactive = true;
    bool m_splitterRestored = false;
};
