// Import of a 20-page Word document for BENCHMARKS.md: the whole import (ZIP check, pandoc,
// reading pandoc's HTML, the clean-body writer) and pandoc's share of it. The document is
// written by pandoc from generated German Markdown: 44 sections of three paragraphs with bold,
// italic and links, a bulleted list each, about 10,000 words (20 pages at 500 words a page).
#include "import/articleimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString markdown()
{
    const QStringList words = u"Stadtrat Haushalt Übergangsfinanzierung Brücke Sanierung Bürgerinnen Verwaltung "
                              u"Ausschreibung Fördermittel Landkreis Straßenbahn Bürgermeisterin Gutachten "
                              u"Verkehrsplanung Anwohner Baustelle Zeitplan Kosten Millionen Sitzung"_s.split(u' ');
    QString md = u"---\ntitle: Haushaltsdebatte im Stadtrat\nauthor: Jörg Müller\nlang: de-DE\n---\n\n"_s;
    int w = 0;
    int count = 0;
    for (int section = 1; section <= 44; ++section) {
        md += u"## Abschnitt %1\n\n"_s.arg(section);
        for (int p = 0; p < 3; ++p) {
            for (int i = 0; i < 75; ++i, ++count) {
                const QString word = words[w++ % words.size()];
                md += i == 10 ? QString(u"**"_s + word + u"** "_s) : i == 30 ? QString(u"*"_s + word + u"* "_s) : QString(word + u' ');
            }
            md += u"[Quelle](https://www.example.de/%1).\n\n"_s.arg(section);
        }
        md += u"- erster Punkt\n- zweiter Punkt\n- dritter Punkt\n\n"_s;
        count += 6;
    }
    std::printf("document: %d words\n", count);
    return md;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // as in the editor
    QTemporaryDir dir;
    const QString path = dir.filePath(u"zwanzig-seiten.docx"_s);
    QProcess pandoc;
    pandoc.start(u"pandoc"_s, {u"--from=markdown"_s, u"--to=docx"_s, u"--output="_s + path});
    pandoc.waitForStarted();
    pandoc.write(markdown().toUtf8());
    pandoc.closeWriteChannel();
    pandoc.waitForFinished(120'000);
    QFile file(path);
    if (pandoc.exitCode() != 0 || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pandoc failed: %s\n", pandoc.readAllStandardError().constData());
        return 1;
    }
    const QByteArray bytes = file.readAll();
    std::printf("document: %lld KB\n", static_cast<long long>(bytes.size() / 1024));

    const ArticleImporter importer;
    QList<double> totals;
    QList<double> pandocs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ArticleImporter::Result result = importer.importBytes(bytes, u"zwanzig-seiten.docx"_s);
        const double total = double(timer.nsecsElapsed()) / 1e6;
        if (!result.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
            return 1;
        }
        totals << total;
        pandocs << double(result.document.pandocMs);
    }
    const double total = median(totals);
    const double share = median(pandocs);
    std::printf("import of a 20-page .docx: median %.0f ms (min %.0f, max %.0f) over 7 runs\n", total,
                *std::min_element(totals.begin(), totals.end()), *std::max_element(totals.begin(), totals.end()));
    std::printf("pandoc's share: median %.0f ms (%.0f %%); reading its HTML and the clean-body writer: %.0f ms\n",
                share, 100.0 * share / total, total - share);
    return 0;
}
