#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "appearance/appearance.h"
#include "articlelist/articlelistpanel.h"
#include "body/bodydocument.h"
#include "collaboration/collaborationcontroller.h"
#include "conflict/conflictdialog.h"
#include "editor/articleform.h"
#include "session/autosaver.h"
#include "editor/bodyeditor.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "settings/appsettings.h"
#include "storage/articlechangelistener.h"
#include "storage/editlocks.h"
#include "storage/localjournal.h"
#include "storage/repositoryfactory.h"
#include "storage/resilientrepository.h"
#include "storage/threewaymerge.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Journalist {
    Journalist(const QString &url, const QString &login, const QString &folder)
        : repository([url] { return RepositoryFactory::open(url); }, LocalJournal::open(folder + u"/journal.sqlite"_s).repository,
                     url)
        , listener(url, {1000, 50, 400})
        , locks(url, login, u"redaktion-pc"_s, EditLocks::Options{})
    {
        listener.open();
        locks.open();
        window = std::make_unique<MainWindow>(&repository, &dialogs);
        window->setInteractive(false);
        window->autosaver()->setIdleInterval(50);
        controller = new CollaborationController(window.get(), &repository, &dialogs, {&repository, &listener, &locks, 3600 * 1000});
        window->resize(1366, 768);
        window->show();
        window->articleList()->reload();
    }
    void edit(const std::function<void(Article &)> &change)
    {
        Article article = window->form()->article();
        change(article);
        window->form()->setArticle(article);
        Q_EMIT window->form()->edited();
    }
    ResilientRepository repository;
    ArticleChangeListener listener;
    EditLocks locks;
    DialogStub dialogs;
    std::unique_ptr<MainWindow> window;
    CollaborationController *controller = nullptr;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}
} // namespace

