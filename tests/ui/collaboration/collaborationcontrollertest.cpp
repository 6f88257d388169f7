#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "body/bodydocument.h"
#include "collaboration/collaborationcontroller.h"
#include "editor/articleform.h"
#include "session/autosaver.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "storage/articlechangelistener.h"
#include "storage/conflictresolver.h"
#include "storage/editlocks.h"
#include "storage/repositoryfactory.h"
#include "storage/resilientrepository.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUrl>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// One journalist: own connection, listener, locks, window and controller on the shared database.
struct Journalist {
    Journalist(const QString &url, const QString &name)
        : repository(RepositoryFactory::open(url).repository)
        , listener(url)
        , locks(url, name, u"redaktion"_s, options(name))
    {
    }
    static EditLocks::Options options(const QString &name)
    {
        EditLocks::Options options;
        options.displayName = name; // the author name from the preferences
        return options;
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
    QString m_url;

    // Every text any revision of any article holds, as plain text: what "nothing lost" means.
    QStringList allRevisionTexts()
    {
        QStringList texts;
        auto reader = RepositoryFactory::open(m_url).repository;
        if (!reader)
            return texts;
        for (const ArticleSummary &summary : reader->list({}).value_or(QList<ArticleSummary>{})) {
            for (const RevisionInfo &info : reader->history(summary.id).value_or(QList<RevisionInfo>{})) {
                if (const auto revision = reader->loadRevision(summary.id, info.revision))
                    texts.append(revision->headline + u" | "_s + BodyDocument::toPlainText(revision->bodyHtml));
            }
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        // GIVEN one article in a fresh shared database, open in both windows
        const QString url = m_server.createDatabase(u"redaktion_%1"_s.arg(++m_databases));
        m_url = url;
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

    void shouldShowWriterOnlyWhatHerRoleMayDo()
    {
        // GIVEN Wanda, a writer of this newsroom, in her own window (Anna is the owner: admin)
        const QString database = QUrl(m_url).path().mid(1);
        QVERIFY2(m_server.createRole(u"wanda"_s, u"wanda-geheim"_s, u"Wanda Roth"_s), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.grantNewsroomRole(database, u"wanda"_s, u"writer"_s), qPrintable(m_server.errorString()));
        Journalist wanda(m_server.url(database, u"wanda"_s), u"Wanda Roth"_s);
        QVERIFY(wanda.repository);
        QVERIFY2(wanda.locks.open(), qPrintable(wanda.locks.lastError()));
        // WHEN her window starts
        wanda.start();
        QVERIFY(wanda.window->openArticle(m_id));

        // THEN "Empty Trash" and the newsroom dictionary are gone and "Published" is disabled;
        // Anna's window shows everything
        const auto publishedItem = [](MainWindow &window) {
            auto *combo = window.form()->findChild<QComboBox *>(u"statusCombo"_s);
            auto *model = combo ? qobject_cast<QStandardItemModel *>(combo->model()) : nullptr;
            return model ? model->item(combo->findData(int(ArticleStatus::Published))) : nullptr;
        };
        QVERIFY(publishedItem(*wanda.window) && publishedItem(*m_anna->window));
        QVERIFY2(!publishedItem(*wanda.window)->isEnabled(), "a writer may pick Published");
        QVERIFY2(publishedItem(*wanda.window)->toolTip().contains(u"Writer"_s),
                 qPrintable(publishedItem(*wanda.window)->toolTip()));
        QVERIFY(!wanda.window->actions()->emptyTrash->isVisible());
        QVERIFY(!wanda.window->actions()->newsroomDictionary->isVisible());
        QVERIFY(publishedItem(*m_anna->window)->isEnabled());
        QVERIFY(m_anna->window->actions()->emptyTrash->isVisible());
        QVERIFY(m_anna->window->actions()->newsroomDictionary->isVisible());
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

    void shouldKeepTypingOfflineAndLoseNoWordInTheConflict_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("nominal: keep mine") << int(ConflictChoice::KeepMine);
        QTest::newRow("nominal: take theirs") << int(ConflictChoice::TakeTheirs);
        QTest::newRow("nominal: copy mine as a new article") << int(ConflictChoice::CopyMineAsNew);
        QTest::newRow("robustness: dialog cancelled") << -1;
    }

    void shouldKeepTypingOfflineAndLoseNoWordInTheConflict()
    {
        QFETCH(int, choice);
        // GIVEN Jörg's editor with a local journal for offline work, the article open; the
        // sync runs when the test says so, so that Anna's save surely comes first
        m_jörg.reset();
        m_anna.reset();
        QTemporaryDir local;
        const QString url = m_url;
        ResilientRepository repository([url] { return RepositoryFactory::open(url); },
                                       RepositoryFactory::open(local.filePath(u"offline.sqlite"_s)).repository, url);
        QVERIFY2(repository.isOnline(), qPrintable(repository.lastError()));
        ArticleChangeListener listener(url, {100, 50, 400});
        QVERIFY2(listener.open(), qPrintable(listener.lastError()));
        DialogStub dialogs;
        MainWindow window(&repository, &dialogs);
        window.setInteractive(false);
        window.autosaver()->setIdleInterval(20);
        auto *controller = new CollaborationController(&window, &repository, &dialogs,
                                                       {&repository, &listener, nullptr, 3600 * 1000});
        window.show();
        window.articleList()->reload();
        QVERIFY(window.openArticle(m_id));
        BodyEditor *body = window.form()->bodyEditor();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Die Sitzung beginnt."_s);
        QTRY_VERIFY2(window.statusText().contains(u"Autosaved"_s), qPrintable(window.statusText()));

        // WHEN the server stops while he types on, autosave after autosave
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        Typing::type(body, u" Offline weitergeschrieben, Wort für Wort."_s);
        // THEN typing goes on, the words land in the local journal, nothing modal interrupts
        QTRY_VERIFY2(repository.isPendingLocally(m_id), qPrintable(repository.lastError()));
        QVERIFY(!repository.isOnline());
        Typing::type(body, u" Noch ein Satz."_s);
        QTRY_VERIFY2(window.statusText().contains(u"Autosaved"_s), qPrintable(window.statusText()));
        controller->checkConnection();
        QVERIFY(!controller->offlineLabel()->isHidden());
        QVERIFY2(controller->offlineLabel()->text().contains(u"127.0.0.1"_s), qPrintable(controller->offlineLabel()->text()));
        QVERIFY2(dialogs.warnings.isEmpty() && dialogs.questions.isEmpty(), qPrintable(dialogs.warnings.join(u"\n"_s)));
        const QString mine = BodyDocument::toPlainText(window.form()->article().bodyHtml);
        QVERIFY2(mine.contains(u"Noch ein Satz."_s), qPrintable(mine));

        // WHEN the server is back and Anna saves her version first
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        auto anna = RepositoryFactory::open(url).repository;
        QVERIFY(anna);
        Article annas = *anna->load(m_id);
        annas.headline = u"Annas Fassung"_s;
        annas.bodyHtml = u"<p>Annas Text zur Sitzung.</p>"_s;
        QVERIFY(anna->save(annas, annas.revision).ok());
        // AND Jörg's editor syncs
        const bool cancelled = choice < 0;
        if (!cancelled)
            dialogs.conflictChoice = ConflictChoice(choice);
        controller->checkConnection();
        controller->checkConnection(); // the next tick of the sync timer

        // THEN the conflict dialog showed his words and hers, once (a cancelled one too)
        QCOMPARE(dialogs.conflicts.size(), 1);
        QCOMPARE(BodyDocument::toPlainText(dialogs.conflicts.constFirst().first.bodyHtml), mine);
        QCOMPARE(dialogs.conflicts.constFirst().second.headline, u"Annas Fassung"_s);
        QVERIFY(controller->offlineLabel()->isHidden());
        if (cancelled) {
            // AND after a cancel his words stay in the form and in the journal
            QVERIFY(window.hasUnsavedChanges());
            QCOMPARE(BodyDocument::toPlainText(window.form()->article().bodyHtml), mine);
            bool journaled = false;
            for (const Article &entry : repository.journalEntries().value_or(QList<Article>{}))
                journaled = journaled || BodyDocument::toPlainText(entry.bodyHtml) == mine;
            QVERIFY(journaled);
            return;
        }
        // AND he is online, nothing waits locally, the window has nothing unsaved
        QCOMPARE(repository.pendingCount(), 0);
        QVERIFY(!window.hasUnsavedChanges());
        // AND all three versions are stored: the original, Anna's, his
        const QStringList texts = allRevisionTexts();
        const auto holds = [&](const QString &text) {
            return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(text); });
        };
        QVERIFY2(texts.contains(u"Stadtrat tagt | Der Stadtrat tagt."_s), qPrintable(texts.join(u"\n"_s)));
        QVERIFY2(holds(u"Annas Fassung | Annas Text zur Sitzung."_s), qPrintable(texts.join(u"\n"_s)));
        QVERIFY2(holds(mine), qPrintable(texts.join(u"\n"_s)));
    }

    void shouldOpenWithoutServerAndDeliverNewArticleWhenItIsBack()
    {
        // GIVEN the server is down when Jörg starts his editor
        m_jörg.reset();
        m_anna.reset();
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QTemporaryDir local;
        const QString url = m_url;
        ResilientRepository repository([url] { return RepositoryFactory::open(url); },
                                       RepositoryFactory::open(local.filePath(u"offline.sqlite"_s)).repository, url);
        ArticleChangeListener listener(url, {100, 50, 400});
        QVERIFY(!listener.open());
        DialogStub dialogs;
        MainWindow window(&repository, &dialogs);
        window.setInteractive(false);
        window.autosaver()->setIdleInterval(20);
        auto *controller = new CollaborationController(&window, &repository, &dialogs, {&repository, &listener, nullptr, 100});

        // WHEN the window opens
        window.show();
        window.start();
        // THEN it says that the server cannot be reached, without a dialog and without samples
        QVERIFY(!controller->offlineLabel()->isHidden());
        QVERIFY2(controller->offlineLabel()->text().contains(u"127.0.0.1"_s), qPrintable(controller->offlineLabel()->text()));
        QVERIFY2(dialogs.warnings.isEmpty() && dialogs.questions.isEmpty(), qPrintable(dialogs.warnings.join(u"\n"_s)));

        // WHEN he starts a new article and writes
        window.actions()->newArticle->trigger();
        QVERIFY2(window.form()->hasArticle(), qPrintable(dialogs.warnings.join(u"\n"_s)));
        QCOMPARE(window.currentArticleId(), 0);
        Typing::type(window.form()->fieldWidget(ArticleField::Headline), u"Stromausfall in der Südstadt"_s);
        Typing::type(window.form()->bodyEditor(), u"Seit dem Morgen sind 3000 Haushalte ohne Strom."_s);
        // THEN the words wait in the local journal
        QTRY_VERIFY2(repository.isPendingLocally(0), qPrintable(repository.lastError()));
        QTRY_VERIFY2(window.statusText().contains(u"Autosaved"_s), qPrintable(window.statusText()));
        QVERIFY2(dialogs.warnings.isEmpty(), qPrintable(dialogs.warnings.join(u"\n"_s)));

        // WHEN the server comes up
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // THEN the editor connects by itself, stores the article and the window knows its id
        QTRY_VERIFY_WITH_TIMEOUT(window.currentArticleId() > 0 && !window.hasUnsavedChanges(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(controller->offlineLabel()->isHidden(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 20000);
        auto colleague = RepositoryFactory::open(url).repository;
        QVERIFY(colleague);
        const auto stored = colleague->load(window.currentArticleId());
        QVERIFY2(stored, qPrintable(colleague->lastError()));
        QCOMPARE(stored->headline, u"Stromausfall in der Südstadt"_s);
        QVERIFY2(stored->bodyHtml.contains(u"3000 Haushalte ohne Strom."_s), qPrintable(stored->bodyHtml));
        QCOMPARE(repository.pendingCount(), 0);
        // AND exactly one new article: the sync made no duplicate
        QCOMPARE(colleague->list({}).value_or(QList<ArticleSummary>{}).size(), 2);
    }
};

QTEST_MAIN(CollaborationControllerTest)
#include "collaborationcontrollertest.moc"
