#include "session/articlesession.h"

#include "i18n/germanformat.h"
#include "sample/samplearticles.h"
#include "session/autosaver.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

ArticleSession::ArticleSession(ArticleRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_autosaver(new Autosaver(this))
{
    connect(m_autosaver, &Autosaver::saveDue, this, &ArticleSession::writeJournal);
}

Article ArticleSession::article() const
{
    if (!m_hasArticle)
        return Article();
    return m_editor ? m_editor() : m_article;
}

void ArticleSession::show(const Article &article, Change change, bool editable)
{
    m_article = article;
    m_hasArticle = true;
    m_editable = editable;
    Q_EMIT articleShown(article, change);
}

void ArticleSession::settle()
{
    m_dirty = false;
    m_journalPending = false;
    m_autosaver->reset();
}

bool ArticleSession::open(qint64 id, bool editable)
{
    if (!m_repository || !leave())
        return false;
    const auto article = m_repository->load(id);
    if (!article) {
        Q_EMIT problem(tr("Article Not Opened"), m_repository->lastError());
        return false;
    }
    settle();
    show(*article, Change::Opened, editable);
    // As the editor shows it: an unchanged article must compare equal at the next save.
    m_cleanState = this->article();
    Q_EMIT stateText(article->modified.isValid() ? tr("Saved %1").arg(GermanFormat::timeWithSeconds(article->modified))
                                                 : QString());
    Q_EMIT articleOpened(id);
    return true;
}

bool ArticleSession::leave()
{
    if (!m_dirty || !m_hasArticle)
        return true;
    if (save())
        return true;
    // The save failed (conflict, database gone): the journal keeps the text either way.
    writeJournal();
    return false;
}

bool ArticleSession::save()
{
    if (!m_repository || !m_hasArticle)
        return false;
    if (!m_dirty)
        return true;
    const Article article = this->article();
    if (article == m_cleanState) {
        // Typed and taken back, or only reformatted: the last revision already holds this.
        m_repository->clearJournal(article.id);
        settle();
        Q_EMIT stateText(tr("No changes to save"));
        return true;
    }
    SaveResult result = m_repository->save(article, article.revision);
    if (result.outcome == SaveResult::Outcome::Conflict && m_conflictHandler) {
        writeJournal(); // the words are safe whatever the journalist chooses
        result = m_conflictHandler(article, result);
        if (result.ok()) {
            // The resolution may have changed the text (theirs) or the article (a copy): show
            // what is stored now.
            m_repository->clearJournal(article.id);
            settle();
            if (const auto stored = m_repository->load(result.id)) {
                show(*stored, Change::Resolved, true);
                Q_EMIT listChanged(result.id);
            }
            m_cleanState = this->article();
            Q_EMIT stateText(tr("Saved %1").arg(GermanFormat::timeWithSeconds(QDateTime::currentDateTimeUtc())));
            Q_EMIT articleOpened(result.id);
            return true;
        }
    }
    if (!result.ok()) {
        writeJournal();
        const QString message = result.outcome == SaveResult::Outcome::Conflict
            ? tr("Someone else saved this article meanwhile (revision %1). Your text is kept in the journal "
                 "and offered again at the next start; copy what you need and reopen the article.")
                  .arg(result.revision)
            : result.error;
        Q_EMIT stateText(tr("Not saved"));
        Q_EMIT problem(tr("Article Not Saved"), message);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_article.id = result.id;
    m_article.revision = result.revision;
    m_article.modified = now;
    if (!m_article.created.isValid())
        m_article.created = now;
    // The editor learns the new identity first, so that the next save is based on it.
    Q_EMIT saved(result.id, result.revision, now);
    m_cleanState = this->article();
    m_repository->clearJournal(result.id);
    settle();
    // "Saved" means in the database, as a version others see (the journal is only this computer's).
    Q_EMIT stateText(tr("Saved as version %1 at %2")
                         .arg(result.revision)
                         .arg(GermanFormat::timeWithSeconds(QDateTime::currentDateTimeUtc())));
    Q_EMIT listChanged(result.id);
    return true;
}

bool ArticleSession::writeJournal()
{
    if (!m_repository || !m_hasArticle || !m_journalPending)
        return true;
    const Article article = this->article(); // the body's HTML written once per journal write
    if (!m_repository->writeJournal(article)) {
        Q_EMIT stateText(tr("Autosave failed: %1").arg(m_repository->lastError()));
        return false;
    }
    m_journalPending = false;
    Q_EMIT stateText(tr("Autosaved %1 in the journal on this computer, not yet saved as a version")
                         .arg(GermanFormat::timeWithSeconds(QDateTime::currentDateTimeUtc())));
    Q_EMIT journalWritten(article);
    return true;
}

void ArticleSession::noteEdited()
{
    if (!isEditable())
        return; // a trashed article, or none: nothing to keep
    m_dirty = true;
    m_journalPending = true;
    m_autosaver->noteEdit();
}

void ArticleSession::edit(const Article &changed)
{
    if (!isEditable())
        return;
    Article article = changed;
    article.id = m_article.id;
    article.revision = m_article.revision;
    article.created = m_article.created;
    article.modified = m_article.modified;
    m_article = article;
    noteEdited();
}

void ArticleSession::recover(const Article &entry)
{
    show(entry, Change::Recovered, true);
    m_cleanState = Article();
    m_dirty = true;
    m_journalPending = false;
    Q_EMIT stateText(tr("Restored after a crash, not saved yet"));
}

void ArticleSession::offerRecovery(const std::function<bool(const Article &entry)> &restore)
{
    if (!m_repository)
        return;
    const auto entries = m_repository->journalEntries();
    if (!entries)
        return;
    for (const Article &entry : *entries) {
        if (!restore(entry)) {
            m_repository->clearJournal(entry.id);
            continue;
        }
        if (m_hasArticle)
            continue; // one article at a time: the others stay in the journal for the next start
        recover(entry);
    }
}

void ArticleSession::showRevisionFromElsewhere(const Article &article, bool unsaved, const QString &note)
{
    show(article, Change::FromElsewhere, true);
    m_dirty = unsaved;
    m_journalPending = unsaved;
    if (unsaved)
        writeJournal(); // the journal holds the merged words on the new base revision
    else
        m_autosaver->reset();
    Q_EMIT stateText(note);
}

void ArticleSession::close()
{
    m_hasArticle = false;
    m_editable = false;
    m_article = Article();
    settle();
    Q_EMIT closed();
}

bool ArticleSession::createArticle(const Article &article)
{
    if (!m_repository || !leave())
        return false;
    const SaveResult saved = m_repository->save(article, 0);
    if (saved.ok()) {
        Q_EMIT listChanged(saved.id);
        return open(saved.id);
    }
    // The shared database may be away: the article opens unsaved (id 0) and the journal keeps
    // its words until a save reaches the database.
    show(article, Change::Unsaved, true);
    m_cleanState = Article();
    m_dirty = true;
    m_journalPending = true;
    if (!writeJournal()) {
        close();
        Q_EMIT problem(tr("Article Not Created"), saved.error);
        return false;
    }
    Q_EMIT stateText(tr("Not saved yet, kept in the journal"));
    Q_EMIT articleOpened(0);
    return true;
}

qint64 ArticleSession::duplicate()
{
    if (!m_hasArticle || !leave())
        return 0;
    Article copy = article();
    copy.id = 0;
    copy.revision = 0;
    copy.created = QDateTime();
    copy.modified = QDateTime();
    copy.status = ArticleStatus::Draft;
    // The copy is ours: an agency's update must go to the article it came from, not here.
    copy.sourceUri.clear();
    copy.sourceVersion.clear();
    copy.headline = tr("Copy of %1").arg(copy.headline);
    const SaveResult saved = m_repository->save(copy, 0);
    if (!saved.ok()) {
        Q_EMIT problem(tr("Article Not Duplicated"), saved.error);
        return 0;
    }
    Q_EMIT listChanged(saved.id);
    return open(saved.id) ? saved.id : 0;
}

int ArticleSession::moveToTrash(const QList<qint64> &ids)
{
    if (!m_repository)
        return 0;
    if (m_hasArticle && ids.contains(currentId())) {
        // Unsaved typing goes into the trash with the article, not lost.
        if (!leave())
            return -1;
        close();
    }
    int moved = 0;
    for (const qint64 id : ids) {
        if (!m_repository->moveToTrash(id)) {
            Q_EMIT problem(tr("Not Moved to Trash"), m_repository->lastError());
            break;
        }
        m_repository->clearJournal(id);
        ++moved;
    }
    return moved;
}

bool ArticleSession::restoreFromTrash(const QList<qint64> &ids)
{
    if (!m_repository)
        return false;
    for (const qint64 id : ids) {
        if (!m_repository->restoreFromTrash(id)) {
            Q_EMIT problem(tr("Not Restored"), m_repository->lastError());
            return false;
        }
    }
    return true;
}

bool ArticleSession::emptyTrash()
{
    if (!m_repository)
        return false;
    if (!m_repository->emptyTrash()) {
        Q_EMIT problem(tr("Trash Not Emptied"), m_repository->lastError());
        return false;
    }
    close();
    return true;
}

bool ArticleSession::restoreRevision(qint64 id, int revision)
{
    if (!m_repository || !leave())
        return false;
    const SaveResult result = m_repository->restoreRevision(id, revision);
    if (!result.ok()) {
        Q_EMIT problem(tr("Revision Not Restored"), result.error.isEmpty() ? m_repository->lastError() : result.error);
        return false;
    }
    Q_EMIT listChanged(id);
    return open(id);
}

void ArticleSession::finish()
{
    if (m_repository && !m_dirty && currentId() > 0)
        m_repository->clearJournal(currentId());
}

qint64 ArticleSession::createSampleArticles()
{
    if (!m_repository)
        return 0;
    Article second = SampleArticles::secondArticle();
    const SaveResult secondSaved = m_repository->save(second, 0);
    if (!secondSaved.ok()) {
        Q_EMIT problem(tr("Sample Not Created"), secondSaved.error);
        return 0;
    }
    Article main = SampleArticles::mainArticle(secondSaved.id);
    const SaveResult saved = m_repository->save(main, 0);
    if (!saved.ok()) {
        Q_EMIT problem(tr("Sample Not Created"), saved.error);
        return 0;
    }
    QStringList sections = m_repository->sections().value_or(QStringList());
    for (const QString &section : {main.section, second.section}) {
        if (!sections.contains(section))
            sections.append(section);
    }
    m_repository->setSections(sections);
    return saved.id;
}
