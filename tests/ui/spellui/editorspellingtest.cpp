#include "actions/appactions.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "mainwindow.h"
#include "photo/photopanel.h"
#include "spelling/repositorynewsroomwordstore.h"
#include "spelling/spellchecker.h"
#include "spelling/spellcheckdialog.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellingcontextmenu.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "testenvironment.h"
#include "validation/checklistpanel.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// The real editor window on a real SQLite file with the real German Sonnet dictionary, wired
// as app/main.cpp wires it.
struct Editor {
    QTemporaryDir dir;
    std::unique_ptr<ArticleRepository> repository;
    std::unique_ptr<SpellChecker> checker;
    std::unique_ptr<RepositoryNewsroomWordStore> store;
    DialogStub dialogs;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"news.sqlite"_s));
        if (!opening.repository)
            return false;
        repository = std::move(opening.repository);
        checker = std::make_unique<SpellChecker>(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
        store = std::make_unique<RepositoryNewsroomWordStore>(*repository);
        if (!checker->isValid() || !checker->setNewsroomStore(store.get()))
            return false;
        dialogs.questionAnswer = false; // no sample article
        window = std::make_unique<MainWindow>(repository.get(), &dialogs);
        window->setSpellChecker(checker.get());
        window->show();
        window->start();
        window->actions()->newArticle->trigger();
        return window->currentArticleId() > 0;
    }

    [[nodiscard]] ArticleForm *form() const { return window->form(); }
    [[nodiscard]] SpellHighlighter *highlighter(ArticleField field) const { return form()->highlighter(field); }
};

// Waits (on signals, never a fixed sleep) until the highlighter has judged everything,
// including the word left unjudged while typing.
bool settle(SpellHighlighter *highlighter)
{
    if (highlighter->isBusy()) {
        QSignalSpy finished(highlighter, &SpellHighlighter::finished);
        if (!finished.wait(10000))
            return false;
    }
    return true;
}

QStringList words(SpellHighlighter *highlighter)
{
    QStringList result;
    const auto misspelled = highlighter->misspelledWords();
    for (const MisspelledWord &word : misspelled)
        result.append(word.word);
    return result;
}

// Underlined ranges of the first block: what the journalist sees.
int underlinedRanges(SpellHighlighter *highlighter)
{
    int count = 0;
    const auto ranges = highlighter->document()->firstBlock().layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ++count;
    }
    return count;
}
} // namespace

