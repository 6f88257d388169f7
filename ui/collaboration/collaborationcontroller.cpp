#include "collaboration/collaborationcontroller.h"

#include "collaboration/rolegate.h"

#include "articlelist/articlelistpanel.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "mainwindow.h"
#include "storage/articlechangelistener.h"
#include "storage/conflictresolver.h"
#include "storage/editlocks.h"
#include "storage/resilientrepository.h"
#include "storage/threewaymerge.h"
#include "spelling/spellchecker.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

CollaborationController::CollaborationController(MainWindow *window, ArticleRepository *repository,
                                                 DialogInterface *dialogs, Parts parts)
    : QObject(window)
    , m_window(window)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_parts(parts)
    , m_lockBanner(new QLabel(window))
    , m_newerNote(new QLabel(window))
    , m_offlineLabel(new QLabel(window))
    , m_heartbeat(new QTimer(this))
    , m_syncTimer(new QTimer(this))
{
    // A warning, not a lock: the banner sits in the status bar and never takes the focus, so
    // that a journalist on deadline types on.
    m_lockBanner->setObjectName(u"editLockBanner"_s);
    m_lockBanner->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; padding: 1px 6px; }"_s);
    m_newerNote->setObjectName(u"newerRevisionNote"_s);
    m_offlineLabel->setObjectName(u"offlineLabel"_s);
    m_offlineLabel->setStyleSheet(u"QLabel { color: #a40000; }"_s);
    for (QLabel *label : {m_lockBanner, m_newerNote, m_offlineLabel}) {
        label->hide();
        window->statusBar()->addPermanentWidget(label);
    }

    window->setConflictHandler([this](const Article &mine, const SaveResult &conflict) {
        return resolveConflict(mine, conflict);
    });
    connect(window, &MainWindow::articleOpened, this, &CollaborationController::onArticleOpened);
    if (m_parts.listener) {
        connect(m_parts.listener, &ArticleChangeListener::articleChanged, this, &CollaborationController::onArticleChanged);
        connect(m_parts.listener, &ArticleChangeListener::reconnected, this, &CollaborationController::refreshAfterOutage);
        connect(m_parts.listener, &ArticleChangeListener::presenceChanged, this, &CollaborationController::onPresenceChanged);
        connect(m_parts.listener, &ArticleChangeListener::newsroomWordsChanged, this,
                &CollaborationController::onNewsroomWordsChanged);
    }
    if (m_parts.locks) {
        m_heartbeat->setInterval(m_parts.locks->heartbeatIntervalMs());
        connect(m_heartbeat, &QTimer::timeout, this, &CollaborationController::beat);
    }
    if (m_parts.resilient) {
        m_syncTimer->setInterval(m_parts.syncIntervalMs);
        connect(m_syncTimer, &QTimer::timeout, this, &CollaborationController::checkConnection);
        m_syncTimer->start();
    }
    checkRights();
    showConnectionState();
}

CollaborationController::~CollaborationController()
{
    // The labels belong to the status bar, which may be gone already; only the lock is ours.
    releaseLock();
}

QString CollaborationController::savedBy(qint64 id, int revision)
{
    const auto revisions = m_repository->history(id);
    if (!revisions)
        return QString();
    for (const RevisionInfo &info : *revisions) {
        if (info.revision == revision)
            return info.savedBy;
    }
    return QString();
}

Article CollaborationController::baseOf(const Article &mine)
{
    if (mine.id > 0 && mine.revision > 0) {
        if (const auto base = m_repository->loadRevision(mine.id, mine.revision))
            return *base;
    }
    return Article{};
}

SaveResult CollaborationController::resolveConflict(const Article &mine, const SaveResult &conflict)
{
    SaveResult result = conflict;
    const Article base = baseOf(mine);
    // Someone may save again while the dialog is open: merge and ask again on the newer revision.
    while (result.outcome == SaveResult::Outcome::Conflict) {
        const auto theirs = m_repository->load(mine.id);
        if (!theirs)
            return SaveResult{SaveResult::Outcome::Failed, mine.id, 0, m_repository->lastError()};
        const ThreeWayMerge merge(base, mine, *theirs);
        const QString colleague = savedBy(mine.id, theirs->revision);
        if (merge.identical()) {
            // Both hold the same words: nothing to ask and no revision to add.
            result = SaveResult{SaveResult::Outcome::Saved, mine.id, theirs->revision, QString()};
            break;
        }
        if (!merge.hasConflicts()) {
            // Different fields (or paragraphs): both edits go into one new revision, no dialog.
            result = m_repository->save(merge.result(), theirs->revision);
            if (result.ok() && !merge.changedByThem().isEmpty())
                m_pendingNote = tr("Merged: %1").arg(ThreeWayMerge::describeChanges(colleague, merge.changedByThem()));
            continue;
        }
        const std::optional<ConflictChoice> choice =
            m_dialogs->resolveConflict(m_window, mine, *theirs, ConflictDetails{merge.conflicts(), colleague, theirs->revision});
        if (!choice)
            return conflict;
        result = ConflictResolver::resolve(*m_repository, mine, *choice, &merge);
    }
    if (result.ok())
        m_newerNote->hide();
    return result;
}

