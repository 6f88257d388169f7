#include "../support/dialogstub.h"
#include "actions/appactions.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "findreplace/articlefindbar.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/repositoryfactory.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {
// 14 times "Kiew": once in the headline, three times in the teaser, ten times in the body;
// "Kiewer" twice more, which whole words must leave alone.
Article kyivArticle()
{
    Article article;
    article.headline = u"Kiew meldet Angriffe"_s;
    article.teaser = u"In Kiew, um Kiew und nördlich von Kiew: die Lage."_s;
    article.bodyHtml = u"<p>Kiew ist wach. Kiew zählt. Kiew wartet.</p>"
                       u"<p>Die Kiewer Bürgermeisterin sagt: Kiew hält, Kiew bleibt.</p>"
                       u"<h2>Kiew am Abend</h2><p>Kiew, Kiew, Kiew – und die Kiewer U-Bahn. Kiew.</p>"_s;
    article.photo.caption = u"Blick auf den Dnipro"_s;
    return article;
}

QString fieldText(MainWindow &window, ArticleField field)
{
    QWidget *widget = window.form()->fieldWidget(field);
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        return edit->toPlainText();
    return qobject_cast<FormLineEdit *>(widget)->text();
}

int marks(MainWindow &window, ArticleField field)
{
    QWidget *widget = window.form()->fieldWidget(field);
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        return int(edit->extraSelections().size());
    return int(qobject_cast<QPlainTextEdit *>(widget)->extraSelections().size());
}
} // namespace

// Find and replace inside the open article (Ctrl+H), as the copy desk uses it: every field,
// marks everywhere, Next across fields, Replace All as one undo step.
class ArticleFindBarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // In German, as the copy desk reads it: "14 Ersetzungen in 3 Feldern".
        m_settings = std::make_unique<AppSettings>();
        m_settings->setUiLanguage(AppSettings::UiLanguage::German);
        m_translations = std::make_unique<Translations>(*m_settings);
    }

    void shouldFindMarkAndReplaceAcrossFieldsAsOneUndoStep()
    {
        // GIVEN the article open in the editor
        QTemporaryDir dir;
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"news.sqlite"_s));
        QVERIFY2(opening.repository, qPrintable(opening.error));
        const SaveResult saved = opening.repository->save(kyivArticle(), 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        DialogStub dialogs;
        MainWindow window(opening.repository.get(), &dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(saved.id));
        // The action is named apart from "Find Articles" and sits on Ctrl+H.
        QAction *action = window.actions()->findReplaceInArticle;
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(action->text() != window.actions()->find->text());

        // WHEN Ctrl+H is pressed and "Kiew" searched as a whole word
        action->trigger();
        ArticleFindBar *bar = window.findBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->findEdit()->hasFocus());
        bar->setSearch(u"Kiew"_s, {false, true, false});
        // THEN 14 matches in 3 fields are marked in each field
        QCOMPARE(bar->matchCount(), 14);
        QCOMPARE(bar->fieldCount(), 3);
        QCOMPARE(marks(window, ArticleField::Headline), 1);
        QCOMPARE(marks(window, ArticleField::Teaser), 3);
        QCOMPARE(marks(window, ArticleField::Body), 10);
        QCOMPARE(marks(window, ArticleField::PhotoCaption), 0);

        // WHEN Next is pressed twice and Previous three times
        QVERIFY(bar->findNext());
        QCOMPARE(bar->currentField(), ArticleField::Headline);
        QVERIFY(bar->findNext());
        QCOMPARE(bar->currentField(), ArticleField::Teaser);
        // (the headline, left behind, keeps no selection)
        QVERIFY(!qobject_cast<FormLineEdit *>(window.form()->fieldWidget(ArticleField::Headline))->textCursor().hasSelection());
        QVERIFY(bar->findPrevious());
        QVERIFY(bar->findPrevious());
        // THEN it wraps around to the last match, in the body
        QCOMPARE(bar->currentIndex(), 13);
        QCOMPARE(bar->currentField(), ArticleField::Body);
        QCOMPARE(window.form()->bodyEditor()->textCursor().selectedText(), u"Kiew"_s);

        // WHEN all are replaced with "Kyjiw"
        const QString bodyBefore = fieldText(window, ArticleField::Body);
        bar->setReplacement(u"Kyjiw"_s);
        QCOMPARE(bar->replaceAll(), 14);
        // THEN every field changed, Kiewer stayed, and the bar says how much, in German
        QCOMPARE(fieldText(window, ArticleField::Headline), u"Kyjiw meldet Angriffe"_s);
        QCOMPARE(fieldText(window, ArticleField::Teaser), u"In Kyjiw, um Kyjiw und nördlich von Kyjiw: die Lage."_s);
        QCOMPARE(fieldText(window, ArticleField::Body).count(u"Kyjiw"_s), 10);
        QCOMPARE(fieldText(window, ArticleField::Body).count(u"Kiewer"_s), 2);
        QVERIFY2(bar->statusText() == u"14 Ersetzungen in 3 Feldern"_s, qPrintable(bar->statusText()));
        QCOMPARE(bar->matchCount(), 0);

        // WHEN the copy editor presses Ctrl+Z once
        window.actions()->undo->trigger();
        // THEN the whole replacement is undone, in all three fields
        QCOMPARE(fieldText(window, ArticleField::Headline), u"Kiew meldet Angriffe"_s);
        QCOMPARE(fieldText(window, ArticleField::Teaser), u"In Kiew, um Kiew und nördlich von Kiew: die Lage."_s);
        QCOMPARE(fieldText(window, ArticleField::Body), bodyBefore);
        // AND Ctrl+Y brings it back
        window.actions()->redo->trigger();
        QCOMPARE(fieldText(window, ArticleField::Body).count(u"Kyjiw"_s), 10);
        QCOMPARE(fieldText(window, ArticleField::Headline), u"Kyjiw meldet Angriffe"_s);

        // WHEN the bar is closed THEN no field keeps a mark
        bar->setSearch(u"Kyjiw"_s, {});
        QCOMPARE(marks(window, ArticleField::Body), 10);
        Q_EMIT bar->closeRequested();
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(marks(window, ArticleField::Body), 0);
    }

    void shouldReplaceOneMatchAndMoveOn()
    {
        QTemporaryDir dir;
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"news.sqlite"_s));
        QVERIFY2(opening.repository, qPrintable(opening.error));
        const SaveResult saved = opening.repository->save(kyivArticle(), 0);
        DialogStub dialogs;
        MainWindow window(opening.repository.get(), &dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(saved.id));
        window.actions()->findReplaceInArticle->trigger();
        ArticleFindBar *bar = window.findBar();
        bar->setSearch(u"kiew"_s, {true, false, false}); // match case: none
        QCOMPARE(bar->matchCount(), 0);
        QVERIFY2(!bar->statusText().isEmpty(), "no 'not found' message");
        bar->setSearch(u"K(iew)"_s, {true, true, true});
        QCOMPARE(bar->matchCount(), 14);
        bar->setReplacement(u"Ky\\1"_s);
        QVERIFY(bar->findNext());
        QVERIFY(bar->replaceCurrent());
        QCOMPARE(fieldText(window, ArticleField::Headline), u"Kyiew meldet Angriffe"_s);
        QCOMPARE(bar->matchCount(), 13);
        QCOMPARE(bar->currentField(), ArticleField::Teaser);
    }

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
};

QTEST_MAIN(ArticleFindBarTest)
#include "articlefindbartest.moc"
