// HTML export throughput: 1,000 articles written to a folder without and with photo resizing,
// against pandoc converting the same bodies from HTML to standalone HTML5 in the same run.
// Run with `tools/dev bench htmlexport`; results go into BENCHMARKS.md, "## HTML export".

#include "export/folderexport.h"
#include "export/htmlexporter.h"
#include "body/bodydocument.h"

#include "exportsamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include "benchtiming.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {
QList<Article> articles(int count)
{
    const Photo photo = ExportSamples::photo(2000, 1333);
    QList<Article> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        Article a = ExportSamples::normal();
        a.id = i + 1;
        a.headline = u"Bürgerversammlung Nr. %1 über Straßenbau und Lärmschutz"_s.arg(i + 1);
        QString body;
        // About 520 words: a typical news article.
        for (int p = 0; p < 12; ++p) {
            body += u"<p>Die Anwohnerinnen und Anwohner der Hauptstraße äußerten am 25. Oktober \"große\" Sorgen: "
                    "Der Lärm sei um 12 % gestiegen, z. B. nachts. Der Bürgermeister versprach, die Pläne "
                    "<a href=\"https://www.example.org/plan\">im Rathaus</a> auszulegen ... Es gehe um "
                    "<strong>Millionen</strong> Euro und die Frage, wer zahlt.</p>\n"_s;
            if (p % 4 == 3)
                body += u"<h2>Zwischenüberschrift %1</h2>\n"_s.arg(p);
        }
        // As stored: the repository keeps bodies in HtmlWriter's clean form.
        a.bodyHtml = BodyDocument::sanitize(body);
        a.photo = photo;
        a.related = {RelatedLink{0, QUrl(u"https://www.example.org/hintergrund"_s), u"Hintergrund"_s}};
        result << a;
    }
    return result;
}

double exportAll(const QList<Article> &input, bool resize, QString *error)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.baseUrl = QUrl(u"https://www.example.de/artikel/"_s);
    options.resizeImages = resize;
    FolderExport folder(dir.path());
    const HtmlExporter exporter;
    QElapsedTimer timer;
    timer.start();
    for (const Article &article : input) {
        if (folder.write(exporter, {article, {}, QString()}, options).isEmpty()) {
            *error = folder.error();
            return 0;
        }
    }
    return timer.nsecsElapsed() / 1e9;
}

// pandoc -f html -t html5 --standalone, one process per article body: the whole-process cost a
// newsroom script pays per article.
double pandocPerArticle(const QList<Article> &input, int count, QString *error)
{
    const QString pandoc = QStandardPaths::findExecutable(u"pandoc"_s);
    if (pandoc.isEmpty()) {
        *error = u"pandoc not found"_s;
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        QProcess process;
        process.start(pandoc, {u"-f"_s, u"html"_s, u"-t"_s, u"html5"_s, u"--standalone"_s,
                               u"--metadata"_s, u"title="_s + input.at(i).headline});
        process.write(input.at(i).bodyHtml.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(60000) || process.exitCode() != 0 || process.readAllStandardOutput().isEmpty()) {
            *error = QString::fromUtf8(process.readAllStandardError());
            return 0;
        }
    }
    return timer.nsecsElapsed() / 1e9;
}

// All bodies as one document through one pandoc process: pandoc's best case, no process start
// per article.
double pandocOneProcess(const QList<Article> &input, QString *error)
{
    QByteArray all;
    for (const Article &article : input)
        all += article.bodyHtml.toUtf8();
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pandoc"_s),
                  {u"-f"_s, u"html"_s, u"-t"_s, u"html5"_s, u"--standalone"_s, u"--metadata"_s, u"title=Alle"_s});
    process.write(all);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return 0;
    }
    return timer.nsecsElapsed() / 1e9;
}
} // namespace


int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QTextDocument (the body sanitizer) needs fonts
    QTextStream out(stdout);
    const int count = qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES") > 0
        ? qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES") : 1000;
    const int pandocCount = std::min(count, 100);
    const QList<Article> input = articles(count);
    QString error;

    // One untimed warm-up article: font database and image plugins load once.
    exportAll(input.mid(0, 1), true, &error);
    double seconds = 0;
    const Timing plain = measure([&] { seconds = exportAll(input, false, &error); });
    if (seconds <= 0) {
        out << "export failed: " << error << Qt::endl;
        return 1;
    }
    const Timing inMemory = measure([&] {
        ExportOptions options;
        options.resizeImages = false;
        const HtmlExporter exporter;
        for (const Article &article : input)
            (void)exporter.exportArticle({article, {}, QString()}, options);
    });
    const Timing sanitize = measure([&] {
        for (const Article &article : input)
            (void)BodyDocument::sanitize(article.bodyHtml);
    });
    const Timing resized = measure([&] { seconds = exportAll(input, true, &error); });
    if (seconds <= 0) {
        out << "export with resizing failed: " << error << Qt::endl;
        return 1;
    }
    double pandocEach = 0;
    const Timing pandocEachTiming = measure([&] { pandocEach = pandocPerArticle(input, pandocCount, &error); });
    double pandocOnce = 0;
    if (pandocEach > 0)
        pandocOnce = pandocOneProcess(input, &error);
    if (pandocEach <= 0 || pandocOnce <= 0) {
        out << "pandoc baseline failed: " << error << Qt::endl;
        return 1;
    }
    Q_UNUSED(pandocEachTiming);

    const auto rate = [](int n, double s) { return QString::number(n / s, 'f', 0); };
    const auto row = [&](const QString &what, const QString &goal, int n, const Timing &t, const QString &baseline) {
        out << "| " << what << " | " << goal << " | " << rate(n, t.wall) << "/s wall (" << QString::number(t.wall, 'f', 2)
            << " s), " << rate(n, t.cpu) << "/s per CPU second | " << baseline << " |\n";
    };
    out << "| measure | goal | result | baseline (same run) |\n|---|---|---|---|\n";
    const QString pandocBaseline = u"pandoc -f html -t html5 --standalone, one process per body: %1 articles/s (%2 runs); "
                                   "all %3 bodies in one pandoc process: %4 s"_s
                                       .arg(rate(pandocCount, pandocEach)).arg(pandocCount).arg(count)
                                       .arg(QString::number(pandocOnce, 'f', 2));
    row(u"export of %1 articles without photo resizing (page + original photo written)"_s.arg(count),
        u">= 2000 articles/s"_s, count, plain, pandocBaseline);
    row(u"the same with photo resizing (2000x1333 JPEG to 480/800/1200 px)"_s, u"(report)"_s, count, resized, QString());
    row(u"breakdown: HtmlExporter only, no files written"_s, QString(), count, inMemory, QString());
    row(u"breakdown: BodyDocument::sanitize alone (skipped for clean stored bodies)"_s, QString(), count, sanitize, QString());
    out << (count / plain.cpu >= 2000 ? "goal met per CPU second" : "goal missed per CPU second") << ", "
        << (count / plain.wall >= 2000 ? "met" : "missed") << " by wall clock" << Qt::endl;
    return 0;
}
