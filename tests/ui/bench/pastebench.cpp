// Paste of a 5,000-word Word clipboard for BENCHMARKS.md: from the paste (BodyEditor's
// insertFromMimeData, as Ctrl+V reaches it) until the editor is responsive again (the paste
// returned, the layout ran, and a zero-timer posted after it fired), next to the same text
// pasted as plain text. The clipboard is Word's "HTML Format" (as tests/data/clipboard/
// word-365.html): MsoNormal paragraphs with spans and mso styles, mso-list bullet lists.
#include "editor/bodyeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMimeData>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
class PastingEditor : public BodyEditor
{
public:
    void paste(const QMimeData &mime) { insertFromMimeData(&mime); }
};

QString wordClipboard(int words, QString *plain)
{
    const QStringList vocabulary = u"Hochwasser Donau Pegel Regensburg Stadt Katastrophenwarnung Keller Strom "
                                   u"Sandsäcke Anwohner Deiche Wasserwirtschaftsamt Oberbürgermeisterin Schäden "
                                   u"Feuerwehr Einsatz Helfer Nacht Brücke Ufer"_s.split(u' ');
    QString html = u"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta name=Generator "
                   u"content=\"Microsoft Word 15\"><style><!-- p.MsoNormal {margin:0cm;font-family:\"Calibri\"} "
                   u"@list l0:level1 {mso-level-text:\\F0B7;} --></style></head><body lang=DE><!--StartFragment-->"_s;
    int count = 0;
    int w = 0;
    while (count < words) {
        html += u"<p class=MsoNormal><span style='mso-ansi-language:DE'>"_s;
        for (int i = 0; i < 60; ++i, ++count) {
            const QString word = vocabulary[w++ % vocabulary.size()];
            html += i == 5 ? QString(u"<b>"_s + word + u"</b> "_s) : QString(word + u' ');
            *plain += word + u' ';
        }
        html += u"<o:p></o:p></span></p>\n"_s;
        *plain += u'\n';
        for (int item = 0; item < 3; ++item, count += 4) {
            html += u"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                    u"<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span "
                    u"style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>"
                    u"<span style='mso-ansi-language:DE'>Punkt der Liste hier<o:p></o:p></span></p>\n"_s;
            *plain += u"Punkt der Liste hier\n"_s;
        }
    }
    return html + u"<!--EndFragment--></body></html>"_s;
}

double responsiveAfter(PastingEditor &editor, const QMimeData &mime, bool plain)
{
    editor.setBodyHtml(u"<p>Vorher.</p>"_s);
    editor.moveCursor(QTextCursor::End);
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    if (plain)
        editor.insertPlainText(mime.text());
    else
        editor.paste(mime);
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QString plain;
    QMimeData mime;
    mime.setHtml(wordClipboard(5200, &plain));
    mime.setText(plain);
    std::printf("clipboard: %lld KB of Word HTML, %lld words\n", static_cast<long long>(mime.html().size() * 2 / 1024),
                static_cast<long long>(plain.split(u' ', Qt::SkipEmptyParts).size()));
    PastingEditor editor;
    editor.resize(800, 600);
    editor.show();
    QList<double> word;
    QList<double> text;
    for (int run = 0; run < 7; ++run) {
        word << responsiveAfter(editor, mime, false);
        text << responsiveAfter(editor, mime, true);
    }
    std::printf("paste of 5,000 words of Word HTML until responsive: median %.0f ms (min %.0f, max %.0f)\n",
                median(word), *std::min_element(word.begin(), word.end()), *std::max_element(word.begin(), word.end()));
    std::printf("baseline, the same words as plain text: median %.0f ms\n", median(text));
    const QString body = editor.bodyHtml();
    return body.isEmpty() ? 1 : 0;
}