void CollaborationController::checkConnection()
{
    ResilientRepository *resilient = m_parts.resilient;
    // A conflict dialog runs its own event loop, in which the sync timer fires again.
    if (!resilient || m_syncing)
        return;
    m_syncing = true;
    const bool wasOnline = resilient->isOnline();
    // With nothing pending a cheap call tells whether the server is back.
    if (!resilient->isOnline())
        (void)resilient->sections();
    if (resilient->isOnline() && resilient->pendingCount() > 0)
        syncOfflineWork();
    if (!wasOnline && resilient->isOnline())
        checkRights();
    if ((!wasOnline || m_refreshOwed) && resilient->isOnline())
        refreshAfterOutage(); // back: what others saved meanwhile shows up in the list and form
    showConnectionState();
    ensureLocked();
    m_syncing = false;
}

void CollaborationController::syncOfflineWork()
{
    ResilientRepository *resilient = m_parts.resilient;
    const qint64 current = m_window->currentArticleId();
    if (m_window->hasUnsavedChanges() && resilient->isPendingLocally(current) && !m_declined.contains(current)) {
        // The open article syncs through the window, so that the form learns its new revision
        // (a new article its id) and a conflict goes through the usual dialog.
        if (!m_window->saveArticle())
            m_declined.insert(current);
    }
    const ResilientRepository::SyncReport report = resilient->sync();
    const auto entries = resilient->journalEntries().value_or(QList<Article>{});
    for (const SaveResult &conflict : report.conflicts) {
        // A cancelled dialog is not asked again every few seconds: the words stay in the
        // journal until the article is opened or saved again.
        if (m_declined.contains(conflict.id))
            continue;
        for (const Article &entry : entries) {
            if (entry.id != conflict.id)
                continue;
            const SaveResult settled = resolveConflict(entry, conflict);
            if (settled.ok())
                resilient->clearJournal(entry.id);
            else
                m_declined.insert(entry.id);
        }
    }
    if (report.saved > 0 || !report.conflicts.isEmpty())
        m_window->articleList()->reload(m_window->currentArticleId());
}

void CollaborationController::showConnectionState()
{
    ResilientRepository *resilient = m_parts.resilient;
    if (resilient && resilient->loginRejected()) {
        // Not "offline": retrying cannot help, the journalist (or the administrator) must act.
        const QUrl server(resilient->location());
        m_offlineLabel->setText(tr("Login rejected by %1 – check user name and password file; your work is kept on "
                                   "this computer").arg(server.host()));
        m_offlineLabel->setToolTip(resilient->lastError());
        m_offlineLabel->show();
        return;
    }
    if (!m_rightsProblem.isEmpty() && (!resilient || resilient->isOnline())) {
        m_offlineLabel->setText(tr("No rights on the shared database – ask the administrator (details in the tooltip)"));
        m_offlineLabel->setToolTip(m_rightsProblem);
        m_offlineLabel->show();
        return;
    }
    const bool offline = resilient && !resilient->isOnline();
    if (offline) {
        const QUrl server(resilient->location());
        // Short enough for the status bar of a small laptop screen; the details in the tooltip.
        m_offlineLabel->setText(tr("Offline: %1 cannot be reached – your work is kept on this computer").arg(server.host()));
        m_offlineLabel->setToolTip(tr("The shared database cannot be reached (%1). Your work is kept on this computer and "
                                      "saved when the connection is back.")
                                       .arg(resilient->lastError()));
    }
    m_offlineLabel->setVisible(offline);
}

void CollaborationController::refreshAfterOutage()
{
    const qint64 current = m_window->currentArticleId();
    if (current <= 0) {
        m_refreshOwed = false;
        m_window->articleList()->reload();
        return;
    }
    const auto stored = m_repository->load(current);
    m_refreshOwed = !stored && m_repository->lastErrorIsConnectionLoss();
    // onArticleChanged reloads the list too, and reads the article again only when it is newer.
    onArticleChanged(current, stored ? stored->revision : 0);
}

