#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "editor/articleform.h"
#include "session/autosaver.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "mainwindow.h"
#include "related/relatedlinkseditor.h"
#include "storage/repositoryfactory.h"
#include "support/dialogstub.h"
#include "support/typing.h"
#include "validation/checklistpanel.h"

#include <QAction>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<ArticleRepository> openRepository(const QString &path)
{
    RepositoryOpening opening = RepositoryFactory::open(path);
    if (!opening.repository)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opening.error));
    return std::move(opening.repository);
}

FormLineEdit *lineEdit(MainWindow &window, ArticleField field)
{
    return qobject_cast<FormLineEdit *>(window.form()->fieldWidget(field));
}
} // namespace

// The main window on a real SQLite file in a temporary folder: what the journalist does all
// day, from the first start with the sample article to a crash and its recovery.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferTheSampleArticleOnAnEmptyDatabase()
    {
        // GIVEN an empty database
        QTemporaryDir dir;
        auto repository = openRepository(dir.filePath(u"news.sqlite"_s));
        QVERIFY(repository);
        DialogStub dialogs;
        MainWindow window(repository.get(), &dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // WHEN the window starts and the user accepts the offer
        window.start();
        // THEN the two sample articles are listed and the main one is open
        QCOMPARE(dialogs.questions.size(), 1);
        QCOMPARE(window.articleList()->model()->rowCount(), 2);
        const Article article = window.form()->article();
        QVERIFY2(article.headline.contains(u"Straßenbahnlinie"_s), qPrintable(article.headline));
        QCOMPARE(article.photo.width, 1600);
        QCOMPARE(article.photo.mimeType, u"image/jpeg"_s);
        QCOMPARE(article.related.size(), 2);
        QVERIFY(article.related.at(0).isInternal());
        QVERIFY(article.bodyHtml.contains(u"<blockquote>"_s));
        // AND the status bar counts and estimates
        QVERIFY2(window.statusText().contains(u"Reading time: 1 min"_s), qPrintable(window.statusText()));
        QVERIFY2(window.statusText().contains(u"word"_s), qPrintable(window.statusText()));
    }

    void shouldSaveAndReopenWhatWasTyped()
    {
        // GIVEN a new article
        QTemporaryDir dir;
        const QString path = dir.filePath(u"news.sqlite"_s);
        qint64 id = 0;
        {
            auto repository = openRepository(path);
            DialogStub dialogs;
            dialogs.questionAnswer = false; // no sample
            MainWindow window(repository.get(), &dialogs);
            window.show();
            window.start();
            window.actions()->newArticle->trigger();
            id = window.currentArticleId();
            QVERIFY(id > 0);
            // WHEN headline, kicker and body are typed and the article saved
            Typing::type(lineEdit(window, ArticleField::Headline), u"Übergangsfinanzierung für Straßen"_s);
            Typing::type(lineEdit(window, ArticleField::Kicker), u"Haushalt"_s);
            Typing::type(window.form()->bodyEditor(), u"Der Rat hat entschieden."_s);
            QVERIFY(window.hasUnsavedChanges());
            QVERIFY(window.saveArticle());
            QVERIFY(!window.hasUnsavedChanges());
            QVERIFY2(window.statusText().contains(u"Saved "_s), qPrintable(window.statusText()));
        }
        // THEN another connection to the file reads the same article back
        auto reopened = openRepository(path);
        const auto article = reopened->load(id);
        QVERIFY2(article, qPrintable(reopened->lastError()));
        QCOMPARE(article->headline, u"Übergangsfinanzierung für Straßen"_s);
        QCOMPARE(article->kicker, u"Haushalt"_s);
        QCOMPARE(article->bodyHtml.trimmed(), u"<p>Der Rat hat entschieden.</p>"_s);
        // AND the window opens it again after a restart, as the last article
        DialogStub dialogs;
        MainWindow window(reopened.get(), &dialogs);
        window.start();
        QCOMPARE(window.currentArticleId(), id);
        QCOMPARE(window.form()->article().headline, u"Übergangsfinanzierung für Straßen"_s);
    }

    void shouldJournalTypingAndOfferItAfterACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"news.sqlite"_s);
        qint64 id = 0;
        {
            // GIVEN an open article and a short autosave pause
            auto repository = openRepository(path);
            DialogStub dialogs;
            MainWindow window(repository.get(), &dialogs);
            window.autosaver()->setIdleInterval(20);
            window.show();
            window.start();
            id = window.currentArticleId();
            QVERIFY(id > 0);
            // WHEN the journalist types and pauses
            BodyEditor *body = window.form()->bodyEditor();
            body->moveCursor(QTextCursor::End);
            Typing::type(body, u" Nachtrag: Einigung erzielt."_s);
            // THEN the journal holds the typing, without a new revision
            QTRY_VERIFY(!repository->journalEntries().value_or(QList<Article>()).isEmpty());
            QVERIFY2(window.statusText().contains(u"Autosaved"_s), qPrintable(window.statusText()));
            QCOMPARE(repository->history(id)->size(), 1);
            // (the window is destroyed without closing: what a crash leaves behind)
        }
        // WHEN the editor starts again
        auto repository = openRepository(path);
        DialogStub dialogs;
        MainWindow window(repository.get(), &dialogs);
        window.start();
        // THEN it offers the journaled text, and shows it unsaved
        QVERIFY2(dialogs.questions.contains(u"Restore Unsaved Changes"_s), qPrintable(dialogs.questions.join(u", "_s)));
        QCOMPARE(window.currentArticleId(), id);
        QVERIFY2(window.form()->article().bodyHtml.contains(u"Nachtrag: Einigung erzielt."_s),
                 qPrintable(window.form()->article().bodyHtml));
        QVERIFY(window.hasUnsavedChanges());
    }

    void shouldSaveOnCloseSoNothingIsLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"news.sqlite"_s);
        auto repository = openRepository(path);
        qint64 id = 0;
        {
            // GIVEN unsaved typing in the headline
            DialogStub dialogs;
            MainWindow window(repository.get(), &dialogs);
            window.show();
            window.start();
            id = window.currentArticleId();
            FormLineEdit *headline = lineEdit(window, ArticleField::Headline);
            headline->moveCursor(QTextCursor::End);
            Typing::type(headline, u" – Ergänzung"_s);
            // WHEN the window is closed
            QVERIFY(window.close());
        }
        // THEN the text is saved as a revision and the journal is empty
        const auto article = repository->load(id);
        QVERIFY(article->headline.endsWith(u" – Ergänzung"_s));
        QCOMPARE(repository->history(id)->size(), 2);
        QVERIFY(repository->journalEntries()->isEmpty());
    }

    void shouldRouteUndoToTheFocusedBodyOrToTheFields()
    {
        // GIVEN typing in the headline, then in the body
        QTemporaryDir dir;
        auto repository = openRepository(dir.filePath(u"news.sqlite"_s));
        DialogStub dialogs;
        MainWindow window(repository.get(), &dialogs);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.start();
        FormLineEdit *headline = lineEdit(window, ArticleField::Headline);
        const QString headlineBefore = headline->text();
        headline->setFocus();
        headline->moveCursor(QTextCursor::End);
        Typing::type(headline, u" (neu)"_s);
        BodyEditor *body = window.form()->bodyEditor();
        const QString bodyBefore = body->toPlainText();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Ende."_s);
        QTRY_VERIFY(body->hasFocus());
        // WHEN Edit → Undo is used with the body focused
        window.actions()->undo->trigger();
        // THEN the body's typing is taken back, the headline kept
        QCOMPARE(body->toPlainText(), bodyBefore);
        QCOMPARE(headline->text(), headlineBefore + u" (neu)"_s);
        // WHEN the focus is in a field and the undo shortcut (Ctrl+Z) is pressed
        headline->setFocus();
        QTRY_VERIFY(headline->hasFocus());
        QTest::keySequence(headline, window.actions()->undo->shortcut());
        // THEN the field edit is undone
        QCOMPARE(headline->text(), headlineBefore);
        // AND redo brings it back
        QTest::keySequence(headline, window.actions()->redo->shortcut());
        QCOMPARE(headline->text(), headlineBefore + u" (neu)"_s);
    }

    void shouldMoveToTrashAndRestore()
    {
        // GIVEN the two sample articles
        QTemporaryDir dir;
        auto repository = openRepository(dir.filePath(u"news.sqlite"_s));
        DialogStub dialogs;
        MainWindow window(repository.get(), &dialogs);
        window.show();
        window.start();
        const qint64 id = window.currentArticleId();
        // WHEN the open one is moved to the trash
        window.actions()->moveToTrash->trigger();
        // THEN one is left in the list, and the trash shows the other
        QCOMPARE(window.articleList()->model()->rowCount(), 1);
        QVERIFY(window.currentArticleId() != id);
        window.actions()->showTrash->setChecked(true);
        QCOMPARE(window.articleList()->model()->rowCount(), 1);
        QCOMPARE(window.articleList()->selectedId(), id);
        // WHEN it is restored
        window.actions()->restoreFromTrash->trigger();
        // THEN both are listed again and the restored one is open
        QVERIFY(!window.actions()->showTrash->isChecked());
        QCOMPARE(window.articleList()->model()->rowCount(), 2);
        QCOMPARE(window.currentArticleId(), id);
    }

    void shouldMoveEverySelectedArticleToTrashAndBack()
    {
        // GIVEN the two sample articles, both selected
        QTemporaryDir dir;
        auto repository = openRepository(dir.filePath(u"news.sqlite"_s));
        DialogStub dialogs;
        MainWindow window(repository.get(), &dialogs);
        window.show();
        window.start();
        const qint64 current = window.currentArticleId();
        window.articleList()->view()->selectAll();
        QCOMPARE(window.articleList()->selectedIds().size(), 2);
        // WHEN they are moved to the trash
        window.actions()->moveToTrash->trigger();
        // THEN the list is empty, nothing is open and the trash holds both
        QCOMPARE(window.articleList()->model()->rowCount(), 0);
        QCOMPARE(window.currentArticleId(), qint64(0));
        // (no translator in this test: the English source text)
        QVERIFY2(window.statusText().contains(u"2 article"_s), qPrintable(window.statusText()));
        QVERIFY2(!window.statusText().contains(u"word"_s), qPrintable(window.statusText()));
        window.actions()->showTrash->setChecked(true);
        QCOMPARE(window.articleList()->model()->rowCount(), 2);
        // WHEN both are selected in the trash and restored
        window.articleList()->view()->selectAll();
        window.actions()->restoreFromTrash->trigger();
        // THEN both are listed again
        QVERIFY(!window.actions()->showTrash->isChecked());
        QCOMPARE(window.articleList()->model()->rowCount(), 2);
        QVERIFY(window.currentArticleId() != 0);
        QVERIFY(QList<qint64>({window.articleList()->model()->idAt(0), window.articleList()->model()->idAt(1)}).contains(current));
        QCOMPARE(repository->list(ArticleFilter{})->size(), 2);
    }

    void shouldJumpFromAFindingToItsField()
    {
        // GIVEN an article without a headline
        QTemporaryDir dir;
        auto repository = openRepository(dir.filePath(u"news.sqlite"_s));
        DialogStub dialogs;
        dialogs.questionAnswer = false;
        MainWindow window(repository.get(), &dialogs);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.start();
        window.actions()->newArticle->trigger();
        Typing::type(window.form()->bodyEditor(), u"Text"_s);
        // THEN the checklist says so, after a pause in typing
        QTRY_VERIFY(!window.checklist()->findings().isEmpty());
        const auto findings = window.checklist()->findings();
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const ChecklistFinding &f) { return f.field == u"headline"_s; });
        QVERIFY(it != findings.cend());
        // WHEN the finding is activated
        window.form()->bodyEditor()->setFocus();
        QListWidget *list = window.checklist()->list();
        const int row = int(it - findings.cbegin());
        Q_EMIT list->itemActivated(list->item(row));
        // THEN the headline has the focus
        QTRY_VERIFY(lineEdit(window, ArticleField::Headline)->hasFocus());
    }

    void shouldFindOtherArticlesForRelatedLinks()
    {
        // GIVEN the sample articles
        QTemporaryDir dir;
        auto repository = openRepository(dir.filePath(u"news.sqlite"_s));
        DialogStub dialogs;
        MainWindow window(repository.get(), &dialogs);
        window.start();
        RelatedLinksEditor *related = window.form()->relatedEditor();
        const int before = int(related->links().size());
        related->setLinks({});
        // WHEN the journalist searches for the other article
        related->search(u"Anwohner"_s);
        // THEN it is found (the open article itself is never offered) and can be added
        QVERIFY2(related->resultList()->count() >= 1, "no search result");
        QVERIFY(related->addSearchResult(0));
        QCOMPARE(related->links().size(), 1);
        QVERIFY(related->links().constFirst().isInternal());
        QVERIFY(before == 2);
        // AND the change is undoable, on the side panel's own history (photo and links, issue #12)
        QVERIFY(window.form()->sideUndoStack()->canUndo());
        QVERIFY(!window.form()->undoStack()->canUndo());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
