// Not run by CTest: `tools/dev bench preview` (see BENCHMARKS.md, "Live preview").
// How long the GUI thread is blocked while a journalist types into a 20,000-word article with
// the live preview shown. A typing session is replayed by the clock: bursts of 15 keys, one
// every 80 ms (a fast typist), each followed by a 450 ms pause, long enough for the 300 ms
// preview debounce to fire, so that the next burst starts while the preview is being updated.
// A 1 ms probe timer measures every gap in the event loop; the longest gap is the longest
// block of the GUI thread (key handling, repaint, preview update, whatever runs).
//  - baseline (same run): the synchronous update the editor had before, HtmlExporter::previewHtml
//    + QTextBrowser::setHtml on the GUI thread (its own cost is reported too);
//  - PreviewPane: HTML and QTextDocument built on the worker thread, swapped in;
//  - the real MainWindow on a SQLite file with the preview tab shown.
#include "article.h"
#include "benchsupport.h"
#include "body/bodydocument.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "export/htmlexporter.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "storage/repositoryfactory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QAbstractTextDocumentLayout>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {
using BenchSupport::longBody;
using BenchSupport::median;
using BenchSupport::SilentDialogs;
using BenchSupport::threadCpuNs;

template<typename F>
double medianMs(int runs, F f)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        values.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(values);
}

struct Session {
    double longestBlockMs = 0; // longest gap between two probe ticks (wall clock)
    double longestCpuMs = 0; // the GUI thread's own CPU time in the longest such gap
    double slowGapsOver16Ms = 0; // how many gaps held more than a 60 Hz frame of GUI-thread CPU
    double worstKeyMs = 0; // from when a key was due until it was handled
    double medianKeyMs = 0;
    int keys = 0;
};

// Replays the typing session into `target`; `settle` is how long to wait after the last key.
Session typingSession(QWidget *target, int bursts)
{
    constexpr qint64 ms = 1000000;
    QList<qint64> due;
    qint64 t = 200 * ms;
    for (int burst = 0; burst < bursts; ++burst) {
        for (int key = 0; key < 15; ++key, t += 80 * ms)
            due.append(t);
        t += 450 * ms;
    }
    const qint64 end = t + 600 * ms;
    Session session;
    QList<double> keys;
    QElapsedTimer clock;
    QEventLoop loop;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    qint64 last = 0;
    qint64 lastCpu = 0;
    qsizetype next = 0;
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const double gap = double(now - last) / 1e6;
        const double cpuGap = double(cpu - lastCpu) / 1e6;
        session.longestBlockMs = std::max(session.longestBlockMs, gap);
        session.longestCpuMs = std::max(session.longestCpuMs, cpuGap);
        if (cpuGap > 16.7)
            ++session.slowGapsOver16Ms;
        if (next < due.size() && now >= due.at(next)) {
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, (next % 2) ? u"ä"_s : u"e"_s, Qt::NoModifier);
            keys.append(double(clock.nsecsElapsed() - due.at(next)) / 1e6);
            ++next;
        }
        last = clock.nsecsElapsed();
        lastCpu = threadCpuNs();
        if (now > end)
            loop.quit();
    });
    clock.start();
    last = clock.nsecsElapsed();
    lastCpu = threadCpuNs();
    probe.start();
    loop.exec();
    session.keys = int(keys.size());
    session.medianKeyMs = median(keys);
    session.worstKeyMs = keys.isEmpty() ? 0 : *std::max_element(keys.cbegin(), keys.cend());
    return session;
}

// The editor's body and a preview beside it in a window of 1366×768, with the 300 ms debounce
// the editor uses; `update` is what happens after the pause.
struct Bench {
    QWidget window;
    BodyEditor *body = new BodyEditor(&window);
    QTimer delay;
    Article article;
    int updates = 0;

    std::function<void(const Article &)> m_update;

    // The preview shows the article before the typing starts, as when the tab is opened.
    void showFirst()
    {
        m_update(article);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1500)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    // Shows the window and the first preview, then replays the typing session into the body.
    std::optional<Session> type(int bursts)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return std::nullopt;
        showFirst();
        body->setFocus();
        body->moveCursor(QTextCursor::Start);
        body->moveCursor(QTextCursor::Down);
        return typingSession(body, bursts);
    }

    Bench(QWidget *preview, const Article &a, const std::function<void(const Article &)> &update)
        : article(a)
        , m_update(update)
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(body, 3);
        preview->setParent(&window);
        layout->addWidget(preview, 2);
        window.resize(1366, 768);
        body->setBodyHtml(article.bodyHtml);
        delay.setSingleShot(true);
        delay.setInterval(300);
        QObject::connect(body->document(), &QTextDocument::contentsChanged, &delay, [this] { delay.start(); });
        QObject::connect(&delay, &QTimer::timeout, &window, [this, update] {
            article.bodyHtml = body->bodyHtml(); // what ArticleForm::article() does for the body
            update(article);
            ++updates;
        });
    }
};

