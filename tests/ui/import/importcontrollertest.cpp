#include "../window/windowundertest.h"
#include "testenvironment.h"
#include "actions/appactions.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "import/importcontroller.h"
#include "import/importsummarydialog.h"
#include "validation/checklistpanel.h"

#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
QString docx(const QString &name)
{
    return TestEnvironment::sourceDir() + u"/tests/data/docx/"_s + name;
}

// A German press release as a freelancer sends it: Title, Subtitle, Author, umlauts, „…“, a
// numbered list, a quote and a link (written by pandoc in the test's set-up).
QString writeGermanDocument(const QString &dir)
{
    const QString path = dir + u"/Meldung Stadtrat.docx"_s;
    QProcess pandoc;
    pandoc.start(u"pandoc"_s, {u"--from=markdown"_s, u"--to=docx"_s, u"--standalone"_s, u"--output="_s + path});
    if (!pandoc.waitForStarted())
        qFatal("pandoc is not installed (Debian package pandoc)");
    pandoc.write(uR"(---
title: Stadtrat beschließt Übergangsfinanzierung
subtitle: Die Brücke über die Wörnitz wird bis 2026 saniert
author: Jörg Müller
lang: de-DE
---

Der Stadtrat hat am Dienstag „einstimmig“ beschlossen, die Sanierung der Brücke vorzufinanzieren. Die Kosten von 4,2 Millionen Euro trägt zunächst die Stadt.

## Was jetzt passiert

1. Ausschreibung im Frühjahr
2. Baubeginn im Sommer
3. Freigabe für Fußgänger und Radfahrer

> „Wir lassen die Bürgerinnen und Bürger nicht im Regen stehen“, sagte Bürgermeisterin Özlem Kaya.

Mehr unter [der Seite der Stadt](https://www.example.de/bruecke).
)"_s.toUtf8());
    pandoc.closeWriteChannel();
    pandoc.waitForFinished(60'000);
    if (pandoc.exitCode() != 0 || !QFile::exists(path))
        qFatal("pandoc failed: %s", pandoc.readAllStandardError().constData());
    return path;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = TestEnvironment::binaryDir() + u"/shots"_s;
    QDir().mkpath(dir);
    const QImage image = widget->grab().toImage();
    if (!image.save(dir + u'/' + name))
        qFatal("cannot write %s", qPrintable(name));
}
} // namespace

class ImportControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldImportSeveralFilesAndSummariseThem()
    {
        // GIVEN the German editor with its sample articles, and four files chosen in File → Import…
        WindowUnderTest ui(AppSettings::UiLanguage::German);
        ui.window->resize(1366, 768);
        ui.window->show();
        ui.window->start();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        const QString german = writeGermanDocument(ui.dir.path());
        QFile broken(ui.dir.filePath(u"Kaputt.docx"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("Dies ist keine Word-Datei, nur umbenannter Text.");
        broken.close();
        ui.dialogs.filesAnswer = {docx(u"comments.docx"_s), docx(u"image.docx"_s), docx(u"track_changes_move.docx"_s),
                                  broken.fileName(), german, docx(u"german-reference.docx"_s)};
        ui.dialogs.questionAnswer = true; // yes, the first image is the lead photo
        ImportController *importer = ui.window->importer();
        QSignalSpy finished(importer, &ImportController::finished);

        // WHEN the journalist imports them
        ui.window->actions()->importFiles->trigger();
        QVERIFY(importer->isRunning());
        QVERIFY2(importer->progressDialog() && importer->progressDialog()->isVisible(), "no progress dialog");
        QVERIFY(finished.wait(120'000));

        // THEN five drafts were made, the broken file skipped with its reason
        const QList<ImportEntry> entries = importer->entries();
        QCOMPARE(entries.size(), 6);
        QVERIFY(entries[0].imported && entries[1].imported && entries[2].imported && entries[4].imported
                && entries[5].imported);
        QVERIFY(!entries[3].imported);
        QVERIFY2(entries[3].reason.contains(u"ZIP"_s), qPrintable(entries[3].reason));
        // the tracked changes were accepted, and said so
        QVERIFY2(entries[2].warnings.join(u'\n').contains(u"angenommen"_s), qPrintable(entries[2].warnings.join(u'\n')));
        // the comments are listed with their text, the image and the lead photo decision too
        const QString comments = entries[0].warnings.join(u'\n');
        QVERIFY2(comments.contains(u"I left a comment."_s), qPrintable(comments));
        QVERIFY2(ui.dialogs.questions.join(u'|').contains(u"Aufmacherfoto"_s) || ui.dialogs.questions.join(u'|').contains(u"Lead Photo"_s),
                 qPrintable(ui.dialogs.questions.join(u'|')));
        const auto withPhoto = ui.repository->load(entries[1].articleId);
        QVERIFY(withPhoto && !withPhoto->photo.isEmpty());
        QCOMPARE(withPhoto->photo.mimeType, u"image/jpeg"_s);
        // the summary dialog shows it all, without blocking
        ImportSummaryDialog *summary = importer->summaryDialog();
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->headlineText().startsWith(u"5 "_s), qPrintable(summary->headlineText()));
        QVERIFY2(summary->plainText().contains(u"Kaputt.docx"_s), qPrintable(summary->plainText()));
        QVERIFY2(summary->plainText().contains(u"Do something else."_s), qPrintable(summary->plainText()));
        summary->resize(900, 620);
        QCoreApplication::processEvents();
        saveShot(summary, u"import-summary-de.png"_s);
        // and the last imported article is open: german-reference.docx, one Heading 1 "Test"
        QCOMPARE(ui.window->currentArticleId(), entries[5].articleId);
        QCOMPARE(ui.window->form()->article().headline, u"Test"_s);
        QCOMPARE(ui.window->form()->article().language, u"de-DE"_s);
        summary->close();
        QCoreApplication::processEvents();
        saveShot(ui.window.get(), u"import-german-reference-de.png"_s);

        // WHEN the journalist opens the freelancer's German document from the summary list
        QVERIFY(ui.window->openArticle(entries[4].articleId));
        // THEN title, subtitle and author became headline, teaser and byline, the list a list
        const Article article = ui.window->form()->article();
        QCOMPARE(article.headline, u"Stadtrat beschließt Übergangsfinanzierung"_s);
        QCOMPARE(article.teaser, u"Die Brücke über die Wörnitz wird bis 2026 saniert"_s);
        QCOMPARE(article.authors, QStringList{u"Jörg Müller"_s});
        QVERIFY2(article.bodyHtml.contains(u"<ol>\n<li>Ausschreibung im Frühjahr</li>"_s), qPrintable(article.bodyHtml));
        QCoreApplication::processEvents();
        saveShot(ui.window.get(), u"import-meldung-de.png"_s);

        // AND the commented document's checklist reminds of the comments
        QVERIFY(ui.window->openArticle(entries[0].articleId));
        QTRY_VERIFY2(std::any_of(ui.window->checklist()->findings().cbegin(), ui.window->checklist()->findings().cend(),
                                 [](const ChecklistFinding &f) { return f.message.contains(u"5"_s) && f.field == u"body"_s; }),
                     "no checklist note for the comments");
    }

    void shouldAskBeforeTheFirstImageBecomesTheLeadPhoto()
    {
        // GIVEN the journalist answers No to the lead photo question
        WindowUnderTest ui(AppSettings::UiLanguage::English);
        ui.window->show();
        ui.window->start();
        ui.dialogs.questionAnswer = false;
        ImportController *importer = ui.window->importer();
        QSignalSpy finished(importer, &ImportController::finished);
        // WHEN a document with an image is dropped on the window
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(docx(u"image.docx"_s))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(ui.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(ui.window.get(), &drop);
        QVERIFY(finished.wait(60'000));
        // THEN it was asked, and the article has no photo
        QVERIFY2(ui.dialogs.questions.contains(u"Lead Photo"_s), qPrintable(ui.dialogs.questions.join(u'|')));
        const QList<ImportEntry> entries = importer->entries();
        QCOMPARE(entries.size(), 1);
        const auto article = ui.repository->load(entries[0].articleId);
        QVERIFY(article && article->photo.isEmpty());
        QCOMPARE(ui.window->currentArticleId(), entries[0].articleId);
    }

    void shouldStopWhenCancelled()
    {
        // GIVEN three files to import
        WindowUnderTest ui(AppSettings::UiLanguage::English);
        ui.window->show();
        ui.window->start();
        ImportController *importer = ui.window->importer();
        QSignalSpy finished(importer, &ImportController::finished);
        // WHEN the journalist cancels after the first
        connect(importer, &ImportController::progressed, importer, [importer](int done) {
            if (done == 1)
                importer->progressDialog()->cancel();
        });
        importer->importFiles({docx(u"headers.docx"_s), docx(u"lists.docx"_s), docx(u"links.docx"_s)});
        QVERIFY(finished.wait(60'000));
        // THEN the first is imported, the others are listed as skipped because of the cancel
        const QList<ImportEntry> entries = importer->entries();
        QCOMPARE(entries.size(), 3);
        QVERIFY(entries[0].imported);
        QVERIFY2(!entries[1].imported && entries[1].reason.contains(u"cancelled"_s), qPrintable(entries[1].reason));
        QVERIFY(!entries[2].imported);
    }
};

QTEST_MAIN(ImportControllerTest)
#include "importcontrollertest.moc"
