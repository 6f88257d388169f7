#include "session/articlesession.h"

#include "session/autosaver.h"
#include "storage/conflictresolver.h"
#include "storage/repositoryfactory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Article draft(const QString &headline)
{
    Article article;
    article.section = u"Lokales"_s;
    article.headline = headline;
    article.teaser = u"Der Stadtrat tagt."_s;
    article.bodyHtml = u"<p>Die Sitzung beginnt um 18 Uhr.</p>"_s;
    article.language = u"de-DE"_s;
    return article;
}

QStringList journalHeadlines(ArticleRepository &repository)
{
    QStringList headlines;
    for (const Article &entry : repository.journalEntries().value_or(QList<Article>{}))
        headlines.append(entry.headline);
    return headlines;
}
} // namespace

// The editing state machine without a widget: a real SQLite file, the session driven as the
// window drives it (open, edit, journal, save, conflict, trash), its signals as the window
// sees them.
class ArticleSessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"session-%1.sqlite"_s.arg(++m_counter));
        m_repository = open();
        QVERIFY(m_repository);
        m_session = std::make_unique<ArticleSession>(m_repository.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_repository.reset();
    }

    void shouldShowStoredArticleCleanWhenOpened()
    {
        // GIVEN a stored article
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QSignalSpy shown(m_session.get(), &ArticleSession::articleShown);
        QSignalSpy opened(m_session.get(), &ArticleSession::articleOpened);
        // WHEN the session opens it
        QVERIFY(m_session->open(id));
        // THEN it shows the stored words, unchanged, and says it was opened
        QCOMPARE(shown.count(), 1);
        const Article article = shown.constFirst().at(0).value<Article>();
        QCOMPARE(article.headline, u"Stadtrat tagt"_s);
        QCOMPARE(shown.constFirst().at(1).value<ArticleSession::Change>(), ArticleSession::Change::Opened);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().at(0).toLongLong(), id);
        QCOMPARE(m_session->currentId(), id);
        QVERIFY(m_session->isEditable());
        QVERIFY(!m_session->hasUnsavedChanges());
    }

    void shouldReportAnArticleThatCannotBeOpened()
    {
        QSignalSpy problem(m_session.get(), &ArticleSession::problem);
        // WHEN an id that does not exist is opened
        QVERIFY(!m_session->open(4711));
        // THEN the journalist is told, and nothing is open
        QCOMPARE(problem.count(), 1);
        QCOMPARE(problem.constFirst().at(0).toString(), u"Article Not Opened"_s);
        QVERIFY(!m_session->hasArticle());
    }

    void shouldKeepEditsDirtyAndJournaledButNotSaved()
    {
        // GIVEN an open article
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QVERIFY(m_session->open(id));
        m_session->autosaver()->setIdleInterval(10);
        QSignalSpy journaled(m_session.get(), &ArticleSession::journalWritten);
        // WHEN the journalist changes the headline and pauses
        Article changed = m_session->article();
        changed.headline = u"Stadtrat tagt bis spät"_s;
        m_session->edit(changed);
        QVERIFY(m_session->hasUnsavedChanges());
        QVERIFY(m_session->isJournalPending());
        // THEN the autosaver writes the journal (no revision), and the words stay unsaved
        QVERIFY(journaled.wait(5000));
        QCOMPARE(journaled.constFirst().at(0).value<Article>().headline, u"Stadtrat tagt bis spät"_s);
        QVERIFY(!m_session->isJournalPending());
        QVERIFY(m_session->hasUnsavedChanges());
        QVERIFY2(journalHeadlines(*m_repository).contains(u"Stadtrat tagt bis spät"_s),
                 qPrintable(journalHeadlines(*m_repository).join(u", "_s)));
        QCOMPARE(m_repository->load(id)->revision, 1);
    }

    void shouldSaveARevisionAndClearTheJournal()
    {
        // GIVEN an edited, journaled article
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QVERIFY(m_session->open(id));
        Article changed = m_session->article();
        changed.headline = u"Stadtrat beschließt Haushalt"_s;
        m_session->edit(changed);
        QVERIFY(m_session->writeJournal());
        QSignalSpy saved(m_session.get(), &ArticleSession::saved);
        QSignalSpy state(m_session.get(), &ArticleSession::stateText);
        // WHEN it is saved
        QVERIFY(m_session->save());
        // THEN the database holds revision 2, the journal is empty, the session is clean
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.constFirst().at(1).toInt(), 2);
        const auto stored = m_repository->load(id);
        QVERIFY(stored);
        QCOMPARE(stored->headline, u"Stadtrat beschließt Haushalt"_s);
        QCOMPARE(stored->revision, 2);
        QVERIFY2(journalHeadlines(*m_repository).isEmpty(), qPrintable(journalHeadlines(*m_repository).join(u", "_s)));
        QVERIFY(!m_session->hasUnsavedChanges());
        QCOMPARE(m_session->article().revision, 2);
        QVERIFY2(state.constLast().at(0).toString().startsWith(u"Saved as version 2"_s),
                 qPrintable(state.constLast().at(0).toString()));
    }

    void shouldNotMakeARevisionForAnEditTakenBack()
    {
        // GIVEN an article edited and edited back
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QVERIFY(m_session->open(id));
        const Article original = m_session->article();
        Article changed = original;
        changed.headline = u"Anders"_s;
        m_session->edit(changed);
        m_session->edit(original);
        // WHEN saved THEN nothing new is stored
        QVERIFY(m_session->save());
        QCOMPARE(m_repository->history(id)->size(), 1);
        QVERIFY(!m_session->hasUnsavedChanges());
    }

    void shouldSaveTheOpenArticleBeforeOpeningAnother()
    {
        // GIVEN two articles, the first edited
        const qint64 first = store(draft(u"Erster"_s));
        const qint64 second = store(draft(u"Zweiter"_s));
        QVERIFY(m_session->open(first));
        Article changed = m_session->article();
        changed.teaser = u"Neuer Vorspann"_s;
        m_session->edit(changed);
        // WHEN the second is opened THEN the first was saved on the way
        QVERIFY(m_session->open(second));
        QCOMPARE(m_repository->load(first)->teaser, u"Neuer Vorspann"_s);
        QCOMPARE(m_session->currentId(), second);
    }

    void shouldKeepWordsInJournalWhenSomeoneElseSavedFirst()
    {
        // GIVEN Jörg's unsaved headline on revision 1, and Anna's save of revision 2 meanwhile
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QVERIFY(m_session->open(id));
        Article mine = m_session->article();
        mine.headline = u"Jörgs Fassung"_s;
        m_session->edit(mine);
        saveAsColleague(id, u"Annas Fassung"_s);
        QSignalSpy problem(m_session.get(), &ArticleSession::problem);
        // WHEN he saves without anyone to settle the conflict
        QVERIFY(!m_session->save());
        // THEN he is told, his words stay unsaved and in the journal, Anna's revision stays
        QCOMPARE(problem.count(), 1);
        QVERIFY2(problem.constFirst().at(1).toString().contains(u"revision 2"_s),
                 qPrintable(problem.constFirst().at(1).toString()));
        QVERIFY(m_session->hasUnsavedChanges());
        QVERIFY2(journalHeadlines(*m_repository).contains(u"Jörgs Fassung"_s),
                 qPrintable(journalHeadlines(*m_repository).join(u", "_s)));
        QCOMPARE(m_repository->load(id)->headline, u"Annas Fassung"_s);
    }

    void shouldShowWhatTheConflictResolutionStored()
    {
        // GIVEN the same conflict, and a handler that keeps mine (as the dialog would)
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QVERIFY(m_session->open(id));
        Article mine = m_session->article();
        mine.headline = u"Jörgs Fassung"_s;
        m_session->edit(mine);
        saveAsColleague(id, u"Annas Fassung"_s);
        int asked = 0;
        m_session->setConflictHandler([&](const Article &article, const SaveResult &conflict) {
            ++asked;
            [&] { QCOMPARE(conflict.outcome, SaveResult::Outcome::Conflict); }();
            return ConflictResolver::resolve(*m_repository, article, ConflictChoice::KeepMine);
        });
        QSignalSpy shown(m_session.get(), &ArticleSession::articleShown);
        // WHEN he saves
        QVERIFY(m_session->save());
        // THEN his words are the newest revision, shown as resolved, nothing is pending
        QCOMPARE(asked, 1);
        const auto stored = m_repository->load(id);
        QVERIFY(stored);
        QCOMPARE(stored->headline, u"Jörgs Fassung"_s);
        QCOMPARE(stored->revision, 3);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.constFirst().at(1).value<ArticleSession::Change>(), ArticleSession::Change::Resolved);
        QCOMPARE(m_session->article().revision, 3);
        QVERIFY(!m_session->hasUnsavedChanges());
        QVERIFY2(journalHeadlines(*m_repository).isEmpty(), qPrintable(journalHeadlines(*m_repository).join(u", "_s)));
    }

    void shouldMoveTheOpenArticleToTrashWithItsWordsAndRestoreIt()
    {
        // GIVEN an open article with unsaved words
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        QVERIFY(m_session->open(id));
        Article changed = m_session->article();
        changed.teaser = u"Ungespeichert"_s;
        m_session->edit(changed);
        QSignalSpy closed(m_session.get(), &ArticleSession::closed);
        // WHEN it goes to the trash
        QCOMPARE(m_session->moveToTrash({id}), 1);
        // THEN its words went with it, nothing is open, it is listed in the trash only
        QCOMPARE(closed.count(), 1);
        QVERIFY(!m_session->hasArticle());
        QCOMPARE(m_repository->load(id)->teaser, u"Ungespeichert"_s);
        QVERIFY(listedIds(false).isEmpty());
        QCOMPARE(listedIds(true), QList<qint64>{id});
        // WHEN it is opened from the trash THEN it is read-only: edits are not kept
        QVERIFY(m_session->open(id, false));
        QVERIFY(!m_session->isEditable());
        m_session->edit(draft(u"Im Papierkorb getippt"_s));
        QVERIFY(!m_session->hasUnsavedChanges());
        // WHEN it is restored THEN it is live again
        QVERIFY(m_session->restoreFromTrash({id}));
        QCOMPARE(listedIds(false), QList<qint64>{id});
        QVERIFY(listedIds(true).isEmpty());
    }

    void shouldEmptyTheTrashForGood()
    {
        const qint64 id = store(draft(u"Weg damit"_s));
        QCOMPARE(m_session->moveToTrash({id}), 1);
        QVERIFY(m_session->emptyTrash());
        QVERIFY(listedIds(true).isEmpty());
        QVERIFY(!m_repository->load(id));
    }

    void shouldCreateAndDuplicateArticles()
    {
        // WHEN a new article is created THEN it is stored and open, clean
        QSignalSpy listChanged(m_session.get(), &ArticleSession::listChanged);
        QVERIFY(m_session->createArticle(draft(QString())));
        const qint64 id = m_session->currentId();
        QVERIFY(id > 0);
        QCOMPARE(listChanged.constFirst().at(0).toLongLong(), id);
        QVERIFY(!m_session->hasUnsavedChanges());
        // WHEN it is duplicated THEN the copy is a new draft, open
        Article changed = m_session->article();
        changed.headline = u"Original"_s;
        m_session->edit(changed);
        const qint64 copy = m_session->duplicate();
        QVERIFY(copy > 0 && copy != id);
        QCOMPARE(m_session->currentId(), copy);
        QCOMPARE(m_session->article().headline, u"Copy of Original"_s);
        QCOMPARE(m_repository->load(id)->headline, u"Original"_s); // saved before copying
    }

    void shouldOfferRecoveredWordsUnsavedAndLeaveNoJournalAfterACleanQuit()
    {
        // GIVEN words kept in the journal by a crashed session
        const qint64 id = store(draft(u"Stadtrat tagt"_s));
        Article entry = *m_repository->load(id);
        entry.headline = u"Nach dem Absturz"_s;
        QVERIFY(m_repository->writeJournal(entry));
        // WHEN they are recovered THEN they are unsaved, and a save stores them
        m_session->recover(entry);
        QVERIFY(m_session->hasUnsavedChanges());
        QVERIFY(m_session->save());
        QCOMPARE(m_repository->load(id)->headline, u"Nach dem Absturz"_s);
        // WHEN the session ends cleanly THEN no journal is left for the next start
        m_session->finish();
        QVERIFY(journalHeadlines(*m_repository).isEmpty());
    }

    void shouldAskAboutEachJournalEntryAndShowOnlyTheFirstKept()
    {
        // GIVEN three articles with words in the journal after a crash
        QStringList headlines{u"Abgelehnt"_s, u"Wiederhergestellt"_s, u"Später"_s};
        for (const QString &headline : std::as_const(headlines)) {
            Article entry = *m_repository->load(store(draft(u"Gespeichert"_s)));
            entry.headline = headline;
            QVERIFY(m_repository->writeJournal(entry));
        }
        QSignalSpy shown(m_session.get(), &ArticleSession::articleShown);
        // WHEN the journalist refuses the first and accepts the others
        QStringList asked;
        m_session->offerRecovery([&](const Article &entry) {
            asked.append(entry.headline);
            return entry.headline != u"Abgelehnt"_s;
        });
        // THEN every entry was asked about, the refused one is gone, the first kept one is
        // shown unsaved, the later one waits in the journal for the next start
        QCOMPARE(asked.size(), 3);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.constFirst().at(1).value<ArticleSession::Change>(), ArticleSession::Change::Recovered);
        const QString first = shown.constFirst().at(0).value<Article>().headline;
        QVERIFY2(first != u"Abgelehnt"_s, qPrintable(first));
        QVERIFY(m_session->hasUnsavedChanges());
        QStringList left = journalHeadlines(*m_repository);
        left.sort();
        QCOMPARE(left, (QStringList{u"Später"_s, u"Wiederhergestellt"_s}));
    }

private:
    std::unique_ptr<ArticleRepository> open()
    {
        RepositoryOpening opening = RepositoryFactory::open(m_path);
        if (!opening.repository)
            qWarning("open failed: %s", qPrintable(opening.error));
        return std::move(opening.repository);
    }

    qint64 store(const Article &article)
    {
        const SaveResult saved = m_repository->save(article, 0);
        return saved.ok() ? saved.id : 0;
    }

    // A colleague's editor on the same file.
    void saveAsColleague(qint64 id, const QString &headline)
    {
        const auto colleague = open();
        QVERIFY(colleague);
        Article theirs = *colleague->load(id);
        theirs.headline = headline;
        QVERIFY(colleague->save(theirs, theirs.revision).ok());
    }

    QList<qint64> listedIds(bool trashed)
    {
        ArticleFilter filter;
        filter.trashed = trashed;
        QList<qint64> ids;
        for (const ArticleSummary &summary : m_repository->list(filter).value_or(QList<ArticleSummary>{}))
            ids.append(summary.id);
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<ArticleSession> m_session;
};

QTEST_GUILESS_MAIN(ArticleSessionTest)
#include "articlesessiontest.moc"
