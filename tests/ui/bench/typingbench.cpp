// Issue 17's typography-as-you-type number for BENCHMARKS.md: one keystroke in the body of a
// 20,000-word article with typography as you type on, against the same keystroke with it off,
// in the same run. Run with `tools/dev bench typing`; results go into BENCHMARKS.md,
// "## Copy desk (issue 17)".

#include "benchsupport.h"

#include "article.h"
#include "body/bodydocument.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/typographytyping.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextCursor>

#include <cstdio>

namespace {
struct Timing {
    double wallMs;
    double cpuMs;
};

// Types `keys` characters of a German sentence with quotes, a percent sign and an ellipsis into
// the middle of the body, one key event and the event loop's turn per keystroke.
void typeKeys(BodyEditor *body, int keys, QList<double> &wall, QList<double> &cpu)
{
    static const QString sentence = u"Maß \"Öl\" für 10 % mehr... "_s;
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer timer;
        const qint64 cpuStart = BenchSupport::threadCpuNs();
        timer.start();
        QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, QString(sentence.at(i % sentence.size())),
                            Qt::NoModifier);
        QCoreApplication::processEvents();
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(double(BenchSupport::threadCpuNs() - cpuStart) / 1e6);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    BenchSupport::SilentDialogs dialogs;
    ArticleForm form(nullptr, &dialogs);
    Article article;
    article.id = 1;
    article.language = u"de-DE"_s;
    article.bodyHtml = BodyDocument::sanitize(BenchSupport::longBody(20000));
    form.setArticle(article);
    form.resize(1200, 800);
    form.show();
    if (!QTest::qWaitForWindowExposed(&form))
        return 1;
    BodyEditor *body = form.bodyEditor();
    body->setFocus();
    QTextCursor middle(body->document());
    middle.setPosition(body->document()->characterCount() / 2);
    middle.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(middle);

    // Alternating blocks, so that a machine busy with other work meets both alike.
    constexpr int blocks = 10;
    constexpr int keysPerBlock = 54; // two sentences
    QList<double> onWall, onCpu, offWall, offCpu;
    typeKeys(body, keysPerBlock, onWall, onCpu); // warm-up
    onWall.clear();
    onCpu.clear();
    for (int b = 0; b < blocks; ++b) {
        form.typographyTyping()->setEnabled(true);
        typeKeys(body, keysPerBlock, onWall, onCpu);
        form.typographyTyping()->setEnabled(false);
        typeKeys(body, keysPerBlock, offWall, offCpu);
    }
    std::printf("keystroke in a 20,000-word body, %d keys each, median:\n", blocks * keysPerBlock);
    std::printf("  typography on:  %.3f ms (GUI-thread CPU %.3f ms)\n", BenchSupport::median(onWall),
                BenchSupport::median(onCpu));
    std::printf("  typography off: %.3f ms (GUI-thread CPU %.3f ms)\n", BenchSupport::median(offWall),
                BenchSupport::median(offCpu));
    return 0;
}
