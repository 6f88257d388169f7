#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "articlelist/articlelistpanel.h"
#include "body/bodydocument.h"
#include "collaboration/collaborationcontroller.h"
#include "editor/articleform.h"
#include "session/autosaver.h"
#include "settings/appsettings.h"
#include "settings/newsroomconfig.h"
#include "editor/bodyeditor.h"
#include "history/historypanel.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "preferences/preferencesdialog.h"
#include "readingtime.h"
#include "spelling/spellchecker.h"
#include "storage/articlechangelistener.h"
#include "storage/editlocks.h"
#include "storage/localjournal.h"
#include "storage/repositoryfactory.h"
#include "storage/resilientrepository.h"
#include "testenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// One journalist as the editor sets her up for a shared database (app/main.cpp): her own login
// role, her own local journal (LocalJournal), ResilientRepository, listener, edit locks, window
// and controller. Nothing is shared with the colleague but the server.
struct Journalist {
    Journalist(const QString &url, const QString &login, const QString &journalFolder)
        : journalPath(journalFolder + u"/journal.sqlite"_s)
        , repository([url] { return RepositoryFactory::open(url); }, LocalJournal::open(journalPath).repository, url)
        , listener(url, {200, 50, 400})
        , locks(url, login, u"redaktion-pc"_s, EditLocks::Options{})
    {
    }
    void start(bool interactive = false)
    {
        window = std::make_unique<MainWindow>(&repository, &dialogs);
        window->setInteractive(interactive);
        window->autosaver()->setIdleInterval(20);
        controller = new CollaborationController(window.get(), &repository, &dialogs,
                                                 {&repository, &listener, &locks, 3600 * 1000});
        window->show();
        window->articleList()->reload();
    }
    // What a crash leaves: the window goes without closeEvent, nothing is saved on the way.
    void crash()
    {
        window.reset();
    }
    [[nodiscard]] QStringList journalTexts()
    {
        QStringList texts;
        for (const Article &entry : repository.journalEntries().value_or(QList<Article>{}))
            texts.append(entry.headline + u" | "_s + entry.teaser + u" | "_s + BodyDocument::toPlainText(entry.bodyHtml));
        return texts;
    }
    void edit(const std::function<void(Article &)> &change)
    {
        Article article = window->form()->article();
        change(article);
        window->form()->setArticle(article);
        Q_EMIT window->form()->edited();
    }

    QString journalPath;
    ResilientRepository repository;
    ArticleChangeListener listener;
    EditLocks locks;
    DialogStub dialogs;
    std::unique_ptr<MainWindow> window;
    CollaborationController *controller = nullptr;
};

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(part); });
}
} // namespace