void CollaborationController::checkRights()
{
    RoleGate::apply(m_repository->newsroomRole(), *m_window->actions(), *m_window->form());
    // A role without rights on the tables would otherwise see an empty list and nothing else.
    ArticleFilter probe;
    probe.limit = 1;
    m_rightsProblem.clear();
    if (!m_repository->list(probe) && !m_repository->lastErrorIsConnectionLoss() && !m_repository->lastErrorIsLoginRejected()) {
        m_rightsProblem = m_repository->lastError();
        m_dialogs->warning(m_window, tr("No Rights on the Shared Database"), m_rightsProblem);
    }
}

void CollaborationController::onArticleOpened(qint64 id)
{
    m_declined.remove(id); // opened or saved again: the next sync may ask again
    m_newerNote->hide();
    if (!m_pendingNote.isEmpty()) {
        // A save merged a colleague's changes: say so where the journalist looks.
        m_newerNote->setText(m_pendingNote);
        m_newerNote->show();
        m_pendingNote.clear();
    }
    if (id != m_lockedId)
        releaseLock();
    m_lockBanner->hide();
    if (!m_parts.locks || id <= 0)
        return;
    m_lockedId = id;
    beat();
    m_heartbeat->start();
}

void CollaborationController::ensureLocked()
{
    // A new article that reached the server, or one restored after a crash, is open without
    // articleOpened having named its id: announce it now.
    const qint64 current = m_window->currentArticleId();
    if (m_parts.locks && current > 0 && current != m_lockedId)
        onArticleOpened(current);
}

void CollaborationController::refreshPresence()
{
    if (!m_parts.locks || m_lockedId <= 0) {
        m_lockBanner->hide();
        return;
    }
    const auto others = m_parts.locks->openedBy(m_lockedId);
    if (!others)
        return; // the server is away: the last known state stays until the next beat
    m_lockBanner->setText(EditLocks::describe(*others));
    m_lockBanner->setVisible(!others->isEmpty());
}

void CollaborationController::onPresenceChanged(qint64 id)
{
    if (id == m_lockedId)
        refreshPresence();
}

void CollaborationController::onNewsroomWordsChanged()
{
    // A colleague's new word un-underlines at once in every open field.
    SpellChecker *checker = m_window->form()->spellChecker();
    if (!checker)
        return;
    if (const auto words = m_repository->newsroomWords())
        checker->setNewsroomWords(*words);
}

void CollaborationController::onArticleChanged(qint64 id, int revision)
{
    const qint64 current = m_window->currentArticleId();
    m_window->articleList()->reload(current);
    ensureLocked();
    if (id != current || revision <= m_window->form()->article().revision)
        return; // our own save, or another article
    const auto theirs = m_repository->load(id);
    if (!theirs || theirs->revision <= m_window->form()->article().revision)
        return; // trashed, or the server is away: the list says what is known
    const Article mine = m_window->form()->article();
    const ThreeWayMerge merge(baseOf(mine), mine, *theirs);
    const QString colleague = savedBy(id, theirs->revision);
    const QString change = ThreeWayMerge::describeChanges(colleague, merge.changedByThem());
    if (!m_window->hasUnsavedChanges()) {
        m_window->showRevisionFromElsewhere(*theirs, false, change);
    } else if (!merge.hasConflicts()) {
        // Unsaved typing stays: their changes go into the form around it, still unsaved.
        const Article merged = merge.result();
        m_window->showRevisionFromElsewhere(merged, !merge.identical(),
                                            merge.identical() ? change : tr("Not saved – %1").arg(change));
    } else {
        m_newerNote->setText(tr("%1; you changed the same place – saving will show both versions.").arg(change));
        m_newerNote->show();
        return;
    }
    // The window's save state now says who changed what (not "Saved at", which was not us).
    m_newerNote->hide();
}

void CollaborationController::beat()
{
    if (!m_parts.locks || m_lockedId <= 0)
        return;
    m_parts.locks->beat(m_lockedId);
    // Locks of crashed editors expire here; removing them tells everyone else at once.
    m_parts.locks->removeStale();
    refreshPresence();
}

void CollaborationController::releaseLock()
{
    m_heartbeat->stop();
    if (m_parts.locks && m_lockedId > 0)
        m_parts.locks->release(m_lockedId);
    m_lockedId = 0;
}
