// The editor's numbers for BENCHMARKS.md, each next to a baseline measured in the same run:
//  - start-up of the real binary to its first paint, 10,000 articles vs. one article;
//  - opening a 20,000-word article vs. the sample article (in process);
//  - one keystroke in that body vs. the same keystroke in a bare QTextEdit holding the same text;
//  - RSS of the real binary with that article open vs. with a small article open.
#include "body/bodydocument.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "sample/samplearticles.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
class SilentDialogs : public DialogInterface
{
public:
    void warning(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stderr, "warning: %s\n", qPrintable(text));
    }
    bool question(QWidget *, const QString &, const QString &) override { return false; }
    SaveChoice askToSave(QWidget *, const QString &, const QString &) override { return SaveChoice::Save; }
    std::optional<QString> getText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return std::nullopt;
    }
    QString getOpenFileName(QWidget *, const QString &, const QString &) override { return {}; }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString longBody(int words)
{
    static const QStringList vocabulary = {
        u"Stadtrat"_s, u"Übergangsfinanzierung"_s, u"beschließt"_s, u"die"_s, u"neue"_s, u"Straßenbahn"_s,
        u"und"_s, u"Anwohner"_s, u"fordern"_s, u"mehr"_s, u"Lärmschutz"_s, u"während"_s, u"der"_s,
        u"Bauarbeiten"_s, u"im"_s, u"Norden"_s, u"Millionen"_s, u"Euro"_s, u"für"_s, u"Gleise"_s};
    QString html;
    int written = 0;
    int paragraph = 0;
    while (written < words) {
        if (paragraph % 10 == 9)
            html += u"<h2>Abschnitt "_s + QString::number(paragraph) + u"</h2>"_s;
        html += u"<p>"_s;
        for (int i = 0; i < 100 && written < words; ++i, ++written)
            html += vocabulary.at((written * 7 + paragraph) % vocabulary.size()) + u' ';
        html += u"</p>\n"_s;
        ++paragraph;
    }
    return html;
}

struct Launch {
    double firstPaintMs = 0; // from process start to the printed first paint, measured outside
    double rssMb = 0;
};

std::optional<Launch> launch(const QString &database)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(TestEnvironment::binary(u"newsdesk"_s), {u"--database"_s, database, u"--quit-after-first-paint"_s});
    if (!process.waitForStarted(10000))
        return std::nullopt;
    QByteArray out;
    double elapsed = 0;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable()) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        if (elapsed == 0 && out.contains("first paint"))
            elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (process.state() == QProcess::NotRunning && !process.bytesAvailable())
            break;
    }
    process.waitForFinished(10000);
    const int at = out.indexOf("RSS ");
    Launch result;
    result.firstPaintMs = elapsed;
    result.rssMb = at >= 0 ? out.mid(at + 4).split(' ').value(0).toDouble() : 0;
    if (elapsed == 0) {
        std::fprintf(stderr, "no first paint: %s\n", out.constData());
        return std::nullopt;
    }
    return result;
}

std::optional<Launch> medianLaunch(const QString &database, int runs)
{
    QList<double> times;
    QList<double> rss;
    launch(database); // warm the page cache: every run after it starts alike
    for (int i = 0; i < runs; ++i) {
        const auto l = launch(database);
        if (!l)
            return std::nullopt;
        times.append(l->firstPaintMs);
        rss.append(l->rssMb);
    }
    return Launch{median(times), median(rss)};
}

