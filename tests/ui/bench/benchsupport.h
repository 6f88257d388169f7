#pragma once

#include "../support/dialogstub.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <time.h>

using namespace Qt::StringLiterals;

// What the editor and preview benchmarks share: the generated long article, a median, the GUI
// thread's CPU clock, and dialogs that never block a measurement.
namespace BenchSupport {

// A German body of `words` words in the stored clean form: paragraphs of 100 words, a
// subheading every ten paragraphs, quotes and ellipses for the typography.
inline QString longBody(int words)
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

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The calling thread's own CPU time: on a machine shared with builds the wall clock also counts
// waiting for a core.
inline qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The tests' DialogStub, saying No to every question and printing warnings to stderr, so
// that nothing waits for a click and a bench run shows what went wrong.
class SilentDialogs : public DialogStub
{
public:
    SilentDialogs() { questionAnswer = false; }
    void warning(QWidget *parent, const QString &title, const QString &text) override
    {
        DialogStub::warning(parent, title, text);
        std::fprintf(stderr, "warning: %s\n", qPrintable(text));
    }
};

} // namespace BenchSupport
