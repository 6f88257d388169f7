#pragma once

#include "articlerepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

class ArticleChangeListener;
class DialogInterface;
class EditLocks;
class MainWindow;
class QLabel;
class QTimer;
class ResilientRepository;

// Hooks the shared database (PostgreSQL) into one editor window, so that MainWindow itself
// stays the same for the SQLite file: the soft edit lock (heartbeat while an article is open,
// a live, non-blocking notice of who else has it open), live updates from other editors
// (merged with unsaved words, and saying who changed what), save conflicts (a three-way merge
// first; the conflict dialog only for fields both changed), the offline state with its later
// sync, a refused login or missing rights, and newsroom words a colleague added.
// Every collaborator is optional (nullptr): the controller does what the database offers.
// It owns none of them; they must outlive it.
class CollaborationController : public QObject
{
    Q_OBJECT

public:
    struct Parts {
        ResilientRepository *resilient = nullptr; // the window's repository when it is one
        ArticleChangeListener *listener = nullptr;
        EditLocks *locks = nullptr;
        int syncIntervalMs = 5000;
    };

    CollaborationController(MainWindow *window, ArticleRepository *repository, DialogInterface *dialogs, Parts parts);
    ~CollaborationController() override;

    // Asks the journalist (conflict dialog) and carries the choice out; returns the settling
    // save, or the conflict when cancelled (the words then stay in the journal).
    SaveResult resolveConflict(const Article &mine, const SaveResult &conflict);
    // Shows the connection state and, when the server answers again, saves the offline work:
    // the open article through the window (its form learns the new revision), the rest with
    // ResilientRepository::sync(); conflicts go through the conflict dialog.
    void checkConnection();

    [[nodiscard]] QLabel *lockBanner() const { return m_lockBanner; }
    [[nodiscard]] QLabel *newerNote() const { return m_newerNote; }
    [[nodiscard]] QLabel *offlineLabel() const { return m_offlineLabel; }
    [[nodiscard]] QTimer *heartbeat() const { return m_heartbeat; }
    [[nodiscard]] qint64 lockedArticle() const { return m_lockedId; }
    // Re-reads who else has the open article open (also drops stale entries), as the heartbeat
    // and every presence notification do.
    void refreshPresence();
    // One heartbeat: renews this editor's lock, removes stale ones (which tells everyone),
    // refreshes the notice.
    void beat();

private:
    void onArticleOpened(qint64 id);
    void onArticleChanged(qint64 id, int revision);
    void onPresenceChanged(qint64 id);
    void onNewsroomWordsChanged();
    void ensureLocked();
    void checkRights();
    // Who saved revision `revision` of article id (display name; empty when unknown).
    [[nodiscard]] QString savedBy(qint64 id, int revision);
    // The revision `mine` was based on, for the three-way merge; an empty article when it is
    // gone (thinned), which makes every differing field a conflict.
    [[nodiscard]] Article baseOf(const Article &mine);
    // Saves made while nobody listened were not heard: the list and the open article are read
    // again once, as if each had been announced. When the read fails the refresh stays owed.
    void refreshAfterOutage();
    void syncOfflineWork();
    void showConnectionState();
    void releaseLock();

    MainWindow *m_window;
    ArticleRepository *m_repository;
    DialogInterface *m_dialogs;
    Parts m_parts;
    QLabel *m_lockBanner;
    QLabel *m_newerNote;
    QLabel *m_offlineLabel;
    QTimer *m_heartbeat;
    QTimer *m_syncTimer;
    qint64 m_lockedId = 0;
    bool m_syncing = false;
    // The listener is back but the open article could not be read then: the next connection
    // check reads it, so a colleague's save from the outage shows up without reopening.
    bool m_refreshOwed = false;
    QString m_rightsProblem; // the server refuses our tables: said in the status bar
    QString m_pendingNote; // shown after the window re-opened the article a merge saved
    // Articles whose offline words met a conflict the journalist cancelled (or a save that
    // failed): not asked again on every sync tick.
    QSet<qint64> m_declined;
};