// Spell checking in the real editor window: what issue 5 promises the journalist.
class EditorSpellingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFlagABadWordInHeadlineAndBodyButNotACompound()
    {
        // GIVEN the editor with a new article
        Editor editor;
        QVERIFY(editor.open());
        // WHEN a known-bad German word and a correct compound are typed into headline and body
        // (the space after the word ends it, so it is judged at once)
        Typing::type(editor.form()->fieldWidget(ArticleField::Headline), u"Rechtschreibfeler Übergangsfinanzierung "_s);
        Typing::type(editor.form()->bodyEditor(), u"Ein Rechtschreibfeler in der Übergangsfinanzierung. "_s);
        SpellHighlighter *headline = editor.highlighter(ArticleField::Headline);
        SpellHighlighter *body = editor.highlighter(ArticleField::Body);
        QVERIFY(headline && body);
        QVERIFY(settle(headline) && settle(body));
        QTRY_COMPARE_WITH_TIMEOUT(editor.form()->misspelledCount(), 2, 5000);
        // THEN only the bad word is flagged, in both fields, with a red wavy underline
        QCOMPARE(words(headline), QStringList{u"Rechtschreibfeler"_s});
        QCOMPARE(words(body), QStringList{u"Rechtschreibfeler"_s});
        QCOMPARE(underlinedRanges(headline), 1);
        QCOMPARE(underlinedRanges(body), 1);
        // AND the status bar counts them
        QVERIFY2(editor.window->statusText().contains(u"2 misspelled word"_s), qPrintable(editor.window->statusText()));
        // AND the checklist lists the words with their field
        // (other findings, such as the empty byline's hint, may be listed before them)
        const auto spellingFindings = [&editor] {
            QStringList fields;
            const auto findings = editor.window->checklist()->findings();
            for (const ChecklistFinding &finding : findings) {
                if (finding.message.contains(u"Rechtschreibfeler"_s))
                    fields.append(finding.field);
            }
            return fields;
        };
        QTRY_COMPARE_WITH_TIMEOUT(spellingFindings().size(), 2, 5000);
        const QStringList fields = spellingFindings();
        QVERIFY2(fields.contains(u"headline"_s) && fields.contains(u"body"_s), qPrintable(fields.join(u", "_s)));
    }

    void shouldCheckCaptionAndAltTextToo()
    {
        // GIVEN the editor
        Editor editor;
        QVERIFY(editor.open());
        // WHEN a bad word goes into the photo caption and the alt text
        editor.form()->photoPanel()->captionEdit()->setText(u"Ein Rechtschreibfeler"_s);
        editor.form()->photoPanel()->altTextEdit()->setText(u"Ein Rechtschreibfeler"_s);
        QVERIFY(settle(editor.highlighter(ArticleField::PhotoCaption)));
        QVERIFY(settle(editor.highlighter(ArticleField::PhotoAlt)));
        // THEN both are flagged
        QCOMPARE(words(editor.highlighter(ArticleField::PhotoCaption)), QStringList{u"Rechtschreibfeler"_s});
        QCOMPARE(words(editor.highlighter(ArticleField::PhotoAlt)), QStringList{u"Rechtschreibfeler"_s});
    }

    void shouldClearAWordInAllFieldsWhenAddedToTheNewsroomDictionary()
    {
        // GIVEN a bad word in headline and body
        Editor editor;
        QVERIFY(editor.open());
        auto *headlineEdit = qobject_cast<FormLineEdit *>(editor.form()->fieldWidget(ArticleField::Headline));
        QVERIFY(headlineEdit);
        Typing::type(headlineEdit, u"Rechtschreibfeler "_s);
        Typing::type(editor.form()->bodyEditor(), u"Noch ein Rechtschreibfeler. "_s);
        QTRY_COMPARE_WITH_TIMEOUT(editor.form()->misspelledCount(), 2, 5000);
        // WHEN the headline's context menu on the word adds it to the newsroom dictionary
        QTextCursor cursor(headlineEdit->document());
        cursor.setPosition(3);
        const QPoint point = headlineEdit->cursorRect(cursor).center();
        std::unique_ptr<QMenu> menu = SpellingContextMenu::createMenu(headlineEdit, point, *editor.checker);
        QAction *add = menu->findChild<QAction *>(QString::fromLatin1(SpellingContextMenu::addNewsroomAction));
        QVERIFY2(add, "no 'Add to newsroom dictionary' in the menu");
        add->trigger();
        // THEN the word is no longer flagged in ANY field
        QVERIFY(settle(editor.highlighter(ArticleField::Headline)) && settle(editor.highlighter(ArticleField::Body)));
        QTRY_COMPARE_WITH_TIMEOUT(editor.form()->misspelledCount(), 0, 5000);
        QCOMPARE(underlinedRanges(editor.highlighter(ArticleField::Body)), 0);
        // AND the database holds it, for everyone on that database
        const auto stored = editor.repository->newsroomWords();
        QVERIFY(stored);
        QVERIFY2(stored->contains(u"Rechtschreibfeler"_s), qPrintable(stored->join(u", "_s)));
    }

    void shouldRecheckWhenTheArticleLanguageChanges()
    {
        // GIVEN an English word in a German article: flagged
        Editor editor;
        QVERIFY(editor.open());
        Typing::type(editor.form()->bodyEditor(), u"The weather tomorrow. "_s);
        SpellHighlighter *body = editor.highlighter(ArticleField::Body);
        QTRY_VERIFY_WITH_TIMEOUT(words(body).contains(u"weather"_s), 5000);
        // WHEN the article's language is switched to US English
        QComboBox *language = editor.form()->languageCombo();
        language->setCurrentIndex(language->findData(u"en-US"_s));
        // THEN the checker uses the English dictionary, the word is fine, and the article says so
        QCOMPARE(editor.checker->language(), u"en_US"_s);
        QVERIFY(settle(body));
        QTRY_VERIFY_WITH_TIMEOUT(!words(body).contains(u"weather"_s), 5000);
        QCOMPARE(editor.form()->article().language, u"en-US"_s);
    }

    void shouldReplaceInTheBodyFromTheF7Dialog()
    {
        // GIVEN a bad word in the body
        Editor editor;
        QVERIFY(editor.open());
        Typing::type(editor.form()->bodyEditor(), u"Ein Rechtschreibfeler hier. "_s);
        QTRY_COMPARE_WITH_TIMEOUT(editor.form()->misspelledCount(), 1, 5000);
        // WHEN F7 opens the dialog and the word is replaced
        QCOMPARE(editor.window->actions()->checkSpelling->shortcut(), QKeySequence(Qt::Key_F7));
        editor.window->actions()->checkSpelling->trigger();
        SpellCheckDialog *dialog = editor.window->spellCheckDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->currentWord(), u"Rechtschreibfeler"_s);
        QCOMPARE(dialog->currentFieldLabel(), u"Body"_s);
        dialog->setReplacement(u"Rechtschreibfehler"_s);
        dialog->replace();
        // THEN the body has the correction and nothing is flagged any more
        QCOMPARE(editor.form()->bodyEditor()->toPlainText(), u"Ein Rechtschreibfehler hier. "_s);
        QVERIFY(dialog->isFinished());
        QTRY_COMPARE_WITH_TIMEOUT(editor.form()->misspelledCount(), 0, 5000);
    }

    void shouldKeepSingleLineFieldsOnOneLine()
    {
        // GIVEN the headline
        Editor editor;
        QVERIFY(editor.open());
        QWidget *headline = editor.form()->fieldWidget(ArticleField::Headline);
        headline->setFocus();
        Typing::type(headline, u"Kurz"_s);
        // WHEN Enter is pressed
        QTest::keyClick(headline, Qt::Key_Return);
        // THEN no newline went in
        QCOMPARE(editor.form()->article().headline, u"Kurz"_s);
    }
};

QTEST_MAIN(EditorSpellingTest)
#include "editorspellingtest.moc"