std::unique_ptr<ArticleRepository> open(const QString &path)
{
    auto opening = RepositoryFactory::open(path);
    if (!opening.repository)
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opening.error));
    return std::move(opening.repository);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    QTemporaryDir dir;
    SilentDialogs dialogs;

    // Databases: one article; 10,000 articles; only the 20,000-word article; only the sample.
    const QString oneDb = dir.filePath(u"one.sqlite"_s);
    const QString manyDb = dir.filePath(u"many.sqlite"_s);
    const QString bigDb = dir.filePath(u"big.sqlite"_s);
    Article big;
    big.section = u"Lokales"_s;
    big.headline = u"Ein sehr langer Artikel"_s;
    big.bodyHtml = BodyDocument::sanitize(longBody(20000));
    qint64 bigId = 0;
    {
        auto one = open(oneDb);
        auto many = open(manyDb);
        auto bigRepo = open(bigDb);
        if (!one || !many || !bigRepo)
            return 1;
        one->save(SampleArticles::secondArticle(), 0);
        bigId = bigRepo->save(big, 0).id;
        QElapsedTimer filling;
        filling.start();
        Article article = SampleArticles::secondArticle();
        for (int i = 0; i < 10000; ++i) {
            article.headline = u"Meldung %1: Stadtrat berät über den Haushalt"_s.arg(i);
            if (!many->save(article, 0).ok()) {
                std::fprintf(stderr, "save %d failed: %s\n", i, qPrintable(many->lastError()));
                return 1;
            }
        }
        std::printf("(filled 10,000 articles in %.1f s)\n", double(filling.elapsed()) / 1000);
    }

    const int runs = 7;
    // EDITORBENCH_QUICK=1 skips the process launches (for looking into the in-process numbers).
    const bool quick = qEnvironmentVariableIsSet("EDITORBENCH_QUICK");
    const auto startOne = quick ? Launch() : medianLaunch(oneDb, runs);
    const auto startMany = quick ? Launch() : medianLaunch(manyDb, runs);
    const auto startBig = quick ? Launch() : medianLaunch(bigDb, runs);
    if (!startOne || !startMany || !startBig)
        return 1;

    // In process: opening and typing.
    auto repository = open(bigDb);
    const qint64 smallId = repository->save(SampleArticles::mainArticle(bigId), 0).id;
    MainWindow window(repository.get(), &dialogs);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QList<double> openBig;
    QList<double> openSmall;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        window.openArticle(bigId);
        QCoreApplication::processEvents();
        openBig.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        window.openArticle(smallId);
        QCoreApplication::processEvents();
        openSmall.append(double(t.nsecsElapsed()) / 1e6);
    }
    window.openArticle(bigId);
    BodyEditor *body = window.form()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    body->moveCursor(QTextCursor::Down);
    auto keystrokes = [](QWidget *target, QWidget *viewport) {
        QList<double> times;
        for (int i = 0; i < 300; ++i) {
            QElapsedTimer t;
            t.start();
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, (i % 2) ? u"ä"_s : u"e"_s, Qt::NoModifier);
            viewport->repaint(); // the keystroke is only done when it is on screen
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };
    const double keyEditor = keystrokes(body, body->viewport());
    window.form()->setEnabled(false); // nothing more goes through the window
    // The baseline sits in a top-level of the window's size at the body's place: a repaint
    // flushes through the top-level's backing store, whose size dominates on the offscreen
    // platform. A small top-level of its own is reported too.
    QWidget frame;
    frame.resize(window.size());
    QTextEdit bare(&frame);
    bare.setGeometry(QRect(body->mapTo(&window, QPoint(0, 0)), body->size()));
    bare.setHtml(big.bodyHtml);
    frame.show();
    if (!QTest::qWaitForWindowExposed(&frame))
        return 1;
    bare.moveCursor(QTextCursor::Start);
    bare.moveCursor(QTextCursor::Down);
    const double keyBare = keystrokes(&bare, bare.viewport());
    BodyEditor alone;
    alone.resize(body->size());
    alone.setBodyHtml(big.bodyHtml);
    alone.show();
    alone.moveCursor(QTextCursor::Start);
    alone.moveCursor(QTextCursor::Down);
    const double keyAlone = keystrokes(&alone, alone.viewport());
    QTextEdit smallBare;
    smallBare.resize(body->size());
    smallBare.setHtml(big.bodyHtml);
    smallBare.show();
    smallBare.moveCursor(QTextCursor::Start);
    smallBare.moveCursor(QTextCursor::Down);
    const double keySmallBare = keystrokes(&smallBare, smallBare.viewport());
    std::printf("(a keystroke in top-levels of the body's size: BodyEditor %.2f ms, bare QTextEdit %.2f ms)\n",
                keyAlone, keySmallBare);

    std::printf("\n| measure | goal | result | baseline (same run) |\n|---|---|---|---|\n");
    std::printf("| start-up to first paint, 10,000 articles (median of %d) | < 400 ms | %.0f ms | %.0f ms with 1 article |\n",
                runs, startMany->firstPaintMs, startOne->firstPaintMs);
    std::printf("| opening a 20,000-word article (median of 5) | (report) | %.0f ms | %.0f ms for the sample article |\n",
                median(openBig), median(openSmall));
    std::printf("| one keystroke in it, repaint included (median of 300) | < 5 ms | %.2f ms | %.2f ms in a bare QTextEdit in a top-level of the window's size |\n",
                keyEditor, keyBare);
    std::printf("| RSS of newsdesk with it open | < 100 MB | %.0f MB | %.0f MB with a small article |\n",
                startBig->rssMb, startOne->rssMb);
    return 0;
}
