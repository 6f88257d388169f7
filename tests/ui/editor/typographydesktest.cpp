#include "../window/windowundertest.h"
#include "testenvironment.h"
#include "actions/appactions.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "editor/typographydesk.h"
#include "import/importcontroller.h"
#include "import/importsummarydialog.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Typography beyond the keystroke (#17), as the journalist meets it in the window: Edit → Apply
// Typography to Article as one undo step, the offer after an import that leaves the stored
// agency text alone, the preference that applies it as a version of its own, and pasted text
// in a field when the preference says so.
namespace {
const QString nbsp = QString(QChar(0x00A0));

Article rawArticle()
{
    Article article;
    article.language = u"de-DE"_s;
    article.kicker = u"\"Grüße\" aus Köln"_s;
    article.headline = u"Straße gesperrt - Brücke marode... 🚧"_s;
    article.teaser = u"Die Stadt zahlt 10 % mehr, z. B. für 'Maß'-Arbeit."_s;
    article.authors = {u"Seán O'Brien"_s};
    article.dateline = u"Cafe\u0301-Viertel, Köln"_s; // a combining accent, left alone
    article.photo.caption = u"Die \"alte\" Brücke am 25. Oktober"_s;
    article.photo.credit = u"Foto: dpa"_s;
    article.bodyHtml = u"<p>Er sagte \"Maß halten\" - <strong>\"ja\"</strong>... Café 🙂</p>"
                       u"<p>Gruß, § 5 Abs. 2</p>"_s;
    return article;
}

FormLineEdit *line(MainWindow *window, ArticleField field)
{
    return qobject_cast<FormLineEdit *>(window->form()->fieldWidget(field));
}

// The fields the typesetter touches, as the form shows them, and the body's text.
QStringList shown(MainWindow *window)
{
    const Article article = window->form()->article();
    return {article.kicker, article.headline, article.teaser, article.authors.join(u", "_s), article.dateline,
            article.photo.caption, article.photo.credit, article.photo.altText,
            // toRawText(): toPlainText() would turn the no-break spaces into spaces
            window->form()->bodyEditor()->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n')};
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = TestEnvironment::binaryDir() + u"/shots"_s;
    QDir().mkpath(dir);
    if (!widget->grab().toImage().save(dir + u'/' + name))
        qFatal("cannot write %s", qPrintable(name));
}

QString writeFile(const QString &dir, const QString &name, const QString &text)
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}
} // namespace

class TypographyDeskTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyTypographyToTheWholeArticleAsOneUndoStep()
    {
        // GIVEN an article with straight quotes, hyphens and dots in every text field and the body
        WindowUnderTest ui(AppSettings::UiLanguage::English);
        MainWindow *window = ui.window.get();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const SaveResult saved = ui.repository->save(rawArticle(), 0);
        QVERIFY2(saved.ok(), qPrintable(ui.repository->lastError()));
        QVERIFY(window->openArticle(saved.id));
        const QStringList before = shown(window);
        BodyEditor *body = window->form()->bodyEditor();
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());

        // WHEN the journalist chooses Edit → Apply Typography to Article
        window->actions()->applyTypography->trigger();

        // THEN every field and the body are typeset in German, umlauts, ß and emoji untouched
        const QStringList after = shown(window);
        QCOMPARE(after.at(0), u"„Grüße“ aus Köln"_s);
        QCOMPARE(after.at(1), u"Straße gesperrt" + nbsp + u"– Brücke marode… 🚧"_s);
        QCOMPARE(after.at(2), u"Die Stadt zahlt 10" + nbsp + u"% mehr, z." + nbsp + u"B. für ‚Maß‘-Arbeit."_s);
        QCOMPARE(after.at(3), u"Seán O’Brien"_s);
        QCOMPARE(after.at(4), u"Cafe\u0301-Viertel, Köln"_s);
        QCOMPARE(after.at(5), u"Die „alte“ Brücke am 25." + nbsp + u"Oktober"_s);
        QCOMPARE(after.at(6), u"Foto: dpa"_s);
        QVERIFY2(after.at(8).startsWith(u"Er sagte „Maß halten“" + nbsp + u"– „ja“… Café 🙂"_s), qPrintable(after.at(8)));
        QVERIFY2(after.at(8).endsWith(u"Gruß, §" + nbsp + u"5 Abs." + nbsp + u"2"_s), qPrintable(after.at(8)));
        // AND the bold word kept its format
        QVERIFY2(window->form()->article().bodyHtml.contains(u"<strong>„ja“</strong>"_s),
                 qPrintable(window->form()->article().bodyHtml));
        // AND the status bar says how many places changed: kicker 2, headline 2, teaser 4,
        // byline 1, caption 3, body 7 (a closing quote with the dash after it is one place)
        QCOMPARE(window->typography()->lastMessage(), u"Typography: 19 changes"_s);

        // WHEN Ctrl+Z is pressed once, still in the body
        QVERIFY(window->actions()->undo->isEnabled());
        window->actions()->undo->trigger();
        // THEN everything is back exactly as it was, the body included
        QCOMPARE(shown(window), before);
        QCOMPARE(window->form()->undoStack()->index(), 0);
        // AND Redo brings the whole step back
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        QVERIFY(window->actions()->redo->isEnabled());
        window->actions()->redo->trigger();
        QCOMPARE(shown(window), after);

        // WHEN it is applied again THEN there is nothing left to change, and no undo step
        const int steps = window->form()->undoStack()->count();
        window->actions()->applyTypography->trigger();
        QCOMPARE(window->typography()->lastMessage(), u"Typography: nothing to change"_s);
        QCOMPARE(window->form()->undoStack()->count(), steps);
    }

    void shouldOfferTypographyAfterAnImportAndKeepTheStoredAgencyText()
    {
        // GIVEN agency copy with straight quotes, imported through File → Import…
        WindowUnderTest ui(AppSettings::UiLanguage::English);
        MainWindow *window = ui.window.get();
        window->show();
        window->start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString raw = u"Bahn streikt - \"Pendler\" warten...\n\nDie GDL ruft für Montag zum Streik auf. \"Wir "
                            u"bleiben hart\", sagt die Gewerkschaft. Über 10 % der Züge fallen aus 🚆.\n"_s;
        ui.dialogs.filesAnswer = {writeFile(ui.dir.path(), u"dpa-streik.txt"_s, raw)};
        ImportController *importer = window->importer();
        QSignalSpy finished(importer, &ImportController::finished);
        window->actions()->importFiles->trigger();
        QVERIFY(finished.wait(60'000));
        const qint64 id = finished.first().first().toLongLong();
        QVERIFY(id > 0);
        if (importer->summaryDialog())
            importer->summaryDialog()->close();
        QCOMPARE(window->currentArticleId(), id);

        // THEN the article is stored and shown as it came
        const Article stored = ui.repository->load(id).value_or(Article());
        QCOMPARE(stored.headline, u"Bahn streikt - \"Pendler\" warten..."_s);
        QCOMPARE(window->form()->article().headline, stored.headline);
        // AND a bar above the form offers the typography, with the number of places
        TypographyDesk *desk = window->typography();
        QTRY_VERIFY(desk->offerBar()->isVisible());
        QVERIFY2(desk->offerText().contains(u"7 places"_s), qPrintable(desk->offerText()));
        QVERIFY(!window->hasUnsavedChanges());

        // (docs: the bar as the journalist sees it, in German)
        window->resize(1366, 768);
        QCoreApplication::processEvents();
        saveShot(window, u"typography-offer-after-import.png"_s);

        // WHEN the journalist accepts the offer
        desk->offerButton()->click();
        // THEN the form shows the typeset text, the bar is gone, and the stored text is still raw
        QCOMPARE(window->form()->article().headline, u"Bahn streikt" + nbsp + u"– „Pendler“ warten…"_s);
        QVERIFY(!desk->offerBar()->isVisible());
        QCOMPARE(ui.repository->load(id).value_or(Article()).headline, stored.headline);
        // AND one undo step takes it back
        window->form()->undoStack()->undo();
        QCOMPARE(window->form()->article().headline, stored.headline);
        QVERIFY2(window->form()->bodyEditor()->document()->toPlainText().contains(u"\"Wir bleiben hart\""_s),
                 qPrintable(window->form()->bodyEditor()->document()->toPlainText()));
    }

    void shouldApplyTypographyAfterAnImportAsAVersionOfItsOwnWhenAsked()
    {
        // GIVEN the preference "typography right after an import"
        WindowUnderTest ui(AppSettings::UiLanguage::English);
        ui.settings.setTypographyAfterImport(true);
        MainWindow *window = ui.window.get();
        window->show();
        window->start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ui.dialogs.filesAnswer = {writeFile(ui.dir.path(), u"afp.txt"_s, u"\"Ja\" zur Brücke\n\nDer Rat sagt \"ja\"...\n"_s)};
        QSignalSpy finished(window->importer(), &ImportController::finished);

        // WHEN an agency item is imported
        window->actions()->importFiles->trigger();
        QVERIFY(finished.wait(60'000));
        const qint64 id = finished.first().first().toLongLong();
        if (window->importer()->summaryDialog())
            window->importer()->summaryDialog()->close();

        // THEN the history keeps the agency's text as the first version and the typography as
        // the next one, and nothing is offered any more
        const QList<RevisionInfo> history = ui.repository->history(id).value_or(QList<RevisionInfo>());
        QVERIFY2(history.size() == 2, qPrintable(QString::number(history.size())));
        const Article first = ui.repository->loadRevision(id, 1).value_or(Article());
        const Article second = ui.repository->loadRevision(id, 2).value_or(Article());
        QCOMPARE(first.headline, u"\"Ja\" zur Brücke"_s);
        QCOMPARE(second.headline, u"„Ja“ zur Brücke"_s);
        QVERIFY2(second.bodyHtml.contains(u"„ja“…"_s), qPrintable(second.bodyHtml));
        QVERIFY(!window->hasUnsavedChanges());
        QVERIFY(!window->typography()->offerBar()->isVisible());
        QVERIFY2(window->typography()->lastMessage().contains(u"4 changes"_s), qPrintable(window->typography()->lastMessage()));
    }

    void shouldTypesetTextPastedIntoAFieldOnlyWhenThePreferenceSaysSo()
    {
        // GIVEN an open article and the paste preference as stored in the settings
        WindowUnderTest ui(AppSettings::UiLanguage::English);
        MainWindow *window = ui.window.get();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        Article article;
        article.headline = u"Titel"_s;
        const SaveResult saved = ui.repository->save(article, 0);
        QVERIFY(window->openArticle(saved.id));
        FormLineEdit *teaser = line(window, ArticleField::Teaser);
        const auto pasteInto = [teaser](const QString &text) {
            teaser->setPlainText(QString());
            auto *mime = new QMimeData;
            mime->setText(text);
            QGuiApplication::clipboard()->setMimeData(mime);
            teaser->paste();
            return teaser->text();
        };
        const QString pasted = u"\"Grüß Gott\" - sagt Jürgen 👋"_s;
        // WHEN the preference is off THEN the text stays as it came
        ui.settings.setTypographyOnPaste(false);
        QCOMPARE(pasteInto(pasted), pasted);
        // WHEN it is switched on in the settings THEN the same paste is typeset, live
        ui.settings.setTypographyOnPaste(true);
        QCOMPARE(pasteInto(pasted), u"„Grüß Gott“" + nbsp + u"– sagt Jürgen 👋"_s);
    }
};

QTEST_MAIN(TypographyDeskTest)
#include "typographydesktest.moc"
