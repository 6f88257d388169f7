#pragma once

#include "article.h"
#include "articlerepository.h"
#include "preview/previewpane.h"
#include "validation/checklistfinding.h"

#include <QMainWindow>

#include <functional>

class AppActions;
class ArticleFindBar;
class QDockWidget;
class Hyphenator;
class LengthDesk;
class LineCounter;
class AppSettings;
class ExportController;
class ImportController;
class QDialog;
class ArticleForm;
class ArticleListPanel;
class ArticleRepository;
class Autosaver;
class ChecklistPanel;
class DialogInterface;
class FileDialogs;
class SpellCheckDialog;
class SpellChecker;
class HistoryPanel;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

// The editor's main window: the article list on the left, the article form in the centre,
// photo, related links, checklist and history on the right. Every write goes through the
// ArticleRepository.
//
// Saving: typing is journaled (ArticleRepository::writeJournal, cheap, no revision) 2 s after
// it stops and at least every 30 s while it goes on (Autosaver). A full save, which makes a
// revision, happens on File→Save, when another article is opened, and on close; so the history
// holds the states the journalist left, not one revision per pause, and a crash loses at most
// the typing since the last journal write.
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
    bool saveArticle(); // full save with revision; true if nothing was pending either
    bool writeJournal();
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    [[nodiscard]] qint64 currentArticleId() const;

    // Validation findings from outside (the model's Validator, spelling); replaces the
    // window's own basic checks when set.
    // The preferences drive the window (limits, reading rate, autosave, export, byline) and
    // apply live. Without settings the built-in defaults hold.
    void setSettings(AppSettings *settings);
    // The patterns Zeilen are counted with (loaded by main on a worker thread); until then, or
    // with a problem to report, lines break at hyphens only and the status bar says so.
    void setHyphenator(const Hyphenator *hyphenator, const QString &problem = QString());

    using FindingsProvider = std::function<QList<ChecklistFinding>(const Article &)>;
    void setFindingsProvider(FindingsProvider provider);

    // Spell checking in every text field, the misspelled-word count in the status bar, the words
    // in the checklist, "Check spelling…" and the newsroom dictionary. Both must outlive the
    // window. Without a valid checker the status bar says why (never a blocking message).
    void setSpellChecker(SpellChecker *checker, FileDialogs *fileDialogs);
    void checkSpelling();
    void showNewsroomDictionary();
    [[nodiscard]] SpellCheckDialog *spellCheckDialog() const { return m_spellDialog; }
    // Settles a save that met a newer revision by someone else (the shared database's
    // CollaborationController); returns the save that settled it, or the conflict again when
    // the journalist cancelled. Without a handler the text stays in the journal.
    using ConflictHandler = std::function<SaveResult(const Article &mine, const SaveResult &conflict)>;
    void setConflictHandler(ConflictHandler handler) { m_conflictHandler = std::move(handler); }
    // A revision someone else saved replaces what the form shows (the shared database's
    // CollaborationController): the stored article, or its merge with this journalist's unsaved
    // words (unsaved true: they stay unsaved and journaled). note says who changed what.
    void showRevisionFromElsewhere(const Article &article, bool unsaved, const QString &note);

Q_SIGNALS:
    // An article is shown in the form (opened, reloaded, or replaced after a conflict).
    void articleOpened(qint64 id);

public:

    [[nodiscard]] AppActions *actions() const { return m_actions; }
    [[nodiscard]] ArticleForm *form() const { return m_form; }
    [[nodiscard]] ArticleListPanel *articleList() const { return m_list; }
    [[nodiscard]] ChecklistPanel *checklist() const { return m_checklist; }
    [[nodiscard]] HistoryPanel *history() const { return m_history; }
    [[nodiscard]] Autosaver *autosaver() const { return m_autosaver; }
    [[nodiscard]] ExportController *exporter() const { return m_export; }
    [[nodiscard]] ImportController *importer() const { return m_import; }
    [[nodiscard]] PreviewPane *preview() const { return m_preview; }
    [[nodiscard]] ArticleFindBar *findBar() const { return m_findBar; }
    // Shows Preferences, About and the user guide without blocking (open(), not exec()); the
    // last one shown, for tests.
    [[nodiscard]] QDialog *lastDialog() const { return m_lastDialog; }
    [[nodiscard]] QString statusText() const; // the status bar's texts, for tests

    // Creates the two sample articles; returns the id of the main one.
    qint64 createSampleArticles();

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
    void onEdited();
    void updateStatistics();
    [[nodiscard]] LineCounter lineCounter() const;
    [[nodiscard]] QString selectedText() const; // of the focused form field, if any
    void updateChecklist();
    void updateSpellingCount();
    [[nodiscard]] QList<ChecklistFinding> spellingFindings() const;
    void updateSaveState(const QString &text);
    void updateUndoActions();
    void updateFormatActions();
    void updateListActions();
    void newArticle();
    void duplicateArticle();
    void moveToTrash();
    void restoreFromTrash();
    void emptyTrash();
    void showTrash(bool trash);
    void restoreRevision(qint64 id, int revision);
    void editLink();
    void undo();
    void redo();
    void forwardToFocus(const char *slot);
    void focusFinding(const QString &field);
    void showAbout();
    void showPreferences();
    void showUserGuide();
    void showDialog(QDialog *dialog);
    void exportCurrent(const QString &formatId, bool fragment);
    void exportAll();
    [[nodiscard]] bool confirmExport(const QList<Article> &articles);
    void exportSelected(const QString &formatId);
    void updatePreview();
    void applySettings();
    void offerRecovery();
    void reloadSections();
    void rebindSpellCheck();
    [[nodiscard]] int currentReadingMinutes() const;
    [[nodiscard]] bool bodyHasFocus() const;
    [[nodiscard]] bool leaveCurrentArticle(); // saves; false if the user cancelled

    ArticleRepository *m_repository;
    DialogInterface *m_dialogs;
    AppActions *m_actions;
    ArticleListPanel *m_list;
    ArticleForm *m_form;
    QTabWidget *m_side;
    ChecklistPanel *m_checklist;
    HistoryPanel *m_history;
    QSplitter *m_splitter;
    Autosaver *m_autosaver;
    QTimer *m_statsDelay;
    QTimer *m_checkDelay;
    QTimer *m_previewDelay;
    PreviewPane *m_preview;
    ExportController *m_export;
    ImportController *m_import;
    AppSettings *m_settings = nullptr;
    QDialog *m_lastDialog = nullptr;
    ArticleFindBar *m_findBar;
    QDockWidget *m_findDock;
    QLabel *m_wordsLabel;
    LengthDesk *m_lengthDesk = nullptr; // limits, length target, readability, invisible characters
    QLabel *m_readingLabel;
    QLabel *m_saveLabel;
    QLabel *m_warningsLabel;
    QLabel *m_spellingLabel;
    SpellChecker *m_checker = nullptr;
    const Hyphenator *m_hyphenator = nullptr;
    QString m_hyphenationProblem;
    FileDialogs *m_fileDialogs = nullptr;
    SpellCheckDialog *m_spellDialog = nullptr;
    qint64 m_spellDialogArticle = 0; // the article the spelling dialog was started on
    Article m_cleanState; // the form's article as last opened or saved: no save without a change
    QString m_defaultLanguage = QStringLiteral("de-DE"); // for new articles, from the preferences
    FindingsProvider m_findings;
    ConflictHandler m_conflictHandler;
    bool m_dirty = false; // changed since the last full save
    bool m_journalPending = false; // changed since the last journal write
    bool m_interactive = true;
    bool m_opening = false;
    bool m_splitterRestored = false;
};
