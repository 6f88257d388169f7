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
// a non-blocking warning when someone else has it open), live updates from other editors,
// save conflicts through the conflict dialog, and the offline state with its later sync.
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

private:
    void onArticleOpened(qint64 id);
    void onArticleChanged(qint64 id, int revision);
    void onListenerReconnected();
    void syncOfflineWork();
    void showConnectionState();
    void beat();
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
    // Articles whose offline words met a conflict the journalist cancelled (or a save that
    // failed): not asked again on every sync tick.
    QSet<qint64> m_declined;
};