// Issue #19's numbers on a real PostgreSQL server, two journalists with roles of their own:
// merge without dialog for disjoint fields, live update into a colleague's window, presence
// join/leave; and the screenshots of the merged result and of the conflict dialog (German UI).
// Usage: bench-newsroombench [screenshot folder]
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"newsdesk-bench"_s);
    const QString shots = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    AppSettings settings;
    settings.setUiLanguage(AppSettings::UiLanguage::German);
    Translations translations(settings);
    Appearance::apply(AppSettings::Appearance::Light);

    PostgresServer server;
    if (!server.start() || !server.createRole(u"anna"_s, u"a-geheim"_s, u"Anna Schäfer"_s)
        || !server.createRole(u"ben"_s, u"b-geheim"_s, u"Ben Berger"_s)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString admin = server.createDatabase(u"bench"_s);
    qint64 id = 0;
    qint64 other = 0;
    {
        auto repository = RepositoryFactory::open(admin).repository;
        Article article;
        article.section = u"Politik"_s;
        article.kicker = u"Stadtrat"_s;
        article.headline = u"Stadtrat beschließt Haushalt"_s;
        article.teaser = u"Nach langer Debatte stimmt die Mehrheit zu."_s;
        article.bodyHtml = u"<p>Der Stadtrat hat am Donnerstag den Haushalt beschlossen.</p>\n"
                           "<p>Die Opposition kritisierte die Kürzungen bei den Schwimmbädern.</p>\n"
                           "<p>Der Kämmerer rechnet mit einem Defizit von 12 Millionen Euro.</p>"_s;
        id = repository->save(article, 0).id;
        Article weather;
        weather.headline = u"Wetter"_s;
        other = repository->save(weather, 0).id;
    }
    server.grantTables(u"bench"_s, u"anna"_s);
    server.grantTables(u"bench"_s, u"ben"_s);
    QTemporaryDir folders;
    QDir(folders.path()).mkpath(u"a"_s);
    QDir(folders.path()).mkpath(u"b"_s);
    Journalist anna(server.url(u"bench"_s, u"anna"_s), u"anna"_s, folders.filePath(u"a"_s));
    Journalist ben(server.url(u"bench"_s, u"ben"_s), u"ben"_s, folders.filePath(u"b"_s));

    QList<double> merges;
    QList<double> liveUpdates;
    int dialogs = 0;
    for (int round = 0; round < 11; ++round) {
        anna.window->openArticle(id);
        ben.window->openArticle(id);
        anna.edit([&](Article &a) { a.headline = u"Stadtrat beschließt Haushalt (%1)"_s.arg(round); });
        ben.edit([&](Article &a) { a.teaser = u"Nach langer Debatte stimmt die Mehrheit zu (%1)."_s.arg(round); });
        ben.window->saveArticle();
        QElapsedTimer timer;
        timer.start();
        anna.window->saveArticle(); // meets Ben's revision: merged, no dialog
        merges.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const QString expected = anna.window->form()->article().headline;
        if (!waitFor([&] { return ben.window->form()->article().headline == expected; })) {
            std::fprintf(stderr, "Ben never saw Anna's merge in round %d\n", round);
            return 1;
        }
        liveUpdates.append(timer.nsecsElapsed() / 1e6);
        dialogs += int(anna.dialogs.conflicts.size());
    }
    QList<double> joins;
    QList<double> leaves;
    anna.window->openArticle(id);
    for (int round = 0; round < 11; ++round) {
        ben.window->openArticle(other);
        waitFor([&] { return anna.controller->lockBanner()->isHidden(); });
        QElapsedTimer timer;
        timer.start();
        ben.window->openArticle(id);
        if (!waitFor([&] { return !anna.controller->lockBanner()->isHidden(); }))
            return 1;
        joins.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        ben.window->openArticle(other);
        if (!waitFor([&] { return anna.controller->lockBanner()->isHidden(); }))
            return 1;
        leaves.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("merge without dialog (disjoint fields), save incl. merge: median %.1f ms over %lld rounds, dialogs shown: %d\n",
                median(merges), static_cast<long long>(merges.size()), dialogs);
    std::printf("live update into colleague's window: median %.1f ms, max %.1f ms\n", median(liveUpdates),
                *std::max_element(liveUpdates.cbegin(), liveUpdates.cend()));
    std::printf("presence join: median %.1f ms, max %.1f ms; leave: median %.1f ms, max %.1f ms\n", median(joins),
                *std::max_element(joins.cbegin(), joins.cend()), median(leaves),
                *std::max_element(leaves.cbegin(), leaves.cend()));

    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        // The merged result on Ben's screen: Anna changed the headline and a paragraph while he
        // added to another paragraph, unsaved.
        anna.window->openArticle(id);
        ben.window->openArticle(id);
        BodyEditor *body = ben.window->form()->bodyEditor();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Bens Nachtrag: Die Bäder bleiben offen."_s);
        anna.edit([](Article &a) {
            a.headline = u"Stadtrat beschließt Haushalt mit knapper Mehrheit"_s;
            a.teaser = u"Nach sechs Stunden Debatte stimmen 31 von 60 Räten zu."_s;
        });
        anna.window->saveArticle();
        waitFor([&] { return ben.window->form()->article().teaser.startsWith(u"Nach sechs"_s); });
        QTest::qWait(300);
        ben.window->grab().save(shots + u"/newsroom-merged.png"_s);
        // The new conflict dialog: both changed the headline; the rest merged.
        ben.window->saveArticle();
        anna.window->openArticle(id);
        Article mine = ben.window->form()->article();
        ben.edit([](Article &a) { a.headline = u"Haushalt: Bäder bleiben offen"_s; });
        mine = ben.window->form()->article();
        Article base = *ben.repository.load(id);
        anna.edit([](Article &a) {
            a.headline = u"Haushalt beschlossen – Defizit wächst"_s;
            a.bodyHtml.replace(u"12 Millionen"_s, u"14 Millionen"_s);
        });
        anna.window->saveArticle();
        Article theirs = *ben.repository.load(id);
        const ThreeWayMerge merge(base, mine, theirs);
        ConflictDialog dialog(mine, theirs, ConflictDetails{merge.conflicts(), u"Anna Schäfer"_s, theirs.revision},
                              ben.window.get());
        dialog.resize(900, 420);
        dialog.show();
        QTest::qWait(300);
        dialog.grab().save(shots + u"/newsroom-conflict-dialog.png"_s);
        std::printf("screenshots in %s\n", qPrintable(shots));
    }
    return 0;
}
