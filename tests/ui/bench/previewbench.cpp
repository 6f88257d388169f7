// Not run by CTest: `tools/dev bench preview` (see BENCHMARKS.md, section HTML export).
// One live-preview update of the editor for a 20,000-word article, as MainWindow::updatePreview
// does it after a typing pause: HtmlExporter::previewHtml + QTextBrowser::setHtml. Baseline in
// the same run: QTextBrowser::setHtml of the bare body HTML (the rendering alone).
#include "article.h"
#include "export/htmlexporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString longBody(int words)
{
    static const QStringList vocabulary = {
        u"Stadtrat"_s, u"Übergangsfinanzierung"_s, u"beschließt"_s, u"die"_s, u"neue"_s, u"Straßenbahn"_s,
        u"und"_s, u"Anwohner"_s, u"fordern"_s, u"mehr"_s, u"„Lärmschutz“"_s, u"während"_s, u"der"_s,
        u"Bauarbeiten"_s, u"im"_s, u"Norden"_s, u"Millionen"_s, u"Euro"_s, u"für"_s, u"Gleise…"_s};
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
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Article article;
    article.headline = u"Stadtrat beschließt die neue Straßenbahnlinie"_s;
    article.teaser = u"Nach langer Debatte fällt die Entscheidung."_s;
    article.authors = {u"Anna Beispiel"_s};
    article.bodyHtml = longBody(20000);
    QTextBrowser browser;
    browser.resize(480, 800);
    browser.show();
    const HtmlExporter exporter;
    constexpr int runs = 7;
    QString html;
    const double generate = medianMs(runs, [&] { html = exporter.previewHtml(article); });
    const double update = medianMs(runs, [&] {
        browser.setHtml(exporter.previewHtml(article));
        QApplication::processEvents();
    });
    const double baseline = medianMs(runs, [&] {
        browser.setHtml(article.bodyHtml);
        QApplication::processEvents();
    });
    std::printf("preview of a 20,000-word article (median of %d)\n", runs);
    std::printf("  previewHtml only:               %8.1f ms\n", generate);
    std::printf("  previewHtml + setHtml (update): %8.1f ms\n", update);
    std::printf("  baseline setHtml(bodyHtml):     %8.1f ms\n", baseline);
    return 0;
}
