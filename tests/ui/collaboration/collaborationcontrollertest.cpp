#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "collaboration/collaborationcontroller.h"
#include "editor/articleform.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "storage/articlechangelistener.h"
#include "storage/editlocks.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"
#include "testenvironment.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTimer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// One journalist: own connection, listener, locks, window and controller on the shared database.
struct Journalist {
    Journalist(const QString &url, const QString &name)
        : repository(RepositoryFactory::open(url).repository)
        , listener(url)
        , locks(url, name, u"redaktion"_s, EditLocks::Options{})
    {
    }
    void start()
    {
        window = std::make_unique<MainWindow>(repository.get(), &dialogs);
        window->setInteractive(false);
        controller = new CollaborationController(window.get(), repository.get(), &dialogs, {nullptr, &listener, &locks});
    }

    std::unique_ptr<ArticleRepository> repository;
    ArticleChangeListener listener;
    EditLocks locks;
    DialogStub dialogs;
    std::unique_ptr<MainWindow> window;
    CollaborationController *controller = nullptr;
};
} // namespace

// Anna and Jörg, two editor windows on one real PostgreSQL database.
class CollaborationControllerTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    int m_databases = 0;
    std::unique_ptr<Journalist> m_anna;
    std::unique_ptr<Journalist> m_jörg;
    qint64 m_id = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        // GIVEN one article in a fresh shared database, open in both windows
        const QString url = m_server.createDatabase(u"redaktion_%1"_s.arg(++m_databases));
        QVERIFY2(!url.isEmpty(), qPrintable(m_server.errorString()));
        m_anna = std::make_unique<Journalist>(url, u"Anna Weiß"_s);
        m_jörg = std::make_unique<Journalist>(url, u"Jörg Brandt"_s);
        QVERIFY(m_anna->repository && m_jörg->repository);
        for (Journalist *j : {m_anna.get(), m_jörg.get()}) {
            QVERIFY2(j->listener.open(), qPrintable(j->listener.lastError()));
            QVERIFY2(j->locks.open(), qPrintable(j->locks.lastError()));
        }
        Article article;
        article.headline = u"Stadtrat tagt"_s;
        article.bodyHtml = u"<p>Der Stadtrat tagt.</p>"_s;
        const SaveResult created = m_anna->repository->save(article, 0);
        QVERIFY2(created.ok(), qPrintable(created.error));
        m_id = created.id;
        m_anna->start();
        m_jörg->start();
        m_anna->window->articleList()->reload();
        m_jörg->window->articleList()->reload();
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_jörg->window->openArticle(m_id));
    }

    void cleanup()
    {
        m_jörg.reset();
        m_anna.reset();
    }

    void shouldWarnWithoutBlockingWhenSomeoneElseHasTheArticleOpen()
    {
        // THEN Jörg, who opened second, sees Anna's lock; Anna opened first and saw nobody
        QLabel *banner = m_jörg->controller->lockBanner();
        QVERIFY2(!banner->isHidden(), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"Anna Weiß"_s), qPrintable(banner->text()));
        QVERIFY2(m_anna->controller->lockBanner()->isHidden(), qPrintable(m_anna->controller->lockBanner()->text()));
        QVERIFY(m_jörg->controller->heartbeat()->isActive());
        QCOMPARE(m_jörg->controller->lockedArticle(), m_id);
        // AND editing goes on: the form is enabled, no dialog was asked
        QVERIFY(m_jörg->window->form()->isEnabled());
        QVERIFY2(m_jörg->dialogs.questions.isEmpty() && m_jörg->dialogs.warnings.isEmpty(),
                 qPrintable(m_jörg->dialogs.warnings.join(u"\n"_s)));

        // WHEN Anna closes her window THEN her lock is gone for Jörg
        m_anna.reset();
        const auto others = m_jörg->locks.openedBy(m_id);
        QVERIFY(others);
        QVERIFY2(others->isEmpty(), qPrintable(others->value(0).user));
    }

    void shouldReloadUnchangedArticleWhenAnotherEditorSaves()
    {
        // WHEN Anna changes the headline and saves
        Article annas = m_anna->window->form()->article();
        annas.headline = u"Stadtrat tagt bis spät"_s;
        m_anna->window->form()->setArticle(annas);
        QVERIFY(m_anna->repository->save(annas, annas.revision).ok());

        // THEN Jörg's list and his open, unchanged article show her revision
        QTRY_COMPARE_WITH_TIMEOUT(m_jörg->window->form()->article().headline, u"Stadtrat tagt bis spät"_s, 20000);
        QCOMPARE(m_jörg->window->form()->article().revision, 2);
        ArticleListModel *model = m_jörg->window->articleList()->model();
        const int row = model->rowOf(m_id);
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(row, 0)).toString().contains(u"bis spät"_s), true, 20000);
    }

    void shouldAskThroughConflictDialogAndKeepBothVersions()
    {
        // GIVEN Jörg has unsaved words on revision 1
        Article jörgs = m_jörg->window->form()->article();
        jörgs.headline = u"Jörgs Fassung"_s;
        m_jörg->window->form()->setArticle(jörgs);
        Q_EMIT m_jörg->window->form()->edited();
        QVERIFY(m_jörg->window->hasUnsavedChanges());
        // WHEN Anna saves first
        Article annas = m_anna->window->form()->article();
        annas.headline = u"Annas Fassung"_s;
        QVERIFY(m_anna->repository->save(annas, annas.revision).ok());
        // THEN Jörg keeps his words and sees a note
        QTRY_VERIFY_WITH_TIMEOUT(!m_jörg->controller->newerNote()->isHidden(), 20000);
        QCOMPARE(m_jörg->window->form()->article().headline, u"Jörgs Fassung"_s);

        // WHEN he saves and chooses "keep mine"
        m_jörg->dialogs.conflictChoice = ConflictChoice::KeepMine;
        QVERIFY(m_jörg->window->saveArticle());

        // THEN the dialog showed both versions, his is a new revision, both are in the history
        QCOMPARE(m_jörg->dialogs.conflicts.size(), 1);
        QCOMPARE(m_jörg->dialogs.conflicts.constFirst().first.headline, u"Jörgs Fassung"_s);
        QCOMPARE(m_jörg->dialogs.conflicts.constFirst().second.headline, u"Annas Fassung"_s);
        const auto stored = m_jörg->repository->load(m_id);
        QVERIFY(stored);
        QCOMPARE(stored->headline, u"Jörgs Fassung"_s);
        QCOMPARE(stored->revision, 3);
        QStringList headlines;
        for (const RevisionInfo &info : m_jörg->repository->history(m_id).value_or(QList<RevisionInfo>{}))
            headlines.append(info.headline);
        QVERIFY2(headlines.contains(u"Annas Fassung"_s) && headlines.contains(u"Jörgs Fassung"_s),
                 qPrintable(headlines.join(u", "_s)));
        QVERIFY(!m_jörg->window->hasUnsavedChanges());
        QCOMPARE(m_jörg->window->form()->article().revision, 3);
    }

    void shouldKeepWordsInJournalWhenConflictIsCancelled()
    {
        // GIVEN Jörg's unsaved words and Anna's newer save
        Article jörgs = m_jörg->window->form()->article();
        jörgs.headline = u"Jörgs Fassung"_s;
        m_jörg->window->form()->setArticle(jörgs);
        Q_EMIT m_jörg->window->form()->edited();
        Article annas = m_anna->window->form()->article();
        annas.headline = u"Annas Fassung"_s;
        QVERIFY(m_anna->repository->save(annas, annas.revision).ok());
        // WHEN he cancels the conflict dialog
        m_jörg->dialogs.conflictChoice = std::nullopt;
        QVERIFY(!m_jörg->window->saveArticle());
        // THEN his words are still in the form and in the journal
        QCOMPARE(m_jörg->window->form()->article().headline, u"Jörgs Fassung"_s);
        QVERIFY(m_jörg->window->hasUnsavedChanges());
        bool journaled = false;
        for (const Article &entry : m_jörg->repository->journalEntries().value_or(QList<Article>{}))
            journaled = journaled || entry.headline == u"Jörgs Fassung"_s;
        QVERIFY(journaled);
    }
};

QTEST_MAIN(CollaborationControllerTest)
#include "collaborationcontrollertest.moc"