void printSession(const char *name, const Session &s, int updates)
{
    std::printf("| %s | %.1f ms | %.1f ms | %.0f | %.1f ms | %.2f ms | %d keys, %d preview updates |\n", name,
                s.longestCpuMs, s.longestBlockMs, s.slowGapsOver16Ms, s.worstKeyMs, s.medianKeyMs, s.keys, updates);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    const int bursts = qEnvironmentVariableIntValue("PREVIEWBENCH_BURSTS") > 0
        ? qEnvironmentVariableIntValue("PREVIEWBENCH_BURSTS")
        : 8;
    Article article;
    article.section = u"Lokales"_s;
    article.headline = u"Stadtrat beschließt die neue Straßenbahnlinie"_s;
    article.teaser = u"Nach langer Debatte fällt die Entscheidung."_s;
    article.authors = {u"Anna Beispiel"_s};
    article.bodyHtml = BodyDocument::sanitize(longBody(20000));
    const HtmlExporter exporter;
    constexpr int runs = 7;

    // The parts of one update, each on its own.
    QTextBrowser browser;
    browser.resize(480, 800);
    browser.show();
    QString html;
    const double generate = medianMs(runs, [&] { html = exporter.previewHtml(article); });
    const double update = medianMs(runs, [&] {
        browser.setHtml(exporter.previewHtml(article));
        QApplication::processEvents();
    });
    BodyEditor sizing;
    sizing.setBodyHtml(article.bodyHtml);
    const double writeBody = medianMs(runs, [&] { (void)sizing.bodyHtml(); });
    std::printf("one preview update of a 20,000-word article (median of %d)\n", runs);
    std::printf("  HtmlExporter::previewHtml:                         %7.1f ms\n", generate);
    std::printf("  previewHtml + QTextBrowser::setHtml (old update):  %7.1f ms\n", update);
    std::printf("  BodyEditor::bodyHtml (the article copy's body):    %7.1f ms\n", writeBody);

    // The swap alone: a document built elsewhere, shown with PreviewPane::showRendered.
    {
        PreviewPane pane;
        pane.resize(480, 800);
        pane.show();
        QList<double> swaps;
        for (int i = 0; i < runs; ++i) {
            auto *document = new QTextDocument;
            document->setDefaultFont(pane.font());
            document->setHtml(html);
            QElapsedTimer t;
            t.start();
            pane.showRendered(pane.shownGeneration() + 1, document);
            QApplication::processEvents();
            swaps.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("  PreviewPane whole swap (setDocument + layout):     %7.1f ms\n", median(swaps));
    }

    std::printf("\ntyping session, %d bursts of 15 keys (80 ms apart) with 450 ms pauses, 1366x768, platform %s\n",
                bursts, qPrintable(QGuiApplication::platformName()));
    std::printf("| variant | longest GUI block (GUI-thread CPU) | longest event-loop gap (wall) | blocks > 16.7 ms CPU | worst key delay | median key | |\n|---|---|---|---|---|---|---|\n");
    {
        auto *preview = new QTextBrowser;
        Bench bench(preview, article, [preview](const Article &a) {
            const int scroll = preview->verticalScrollBar()->value();
            preview->setHtml(HtmlExporter().previewHtml(a));
            preview->verticalScrollBar()->setValue(scroll);
        });
        const std::optional<Session> s = bench.type(bursts);
        if (!s)
            return 1;
        printSession("baseline: synchronous previewHtml + setHtml", *s, bench.updates);
    }
    {
        auto *preview = new PreviewPane;
        Bench bench(preview, article, [preview](const Article &a) { preview->render(a, ExportOptions()); });
        const std::optional<Session> s = bench.type(bursts);
        if (!s)
            return 1;
        printSession("PreviewPane (worker thread, patch)", *s, bench.updates);
    }
    {
        // Nothing but the body: what typing costs without any preview.
        auto *preview = new QTextBrowser;
        Bench bench(preview, article, [](const Article &) {});
        const std::optional<Session> s = bench.type(bursts);
        if (!s)
            return 1;
        printSession("no preview update at all", *s, 0);
    }
    {
        QTemporaryDir dir;
        auto opening = RepositoryFactory::open(dir.filePath(u"preview.sqlite"_s));
        if (!opening.repository) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opening.error));
            return 1;
        }
        const qint64 id = opening.repository->save(article, 0).id;
        SilentDialogs dialogs;
        MainWindow window(opening.repository.get(), &dialogs);
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.openArticle(id);
        auto *side = window.findChild<QTabWidget *>(u"sidePanel"_s);
        QSignalSpy first(window.preview(), &PreviewPane::rendered);
        side->setCurrentWidget(window.preview());
        if (!first.wait(10000))
            return 1;
        int updates = 0;
        QObject::connect(window.preview(), &PreviewPane::rendered, &window, [&updates] { ++updates; });
        BodyEditor *body = window.form()->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::Start);
        body->moveCursor(QTextCursor::Down);
        const Session s = typingSession(body, bursts);
        printSession("MainWindow, preview tab shown", s, updates);
        std::printf("(MainWindow: %d of the preview updates swapped the whole document, the first one included)\n",
                    window.preview()->wholeSwaps());
    }
    return 0;
}