// Anna Schäfer and Ben Berger, each with a role of their own, work on one real PostgreSQL
// database at the same time: the observations of issue #19, replayed.
class NewsroomTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    int m_databases = 0;
    QString m_database;
    QString m_url;
    qint64 m_id = 0;
    qint64 m_other = 0;
    std::unique_ptr<QTemporaryDir> m_folders;
    std::unique_ptr<Journalist> m_anna;
    std::unique_ptr<Journalist> m_ben;

    // What a failed wait for a live update needs to tell where the update got stuck.
    [[nodiscard]] QString stateOf(Journalist &journalist)
    {
        const Article shown = journalist.window->form()->article();
        return u"listening %1 (%2); repository online %3 (%4); form revision %5, unsaved %6, note „%7“; "
               "server revision %8; body „%9“"_s
            .arg(journalist.listener.isListening())
            .arg(journalist.listener.lastError())
            .arg(journalist.repository.isOnline())
            .arg(journalist.repository.lastError())
            .arg(shown.revision)
            .arg(journalist.window->hasUnsavedChanges())
            .arg(journalist.controller->newerNote()->text())
            .arg(m_server.psql(m_database, u"SELECT revision FROM articles WHERE id = %1"_s.arg(m_id)))
            .arg(BodyDocument::toPlainText(shown.bodyHtml));
    }

    [[nodiscard]] QStringList savedBy(qint64 id)
    {
        QStringList names;
        auto reader = RepositoryFactory::open(m_url).repository;
        for (const RevisionInfo &info : reader->history(id).value_or(QList<RevisionInfo>{}))
            names.append(u"%1:%2"_s.arg(info.revision).arg(info.savedBy));
        return names;
    }
    [[nodiscard]] int revisionOf(qint64 id)
    {
        auto reader = RepositoryFactory::open(m_url).repository;
        const auto article = reader->load(id);
        return article ? article->revision : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createRole(u"anna"_s, u"anna-geheim"_s, u"Anna Schäfer"_s), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createRole(u"ben"_s, u"ben-geheim"_s, u"Ben Berger"_s), qPrintable(m_server.errorString()));
    }

    void init()
    {
        // GIVEN a fresh shared database whose schema the administrator created, two articles,
        // and Anna and Ben each with their own role, journal and window
        m_database = u"newsroom_%1"_s.arg(++m_databases);
        const QString adminUrl = m_server.createDatabase(m_database);
        QVERIFY2(!adminUrl.isEmpty(), qPrintable(m_server.errorString()));
        {
            auto admin = RepositoryFactory::open(adminUrl);
            QVERIFY2(admin.repository, qPrintable(admin.error));
            Article article;
            article.headline = u"Stadtrat tagt"_s;
            article.teaser = u"Die Sitzung beginnt um zehn."_s;
            article.bodyHtml = u"<p>Der Stadtrat tagt.</p>\n<p>Die Opposition fehlt.</p>"_s;
            const SaveResult created = admin.repository->save(article, 0);
            QVERIFY2(created.ok(), qPrintable(created.error));
            m_id = created.id;
            Article other;
            other.headline = u"Wetter"_s;
            other.bodyHtml = u"<p>Sonnig.</p>"_s;
            m_other = admin.repository->save(other, 0).id;
        }
        for (const QString &role : {u"anna"_s, u"ben"_s})
            QVERIFY2(m_server.grantTables(m_database, role), qPrintable(m_server.errorString()));
        m_url = adminUrl;
        m_folders = std::make_unique<QTemporaryDir>();
        QDir(m_folders->path()).mkpath(u"anna"_s);
        QDir(m_folders->path()).mkpath(u"ben"_s);
        m_anna = std::make_unique<Journalist>(m_server.url(m_database, u"anna"_s), u"anna"_s, m_folders->filePath(u"anna"_s));
        m_ben = std::make_unique<Journalist>(m_server.url(m_database, u"ben"_s), u"ben"_s, m_folders->filePath(u"ben"_s));
        for (Journalist *j : {m_anna.get(), m_ben.get()}) {
            QVERIFY2(j->repository.isOnline(), qPrintable(j->repository.lastError()));
            QVERIFY2(j->listener.open(), qPrintable(j->listener.lastError()));
            QVERIFY2(j->locks.open(), qPrintable(j->locks.lastError()));
            j->start();
        }
    }

    void cleanup()
    {
        m_ben.reset();
        m_anna.reset();
        m_folders.reset();
        // A test that failed with the server stopped must not fail every test after it.
        if (!m_server.isRunning())
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void shouldKeepEachJournalistsCrashProtectionTheirOwn()
    {
        // GIVEN both have the article open
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_id));
        // WHEN Anna types a sentence and sees it autosaved
        BodyEditor *annasBody = m_anna->window->form()->bodyEditor();
        annasBody->moveCursor(QTextCursor::End);
        Typing::type(annasBody, u" Annas Satz zur Sitzung."_s);
        QTRY_VERIFY2(m_anna->window->statusText().contains(u"Autosaved"_s), qPrintable(m_anna->window->statusText()));
        // AND Ben types a teaser, sees it autosaved, then saves a headline
        m_ben->edit([](Article &a) { a.teaser = u"Bens Vorspann."_s; });
        QTRY_VERIFY2(!m_ben->journalTexts().isEmpty(), qPrintable(m_ben->window->statusText()));
        // THEN neither journal holds the other's unsaved words
        QVERIFY(!anyContains(m_ben->journalTexts(), u"Annas Satz"_s));
        QVERIFY2(!anyContains(m_anna->journalTexts(), u"Bens Vorspann"_s), qPrintable(m_anna->journalTexts().join(u'\n')));
        m_ben->edit([](Article &a) { a.headline = u"Stadtrat tagt lange"_s; });
        QVERIFY(m_ben->window->saveArticle());
        // THEN Anna's crash protection is untouched by Ben's save, and only hers
        QVERIFY2(anyContains(m_anna->journalTexts(), u"Annas Satz zur Sitzung."_s), qPrintable(m_anna->journalTexts().join(u'\n')));
        // AND nothing of either went to the server's journal table
        QCOMPARE(m_server.psql(m_database, u"SELECT count(*) FROM journal"_s), u"0"_s);
        // AND the journal files are readable by their owner only
        for (Journalist *j : {m_anna.get(), m_ben.get()}) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
                const QFileInfo file(j->journalPath + suffix);
                if (!file.exists())
                    continue;
                QVERIFY2(file.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                         qPrintable(file.filePath() + u" %1"_s.arg(int(file.permissions()), 0, 16)));
            }
        }

        // WHEN both editors crash and restart
        m_anna->crash();
        m_ben->crash();
        m_anna->start(true);
        m_ben->start(true);
        m_anna->window->start();
        m_ben->window->start();
        // THEN Anna is offered her sentence, Ben nothing of Anna's; the server is asked nothing
        QVERIFY2(m_anna->dialogs.questions.size() == 1, qPrintable(m_anna->dialogs.questions.join(u'\n')));
        const QString annasRecovered = BodyDocument::toPlainText(m_anna->window->form()->article().bodyHtml);
        QVERIFY2(annasRecovered.contains(u"Annas Satz zur Sitzung."_s), qPrintable(annasRecovered));
        QVERIFY(!anyContains(m_ben->journalTexts(), u"Annas"_s));
        const QString bensForm = BodyDocument::toPlainText(m_ben->window->form()->article().bodyHtml);
        QVERIFY2(!bensForm.contains(u"Annas Satz"_s), qPrintable(bensForm));
    }

    void shouldNeverOfferAStaleServerJournalRow()
    {
        // GIVEN a row 0 in the server's journal, left by an older Newsdesk
        auto old = RepositoryFactory::open(m_url).repository;
        Article draft;
        draft.headline = u"Annas Exklusiv-Entwurf"_s;
        QVERIFY(old->writeJournal(draft));
        // WHEN Ben starts his editor after a clean quit
        m_ben->crash();
        m_ben->start(true);
        m_ben->window->start();
        // THEN no recovery is offered, and Anna's draft is neither shown nor deleted
        QVERIFY2(m_ben->dialogs.questions.isEmpty(), qPrintable(m_ben->dialogs.questions.join(u'\n')));
        QVERIFY(m_ben->journalTexts().isEmpty());
        QCOMPARE(m_server.psql(m_database, u"SELECT count(*) FROM journal"_s), u"1"_s);
    }

    void shouldLeaveNothingToRecoverAfterCleanQuit()
    {
        QVERIFY(m_anna->window->openArticle(m_id));
        BodyEditor *body = m_anna->window->form()->bodyEditor();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Noch ein Satz."_s);
        QTRY_VERIFY(!m_anna->journalTexts().isEmpty());
        QVERIFY(m_anna->window->close());
        QVERIFY2(m_anna->journalTexts().isEmpty(), qPrintable(m_anna->journalTexts().join(u'\n')));
    }

    void shouldDeliverEverySentenceOnceAfterAnImmediateServerStop()
    {
        // GIVEN Anna writes in the article while Ben has it open
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_id));
        BodyEditor *body = m_anna->window->form()->bodyEditor();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Erster Satz."_s);
        QTRY_VERIFY(anyContains(m_anna->journalTexts(), u"Erster Satz."_s));
        // WHEN the server dies without a checkpoint (pg_ctl -m immediate) while she types on
        QVERIFY2(m_server.stop(true), qPrintable(m_server.errorString()));
        Typing::type(body, u" Zweiter Satz."_s);
        QTRY_VERIFY2(m_anna->repository.isPendingLocally(m_id), qPrintable(m_anna->repository.lastError()));
        Typing::type(body, u" Dritter Satz."_s);
        QTRY_VERIFY(anyContains(m_anna->journalTexts(), u"Dritter Satz."_s));
        m_anna->controller->checkConnection();
        QVERIFY(!m_anna->controller->offlineLabel()->isHidden());
        QVERIFY2(m_anna->dialogs.warnings.isEmpty(), qPrintable(m_anna->dialogs.warnings.join(u'\n')));
        // WHEN it is back and her editor notices
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_anna->controller->checkConnection();
        // THEN every sentence is stored exactly once, and nothing waits locally
        auto reader = RepositoryFactory::open(m_url).repository;
        QVERIFY(reader);
        const QString stored = BodyDocument::toPlainText(reader->load(m_id)->bodyHtml);
        for (const QString &sentence : {u"Erster Satz."_s, u"Zweiter Satz."_s, u"Dritter Satz."_s})
            QVERIFY2(stored.count(sentence) == 1, qPrintable(stored));
        QCOMPARE(m_anna->repository.pendingCount(), 0);
        QVERIFY(m_anna->controller->offlineLabel()->isHidden());
        // AND Ben, whose listener reconnects, sees them without reopening
        QTRY_VERIFY2_WITH_TIMEOUT(BodyDocument::toPlainText(m_ben->window->form()->article().bodyHtml).contains(u"Dritter Satz."_s),
                                  qPrintable(stateOf(*m_ben)), 20000);
    }

    void shouldShowAColleaguesSaveFromTheOutageWhenBackOnline()
    {
        // GIVEN Ben has the article open and his editor found the server gone
        QVERIFY(m_ben->window->openArticle(m_id));
        QVERIFY2(m_server.stop(true), qPrintable(m_server.errorString()));
        m_ben->window->articleList()->reload();
        m_ben->controller->checkConnection();
        QVERIFY(!m_ben->controller->offlineLabel()->isHidden());
        // WHEN the server is back and a colleague saves before Ben's listener hears anything
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        {
            auto colleague = RepositoryFactory::open(m_url).repository;
            QVERIFY(colleague);
            Article changed = *colleague->load(m_id);
            changed.headline = u"Stadtrat beschließt Haushalt für Straßenbau"_s;
            QVERIFY(colleague->save(changed, changed.revision).ok());
        }
        // AND Ben's editor checks its connection (its timer; no event has run since the start, so
        // the listener cannot have delivered anything)
        m_ben->controller->checkConnection();
        // THEN the form shows the colleague's save at once, not only after a notification
        QVERIFY2(m_ben->controller->offlineLabel()->isHidden(),
                 qPrintable(m_ben->controller->offlineLabel()->text() + u" ("_s + m_ben->repository.lastError() + u')'));
        QCOMPARE(m_ben->window->form()->article().headline, u"Stadtrat beschließt Haushalt für Straßenbau"_s);
        QVERIFY(!m_ben->window->hasUnsavedChanges());
    }

    void shouldShowTheNewsroomRulesReadOnlyToAnEditor()
    {
        // GIVEN Ben, whose role (editor) may publish but not change the newsroom's rules
        QCOMPARE(m_ben->repository.newsroomRole().kind(), NewsroomRole::Editor);
        AppSettings settings;
        PreferencesDialog dialog(settings, m_ben->dialogs);
        NewsroomConfig newsroom(&m_ben->repository);
        // WHEN he opens the Newsroom page of the preferences
        dialog.setNewsroomConfig(&newsroom);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // THEN he reads the rules but cannot change them, and the page says why
        auto *width = dialog.findChild<QSpinBox *>(u"lineColumns"_s);
        QVERIFY(width);
        QCOMPARE(width->value(), 34);
        QVERIFY(!width->isEnabled());
        const QList<QGroupBox *> groups = dialog.findChild<QWidget *>(u"newsroomPage"_s)->findChildren<QGroupBox *>();
        QVERIFY(!groups.isEmpty());
        for (const QGroupBox *group : groups)
            QVERIFY2(!group->isEnabled(), qPrintable(group->title()));
        const QString note = dialog.findChild<QLabel *>(u"newsroomNote"_s)->text();
        QVERIFY2(note.contains(m_ben->repository.newsroomRole().label()), qPrintable(note));
        const QString shots = TestEnvironment::binaryDir() + u"/shots"_s;
        QVERIFY(QDir().mkpath(shots));
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"newsroomPage"_s));
        QVERIFY(dialog.grab().save(shots + u"/newsroom-page-read-only.png"_s));
        // AND OK closes the dialog without a refusal from the server
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(newsroom.errorString().isEmpty());
    }

    void shouldMergeDisjointFieldsWithoutDialog()
    {
        // GIVEN both on revision 1; Anna changes the headline, Ben the teaser
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_id));
        m_anna->edit([](Article &a) { a.headline = u"Stadtrat tagt bis spät"_s; });
        m_ben->edit([](Article &a) { a.teaser = u"Die Sitzung beginnt um elf."_s; });
        // WHEN Ben saves, and Anna saves before her editor heard of it
        QElapsedTimer timer;
        QVERIFY(m_ben->window->saveArticle());
        timer.start();
        QVERIFY(m_anna->window->saveArticle());
        const qint64 mergeMs = timer.elapsed();
        // THEN no dialog, one new revision with both changes
        QVERIFY(m_anna->dialogs.conflicts.isEmpty());
        auto reader = RepositoryFactory::open(m_url).repository;
        const Article stored = *reader->load(m_id);
        QCOMPARE(stored.headline, u"Stadtrat tagt bis spät"_s);
        QCOMPARE(stored.teaser, u"Die Sitzung beginnt um elf."_s);
        QCOMPARE(stored.revision, 3);
        QCOMPARE(m_anna->window->form()->article().teaser, u"Die Sitzung beginnt um elf."_s);
        QVERIFY(!m_anna->window->hasUnsavedChanges());
        // AND Anna is told whose change she got; the history names who saved what
        QVERIFY2(m_anna->controller->newerNote()->text().contains(u"Ben Berger"_s),
                 qPrintable(m_anna->controller->newerNote()->text()));
        QCOMPARE(savedBy(m_id), (QStringList{u"3:Anna Schäfer"_s, u"2:Ben Berger"_s, u"1:"_s}));
        m_anna->window->history()->showArticle(m_anna->window->form()->article());
        const QString newest = m_anna->window->history()->revisionList()->item(0)->text();
        QVERIFY2(newest.contains(u"saved by Anna Schäfer"_s), qPrintable(newest));
        QVERIFY2(m_anna->window->history()->revisionList()->item(1)->text().contains(u"saved by Ben Berger"_s),
                 qPrintable(m_anna->window->history()->revisionList()->item(1)->text()));
        // AND Ben's screen shows the merged article and says who changed what, not "Saved"
        QTRY_COMPARE_WITH_TIMEOUT(m_ben->window->form()->article().headline, u"Stadtrat tagt bis spät"_s, 5000);
        QCOMPARE(m_ben->window->form()->article().teaser, u"Die Sitzung beginnt um elf."_s);
        QVERIFY2(m_ben->window->statusText().contains(u"Anna Schäfer changed the headline"_s), qPrintable(m_ben->window->statusText()));
        QVERIFY2(!m_ben->window->statusText().contains(u"Saved"_s), qPrintable(m_ben->window->statusText()));
        qInfo("merge without dialog (save, merge, store): %lld ms", mergeMs);
    }

    void shouldMergeColleaguesSaveIntoUnsavedTyping()
    {
        // GIVEN Ben types in the body without saving
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_id));
        BodyEditor *body = m_ben->window->form()->bodyEditor();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Bens neuer Satz."_s);
        QVERIFY(m_ben->window->hasUnsavedChanges());
        // WHEN Anna saves a new teaser
        m_anna->edit([](Article &a) { a.teaser = u"Annas Vorspann."_s; });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_anna->window->saveArticle());
        // THEN Ben's screen shows her teaser, keeps his typing unsaved and says who changed what
        QTRY_COMPARE_WITH_TIMEOUT(m_ben->window->form()->article().teaser, u"Annas Vorspann."_s, 5000);
        qInfo("live update into unsaved typing: %lld ms", timer.elapsed());
        QVERIFY(m_ben->window->hasUnsavedChanges());
        QVERIFY2(BodyDocument::toPlainText(m_ben->window->form()->article().bodyHtml).contains(u"Bens neuer Satz."_s),
                 qPrintable(m_ben->window->form()->article().bodyHtml));
        QVERIFY2(m_ben->window->statusText().contains(u"Anna Schäfer changed the teaser"_s), qPrintable(m_ben->window->statusText()));
        // AND his own journal holds the merged words on Anna's revision
        QTRY_VERIFY(anyContains(m_ben->journalTexts(), u"Annas Vorspann."_s));
        // WHEN he saves THEN no dialog, and both edits are stored
        QVERIFY(m_ben->window->saveArticle());
        QVERIFY(m_ben->dialogs.conflicts.isEmpty());
        auto reader = RepositoryFactory::open(m_url).repository;
        const Article stored = *reader->load(m_id);
        QCOMPARE(stored.teaser, u"Annas Vorspann."_s);
        QVERIFY2(BodyDocument::toPlainText(stored.bodyHtml).contains(u"Bens neuer Satz."_s), qPrintable(stored.bodyHtml));
    }

    void shouldAskOnlyAboutTheSameFieldAndNameTheColleague()
    {
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_id));
        m_anna->edit([](Article &a) {
            a.headline = u"Annas Titel"_s;
            a.teaser = u"Annas Vorspann."_s;
        });
        m_ben->edit([](Article &a) { a.headline = u"Bens Titel"_s; });
        QVERIFY(m_ben->window->saveArticle());
        m_anna->dialogs.conflictChoice = ConflictChoice::TakeTheirs;
        QVERIFY(m_anna->window->saveArticle());
        // THEN the dialog was shown once, with the headline only, naming Ben
        QCOMPARE(m_anna->dialogs.conflictDetails.size(), 1);
        const ConflictDetails details = m_anna->dialogs.conflictDetails.constFirst();
        QCOMPARE(details.colleague, u"Ben Berger"_s);
        QCOMPARE(details.conflicts.size(), 1);
        QCOMPARE(details.conflicts.constFirst().field, u"headline"_s);
        // AND "take theirs" kept Anna's teaser (it merged) and Ben's headline
        auto reader = RepositoryFactory::open(m_url).repository;
        const Article stored = *reader->load(m_id);
        QCOMPARE(stored.headline, u"Bens Titel"_s);
        QCOMPARE(stored.teaser, u"Annas Vorspann."_s);
        // AND the word count in her status bar is the stored article's
        const int words = ReadingTime::countWords(stored.teaser) + ReadingTime::countWords(BodyDocument::toPlainText(stored.bodyHtml));
        QVERIFY2(m_anna->window->statusText().startsWith(u"%1 word"_s.arg(words)), qPrintable(m_anna->window->statusText()));
    }

    void shouldNotAskNorAddRevisionWhenBothSidesAreIdentical()
    {
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_id));
        m_anna->edit([](Article &a) { a.headline = u"Gleicher Titel"_s; });
        m_ben->edit([](Article &a) { a.headline = u"Gleicher Titel"_s; });
        QVERIFY(m_ben->window->saveArticle());
        QVERIFY(m_anna->window->saveArticle());
        QVERIFY(m_anna->dialogs.conflicts.isEmpty());
        QCOMPARE(revisionOf(m_id), 2);
    }

    void shouldNotStoreIdenticalRevisionOnSwitchOrQuit()
    {
        // GIVEN Anna opened the article and "edited" without changing a word
        QVERIFY(m_anna->window->openArticle(m_id));
        Q_EMIT m_anna->window->form()->edited();
        // WHEN she switches to another article and quits
        QVERIFY(m_anna->window->openArticle(m_other));
        Q_EMIT m_anna->window->form()->edited();
        QVERIFY(m_anna->window->close());
        // THEN neither article got a revision
        QCOMPARE(revisionOf(m_id), 1);
        QCOMPARE(revisionOf(m_other), 1);
    }

    void shouldShowPresenceLive()
    {
        // GIVEN Anna has the article open, Ben another one
        QVERIFY(m_anna->window->openArticle(m_id));
        QVERIFY(m_ben->window->openArticle(m_other));
        QLabel *banner = m_anna->controller->lockBanner();
        QVERIFY(banner->isHidden());
        QList<qint64> joins;
        QList<qint64> leaves;
        for (int round = 0; round < 5; ++round) {
            // WHEN Ben opens it THEN Anna learns it within two seconds, by his display name
            QElapsedTimer timer;
            timer.start();
            QVERIFY(m_ben->window->openArticle(m_id));
            QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 2000);
            joins.append(timer.elapsed());
            QVERIFY2(banner->text().contains(u"Ben Berger"_s) && !banner->text().contains(u"ben"_s, Qt::CaseSensitive),
                     qPrintable(banner->text()));
            // WHEN he leaves THEN the notice goes within two seconds
            timer.restart();
            QVERIFY(m_ben->window->openArticle(m_other));
            QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 2000);
            leaves.append(timer.elapsed());
        }
        std::sort(joins.begin(), joins.end());
        std::sort(leaves.begin(), leaves.end());
        qInfo("presence over 5 rounds: join median %lld ms (max %lld), leave median %lld ms (max %lld)", joins.at(2),
              joins.last(), leaves.at(2), leaves.last());
    }

    void shouldExpireStalePresence()
    {
        // GIVEN Anna has the article open, and a crashed editor's lock is on it, last beat 2 min ago
        QVERIFY(m_anna->window->openArticle(m_id));
        EditLocks::Options past;
        past.clock = [] { return QDateTime::currentDateTimeUtc().addSecs(-120); };
        past.displayName = u"Carla Crash"_s;
        EditLocks crashed(m_server.url(m_database, u"ben"_s), u"carla"_s, u"laptop"_s, past);
        QVERIFY2(crashed.open(), qPrintable(crashed.lastError()));
        QVERIFY(crashed.beat(m_id));
        // WHEN Anna's editor hears of it and beats THEN the stale entry is not shown and is removed
        m_anna->controller->refreshPresence();
        QVERIFY2(m_anna->controller->lockBanner()->isHidden(), qPrintable(m_anna->controller->lockBanner()->text()));
        QCOMPARE(m_server.psql(m_database, u"SELECT count(*) FROM edit_locks WHERE user_name = 'carla'"_s), u"1"_s);
        m_anna->controller->beat(); // what the heartbeat timer does
        QCOMPARE(m_server.psql(m_database, u"SELECT count(*) FROM edit_locks WHERE user_name = 'carla'"_s), u"0"_s);
        QVERIFY(m_anna->controller->lockBanner()->isHidden());
    }

    void shouldUnderlineNoMoreWhenColleagueAddsNewsroomWord()
    {
        SpellChecker checker(u"de_DE"_s);
        QVERIFY2(checker.isValid(), qPrintable(checker.validationError()));
        m_ben->window->setSpellChecker(&checker);
        QVERIFY(m_ben->window->openArticle(m_id));
        QVERIFY(checker.isMisspelled(u"Quarkschnitzelei"_s));
        auto annas = RepositoryFactory::open(m_server.url(m_database, u"anna"_s)).repository;
        QVERIFY(annas->addNewsroomWord(u"Quarkschnitzelei"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isMisspelled(u"Quarkschnitzelei"_s), 5000);
        m_ben->window->setSpellChecker(nullptr);
    }

    void shouldSayLoginRejectedAndNotRetry()
    {
        // GIVEN a role whose password is in no password file
        bool ok = false;
        m_server.psql(u"postgres"_s, u"DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carla') THEN "
                                     "CREATE ROLE carla LOGIN PASSWORD 'x'; END IF; END$$"_s, &ok);
        QVERIFY2(ok, qPrintable(m_server.errorString()));
        const QString url = m_server.url(m_database, u"carla"_s);
        int attempts = 0;
        QTemporaryDir local;
        ResilientRepository repository([&] { ++attempts; return RepositoryFactory::open(url); },
                                       LocalJournal::open(local.filePath(u"j.sqlite"_s)).repository, url);
        // WHEN the editor works on
        for (int i = 0; i < 3; ++i)
            QVERIFY(!repository.list({}));
        // THEN it says "login rejected" with what to check, and asked the server once
        QVERIFY(repository.loginRejected());
        QCOMPARE(attempts, 1);
        QVERIFY2(repository.lastError().contains(u"Login rejected"_s) && repository.lastError().contains(u"PGPASSFILE"_s),
                 qPrintable(repository.lastError()));
        QVERIFY2(repository.lastError().contains(u"no password supplied"_s), qPrintable(repository.lastError())); // details
        DialogStub dialogs;
        MainWindow window(&repository, &dialogs);
        auto *controller = new CollaborationController(&window, &repository, &dialogs, {&repository, nullptr, nullptr, 3600 * 1000});
        QVERIFY2(controller->offlineLabel()->text().contains(u"Login rejected"_s), qPrintable(controller->offlineLabel()->text()));
        QVERIFY(!controller->offlineLabel()->text().contains(u"Offline"_s));
        // AND typing is still kept on this computer
        Article article;
        article.headline = u"Trotzdem geschrieben"_s;
        QVERIFY(repository.writeJournal(article));
    }

    void shouldNameMissingRights()
    {
        // GIVEN a role that may log in but was granted nothing on the tables
        bool ok = false;
        m_server.psql(u"postgres"_s, u"DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dora') THEN "
                                     "CREATE ROLE dora LOGIN PASSWORD 'dora-geheim'; END IF; END$$"_s, &ok);
        QVERIFY(ok);
        QFile pass(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(pass.open(QIODevice::Append));
        pass.write(u"127.0.0.1:%1:*:dora:dora-geheim\n"_s.arg(m_server.port()).toUtf8());
        pass.close();
        auto opening = RepositoryFactory::open(m_server.url(m_database, u"dora"_s));
        QVERIFY2(opening.repository, qPrintable(opening.error));
        DialogStub dialogs;
        MainWindow window(opening.repository.get(), &dialogs);
        auto *controller = new CollaborationController(&window, opening.repository.get(), &dialogs, {});
        // THEN she is told what is missing instead of seeing an empty list
        QCOMPARE(dialogs.warnings.size(), 1);
        QVERIFY2(dialogs.warnings.constFirst().contains(u"articles"_s) && dialogs.warnings.constFirst().contains(u"GRANT"_s),
                 qPrintable(dialogs.warnings.constFirst()));
        QVERIFY(!controller->offlineLabel()->isHidden());
    }
};

QTEST_MAIN(NewsroomTest)
#include "newsroomtest.moc"
