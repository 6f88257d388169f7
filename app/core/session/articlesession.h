#pragma once

#include "article.h"
#include "articlerepository.h"

#include <QObject>

#include <functional>

class Autosaver;

// The editing state machine of one editor window, without a widget: which article is open,
// whether it changed since the last full save, when the typing is journaled, saving (with
// the shared database's conflicts), new, duplicate, trash and restore. The window shows what
// the session says (articleShown, stateText, problem) and tells it about typing (noteEdited).
// Model: Zanshin's EditorModel (autosave delay, save function, no widget).
//
// Saving: typing is journaled (ArticleRepository::writeJournal, cheap, no revision) 1 s after
// it stops and at least every 2 s while it goes on (Autosaver). A full save, which makes a
// revision, happens on File→Save, when another article is opened, and on close; so the history
// holds the states the journalist left, not one revision per pause, and a crash loses at most
// the typing since the last journal write.
class ArticleSession : public QObject
{
    Q_OBJECT

public:
    // Why an article is shown: the window selects it in the list, keeps the cursor, … by it.
    enum class Change {
        Opened, // from the database (open, new, duplicate, restore)
        Recovered, // from the journal after a crash, not saved yet
        Unsaved, // a new article the database did not take: kept in the journal only
        Resolved, // what a settled save conflict stored
        FromElsewhere, // a revision someone else saved, perhaps merged with unsaved words
    };
    Q_ENUM(Change)

    // Reads the article as it is being edited (the form), when the session needs the words:
    // for a journal write or a save, never per keystroke. Without one, the article given to
    // edit() is the edited one.
    using Editor = std::function<Article()>;
    // Settles a save that met a newer revision by someone else; returns the save that settled
    // it, or the conflict again when the journalist cancelled. Without a handler the text
    // stays in the journal.
    using ConflictHandler = std::function<SaveResult(const Article &mine, const SaveResult &conflict)>;

    explicit ArticleSession(ArticleRepository *repository, QObject *parent = nullptr);

    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setConflictHandler(ConflictHandler handler) { m_conflictHandler = std::move(handler); }

    [[nodiscard]] ArticleRepository *repository() const { return m_repository; }
    [[nodiscard]] Autosaver *autosaver() const { return m_autosaver; }
    [[nodiscard]] bool hasArticle() const { return m_hasArticle; }
    // False for a trashed article (and for none): edits are not kept.
    [[nodiscard]] bool isEditable() const { return m_hasArticle && m_editable; }
    [[nodiscard]] qint64 currentId() const { return m_hasArticle ? m_article.id : 0; }
    // The article as edited now (read from the editor when there is one).
    [[nodiscard]] Article article() const;
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    [[nodiscard]] bool isJournalPending() const { return m_journalPending; }

    // Saves the current article first (false: the save failed or was cancelled, nothing
    // changes); then shows the stored article. Editable false: shown read-only (the trash).
    bool open(qint64 id, bool editable = true);
    // Saves the open article if it changed; on failure the journal keeps the words and false
    // says so (the caller stays on it).
    [[nodiscard]] bool leave();
    // Full save with a revision; true if nothing was pending either.
    bool save();
    // The cheap write of unsaved typing (no revision); true if nothing was pending either.
    bool writeJournal();
    // The editor changed the article (the words are read later, through the Editor).
    void noteEdited();
    // Widget-free editing: the article as changed (identity from the open article).
    void edit(const Article &changed);
    // Shows the article kept in the journal after a crash, unsaved.
    void recover(const Article &entry);
    // After a crash: asks about each journal entry; a "no" deletes it, the first "yes" is
    // shown (recover), later ones stay in the journal for the next start.
    void offerRecovery(const std::function<bool(const Article &entry)> &restore);
    // A revision someone else saved replaces what is shown: the stored article, or its merge
    // with this journalist's unsaved words (unsaved true: they stay unsaved and journaled).
    void showRevisionFromElsewhere(const Article &article, bool unsaved, const QString &note);
    // Shows nothing (the trash was emptied, the list switched): no save, no journal.
    void close();

    // A new article, stored at once so that it has an id (the journal and the list need one);
    // when the database is away it opens unsaved and the journal keeps it. Returns false when
    // nothing could be kept (or the open article could not be left).
    bool createArticle(const Article &article);
    // A copy of the open article as a new draft; its id, or 0.
    qint64 duplicate();
    // Moves articles to the trash; the open one, if among them, is saved first and closed.
    // Returns how many went, or -1 when the open article could not be left.
    int moveToTrash(const QList<qint64> &ids);
    [[nodiscard]] bool restoreFromTrash(const QList<qint64> &ids);
    [[nodiscard]] bool emptyTrash();
    // Makes an old revision the newest one, after saving the open article; then opens it.
    bool restoreRevision(qint64 id, int revision);
    // A clean quit leaves no journal behind: the next start must not report a crash.
    void finish();
    // Stores the two sample articles (and their sections); returns the id of the main one.
    qint64 createSampleArticles();

Q_SIGNALS:
    // The window shows `article` (all fields and the body) because of `change`.
    void articleShown(const Article &article, ArticleSession::Change change);
    // A full save stored the open article as revision `revision`.
    void saved(qint64 id, int revision, const QDateTime &modified);
    // Nothing is open any more.
    void closed();
    // The stored articles changed (saved, new, restored): lists read them anew, with `id` current.
    void listChanged(qint64 id);
    // What the save-state label says ("Saved as version 3 at 10:15:00", "Not saved", …).
    void stateText(const QString &text);
    // The journal holds `article`'s words now (the list shows them, not the stored ones).
    void journalWritten(const Article &article);
    // Something failed that the journalist must be told (the window shows a warning).
    void problem(const QString &title, const QString &message);
    // An article is shown (opened, reloaded, or replaced after a conflict); id 0: unsaved new.
    void articleOpened(qint64 id);

private:
    void show(const Article &article, Change change, bool editable);
    void settle(); // saved or opened: nothing pending

    ArticleRepository *m_repository;
    Autosaver *m_autosaver;
    Editor m_editor;
    ConflictHandler m_conflictHandler;
    Article m_article; // identity, and the words when there is no editor
    Article m_cleanState; // as last opened or saved: no save without a change
    bool m_hasArticle = false;
    bool m_editable = false;
    bool m_dirty = false; // changed since the last full save
    bool m_journalPending = false; // changed since the last journal write
};
