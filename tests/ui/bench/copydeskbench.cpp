// Issue 17's copy-desk numbers, in one run: the full length count (characters, words, Zeilen
// with hyphenation) of a 20,000-word article against the word count alone, and Replace All of
// 500 matches in the open article. Run with `tools/dev bench copydesk`; results go into
// BENCHMARKS.md, "## Copy desk (issue 17)".

#include "benchsupport.h"

#include "article.h"
#include "body/bodydocument.h"
#include "editor/articleform.h"
#include "findreplace/articlefindbar.h"
#include "mainwindow.h"
#include "storage/repositoryfactory.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"
#include "text/linecounter.h"
#include "text/readability.h"
#include "text/textlength.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUndoStack>

#include <cstdio>

namespace {
struct Timing {
    double wallMs;
    double cpuMs;
};

template<typename F>
Timing measure(int runs, F &&work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const qint64 cpuStart = BenchSupport::threadCpuNs();
        timer.start();
        work();
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(double(BenchSupport::threadCpuNs() - cpuStart) / 1e6);
    }
    return {BenchSupport::median(wall), BenchSupport::median(cpu)};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);

    QString error;
    const QString patterns = Hyphenator::patternFileFor(u"de-DE"_s, &error);
    if (patterns.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer loading;
    loading.start();
    const qint64 loadCpu = BenchSupport::threadCpuNs();
    const Hyphenator hyphenator(patterns);
    const double loadMs = double(loading.nsecsElapsed()) / 1e6;
    const double loadCpuMs = double(BenchSupport::threadCpuNs() - loadCpu) / 1e6;

    // 1. The status bar's count of a 20,000-word body, as the editor runs it after a pause.
    QTextDocument document;
    BodyDocument::load(document, BenchSupport::longBody(20000));
    const QString text = ArticleLength::bodyText(document);
    const LineCounter lines(34, &hyphenator);
    TextMetrics full;
    const Timing fullCount = measure(21, [&] { full = TextLength::measure(text, &lines); });
    int words = 0;
    const Timing wordCount = measure(21, [&] { words = TextLength::words(text); });
    TextMetrics noLines;
    const Timing withoutLines = measure(21, [&] { noLines = TextLength::measure(text); });
    // The checklist's readability pass over the same body (sentences, syllables, Flesch).
    Readability::Report readability;
    const Timing readabilityPass = measure(11, [&] { readability = Readability::analyze(text, &hyphenator); });

    // 2. Replace All of 500 matches in the open article (body 480, teaser 10, headline 10).
    QTemporaryDir dir;
    RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"bench.sqlite"_s));
    if (!opening.repository) {
        std::fprintf(stderr, "%s\n", qPrintable(opening.error));
        return 1;
    }
    Article article;
    article.headline = QStringList(10, u"Kiew"_s).join(u' ');
    article.teaser = QStringList(10, u"Kiew"_s).join(u' ');
    QString body;
    for (int p = 0; p < 48; ++p)
        body += u"<p>"_s + QStringList(10, u"In Kiew beschließt der Stadtrat die Übergangsfinanzierung."_s).join(u' ')
            + u"</p>"_s;
    article.bodyHtml = BodyDocument::sanitize(body);
    const SaveResult saved = opening.repository->save(article, 0);
    BenchSupport::SilentDialogs dialogs;
    MainWindow window(opening.repository.get(), &dialogs);
    window.show();
    window.openArticle(saved.id);
    ArticleFindBar *bar = window.findBar();
    bar->setSearch(u"Kiew"_s, {true, true, false});
    bar->setReplacement(u"Kyjiw"_s);
    const int matches = bar->matchCount();
    int replaced = 0;
    QList<double> replaceWall;
    QList<double> replaceCpu;
    for (int i = 0; i < 11; ++i) {
        bar->setSearch(u"Kiew"_s, {true, true, false});
        QElapsedTimer timer;
        const qint64 cpuStart = BenchSupport::threadCpuNs();
        timer.start();
        replaced = bar->replaceAll();
        replaceWall.append(double(timer.nsecsElapsed()) / 1e6);
        replaceCpu.append(double(BenchSupport::threadCpuNs() - cpuStart) / 1e6);
        window.form()->undoStack()->undo();
    }

    std::printf("(20,000-word body: %d characters, %d without spaces, %d words, %d Zeilen at 34; "
                "hyphen-de patterns loaded in %.0f ms, %.0f ms CPU)\n",
                full.characters, full.charactersWithoutSpaces, full.words, full.lines, loadMs, loadCpuMs);
    std::printf("\n| measure | goal | result (median wall / GUI-thread CPU) | baseline (same run) |\n|---|---|---|---|\n");
    std::printf("| full count incl. Zeilen, 20,000 words (median of 21) | < 20 ms | %.1f ms / %.1f ms | word count alone: "
                "%.1f ms / %.1f ms; characters and words without Zeilen: %.1f ms / %.1f ms |\n",
                fullCount.wallMs, fullCount.cpuMs, wordCount.wallMs, wordCount.cpuMs, withoutLines.wallMs,
                withoutLines.cpuMs);
    std::printf("| readability hints (sentences, syllables, Flesch), 20,000 words (median of 11) | — | %.1f ms / %.1f ms "
                "(Flesch %.1f) | — |\n",
                readabilityPass.wallMs, readabilityPass.cpuMs, readability.fleschAmstad());
    std::printf("| Replace All, %d matches in 3 fields (median of 11) | < 100 ms | %.1f ms / %.1f ms (%d replaced) | — |\n",
                matches, BenchSupport::median(replaceWall), BenchSupport::median(replaceCpu), replaced);
    return words == full.words && replaced == 500 ? 0 : 1;
}
