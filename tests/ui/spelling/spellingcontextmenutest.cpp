#include "editor/linetextedit.h"
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellingcontextmenu.h"

#include "memorynewsroomwordstore.h"
#include "testenvironment.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// QTest::keyClicks() only knows ASCII; umlauts and ß arrive as key events with their text,
// as from a German keyboard.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
QString personalFile()
{
    return TestEnvironment::home() + u"/newsdesk/personal-dictionary.txt"_s;
}

bool waitUntilDone(SpellHighlighter &highlighter)
{
    if (!highlighter.isBusy())
        return true;
    QSignalSpy finished(&highlighter, &SpellHighlighter::finished);
    return finished.wait(10000);
}

// Viewport position of the middle of the n-th character.
QPoint pointAt(QPlainTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return edit->cursorRect(cursor).center() + QPoint(2, 0);
}

QPoint pointAt(QTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return edit->cursorRect(cursor).center() + QPoint(2, 0);
}

QAction *findAction(QMenu *menu, const char *name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == QLatin1StringView(name))
            return action;
    }
    return nullptr;
}

QStringList actionTexts(QMenu *menu)
{
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions)
        texts.append(action->text());
    return texts;
}
} // namespace

// The demo of the pieces together, as the article form will use them: a headline
// (LineTextEdit) and a body (QTextEdit), each with a SpellHighlighter on the one SpellChecker.
class SpellingContextMenuTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SpellChecker> m_checker;
    MemoryNewsroomWordStore m_store;
    std::unique_ptr<LineTextEdit> m_headline;
    std::unique_ptr<QTextEdit> m_body;
    std::unique_ptr<SpellHighlighter> m_headlineHighlighter;
    std::unique_ptr<SpellHighlighter> m_bodyHighlighter;

private Q_SLOTS:
    void init()
    {
        QFile::remove(personalFile());
        m_store = MemoryNewsroomWordStore();
        m_checker = std::make_unique<SpellChecker>(u"de_DE"_s, personalFile());
        QVERIFY2(m_checker->isValid(), qPrintable(m_checker->validationError()));
        QVERIFY(m_checker->setNewsroomStore(&m_store));
        m_headline = std::make_unique<LineTextEdit>();
        m_headline->resize(600, m_headline->height());
        m_headline->setText(u"Selenskyj trifft die Bundeskanzlerrin"_s);
        m_body = std::make_unique<QTextEdit>();
        m_body->resize(600, 400);
        m_body->setPlainText(u"Die Bundeskanzlerrin empfing Selenskyj in Berlin.\nDie Straßenbahn hielt an der Haltestelle."_s);
        m_headlineHighlighter = std::make_unique<SpellHighlighter>(m_headline->document(), *m_checker);
        m_bodyHighlighter = std::make_unique<SpellHighlighter>(m_body->document(), *m_checker);
        SpellingContextMenu::install(m_headline.get(), *m_checker);
        SpellingContextMenu::install(m_body.get(), *m_checker);
        m_headline->show();
        m_body->show();
        QVERIFY(waitUntilDone(*m_headlineHighlighter));
        QVERIFY(waitUntilDone(*m_bodyHighlighter));
        QCOMPARE(m_headlineHighlighter->misspelledCount(), 2);
        QCOMPARE(m_bodyHighlighter->misspelledCount(), 2);
    }

    void cleanup()
    {
        m_headlineHighlighter.reset();
        m_bodyHighlighter.reset();
        m_headline.reset();
        m_body.reset();
        m_checker.reset();
    }

    void shouldOfferSuggestionsAndReplaceWord()
    {
        // GIVEN the context menu on "Bundeskanzlerrin" in the headline
        const std::unique_ptr<QMenu> menu = SpellingContextMenu::createMenu(m_headline.get(), pointAt(m_headline.get(), 25), *m_checker);
        // THEN the suggestion is there, before the standard actions
        QAction *suggestion = nullptr;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->text() == u"Bundeskanzlerin"_s)
                suggestion = action;
        }
        QVERIFY2(suggestion, qPrintable(actionTexts(menu.get()).join(u'|')));
        QVERIFY(findAction(menu.get(), SpellingContextMenu::ignoreAction));
        QVERIFY(actionTexts(menu.get()).size() > 6); // the standard Undo/Copy/Paste… are kept
        // WHEN it is triggered
        suggestion->trigger();
        // THEN the word is replaced and no longer underlined
        QCOMPARE(m_headline->text(), u"Selenskyj trifft die Bundeskanzlerin"_s);
        QTRY_COMPARE(m_headlineHighlighter->misspelledCount(), 1);
        // AND one undo brings it back
        QVERIFY2(m_headline->document()->isUndoAvailable(), qPrintable(QString::number(m_headline->document()->availableUndoSteps())));
        m_headline->undo();
        QCOMPARE(m_headline->text(), u"Selenskyj trifft die Bundeskanzlerrin"_s);
    }

    void shouldShowOnlyStandardMenuOnCorrectWord()
    {
        // GIVEN the context menu on the correct "Straßenbahn" in the body
        const int position = m_body->toPlainText().indexOf(u"Straßenbahn"_s) + 3;
        const std::unique_ptr<QMenu> menu = SpellingContextMenu::createMenu(m_body.get(), pointAt(m_body.get(), position), *m_checker);
        // THEN no spelling action is offered
        QVERIFY(!findAction(menu.get(), SpellingContextMenu::ignoreAction));
        QVERIFY(!findAction(menu.get(), SpellingContextMenu::suggestionAction));
    }

    void shouldAddToNewsroomDictionaryForAllFields()
    {
        // GIVEN the context menu on "Selenskyj" in the body
        const int position = m_body->toPlainText().indexOf(u"Selenskyj"_s) + 2;
        const std::unique_ptr<QMenu> menu = SpellingContextMenu::createMenu(m_body.get(), pointAt(m_body.get(), position), *m_checker);
        QAction *add = findAction(menu.get(), SpellingContextMenu::addNewsroomAction);
        QVERIFY2(add, qPrintable(actionTexts(menu.get()).join(u'|')));
        QCOMPARE(add->text(), u"Add to newsroom dictionary"_s);
        // WHEN "Add to newsroom dictionary" is triggered
        add->trigger();
        // THEN the store has it and BOTH fields drop the underline at once
        QCOMPARE(m_store.m_words, QStringList{u"Selenskyj"_s});
        QVERIFY(waitUntilDone(*m_bodyHighlighter));
        QVERIFY(waitUntilDone(*m_headlineHighlighter));
        QCOMPARE(m_bodyHighlighter->misspelledCount(), 1);
        QCOMPARE(m_headlineHighlighter->misspelledCount(), 1);
    }

    void shouldAddToPersonalDictionaryFile()
    {
        // GIVEN the context menu on "Selenskyj" in the headline
        const std::unique_ptr<QMenu> menu = SpellingContextMenu::createMenu(m_headline.get(), pointAt(m_headline.get(), 3), *m_checker);
        QAction *add = findAction(menu.get(), SpellingContextMenu::addPersonalAction);
        QVERIFY2(add, qPrintable(actionTexts(menu.get()).join(u'|')));
        // WHEN "Add to my dictionary" is triggered
        add->trigger();
        // THEN our own file has the word, the newsroom store does not, and both fields update
        QFile file(personalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), u"Selenskyj\n"_s);
        QVERIFY(m_store.m_words.isEmpty());
        QVERIFY(waitUntilDone(*m_bodyHighlighter));
        QCOMPARE(m_bodyHighlighter->misspelledCount(), 1);
        QVERIFY(!QFile::exists(TestEnvironment::home() + u"/.hunspell_de_DE"_s));
    }

    void shouldIgnoreWordForTheSession()
    {
        // GIVEN the context menu on "Bundeskanzlerrin" in the body
        const std::unique_ptr<QMenu> menu = SpellingContextMenu::createMenu(m_body.get(), pointAt(m_body.get(), 8), *m_checker);
        QAction *ignore = findAction(menu.get(), SpellingContextMenu::ignoreAction);
        QVERIFY2(ignore, qPrintable(actionTexts(menu.get()).join(u'|')));
        // WHEN "Ignore" is triggered
        ignore->trigger();
        // THEN it is ignored everywhere, but written to no dictionary
        QVERIFY(waitUntilDone(*m_bodyHighlighter));
        QVERIFY(waitUntilDone(*m_headlineHighlighter));
        QCOMPARE(m_bodyHighlighter->misspelledCount(), 1);
        QCOMPARE(m_headlineHighlighter->misspelledCount(), 1);
        QVERIFY(!QFile::exists(personalFile()));
        QVERIFY(m_store.m_words.isEmpty());
    }

    void shouldNotRecheckWhenCursorMovesOrClicks()
    {
        // GIVEN the body after typing a word
        m_body->setFocus();
        m_body->moveCursor(QTextCursor::End);
        typeText(m_body.get(), u" Größe Rechtschreibfeler "_s);
        QTRY_COMPARE(m_bodyHighlighter->misspelledCount(), 3);
        QVERIFY(waitUntilDone(*m_bodyHighlighter));
        const qint64 calls = m_checker->spellerCalls();
        const qint64 blocks = m_bodyHighlighter->highlightedBlocks() + m_headlineHighlighter->highlightedBlocks();
        // WHEN the cursor moves by keys and by mouse clicks
        QTest::keyClick(m_body.get(), Qt::Key_Left);
        QTest::keyClick(m_body.get(), Qt::Key_Home);
        QTest::keyClick(m_body.get(), Qt::Key_Up);
        QTest::keyClick(m_body.get(), Qt::Key_End, Qt::ControlModifier);
        QTest::mouseClick(m_body->viewport(), Qt::LeftButton, {}, pointAt(m_body.get(), 10));
        QTest::mouseClick(m_body->viewport(), Qt::LeftButton, {}, pointAt(m_body.get(), 60));
        QCoreApplication::processEvents();
        // THEN not one word was re-checked and not one block rehighlighted
        QCOMPARE(m_checker->spellerCalls(), calls);
        QCOMPARE(m_bodyHighlighter->highlightedBlocks() + m_headlineHighlighter->highlightedBlocks(), blocks);
    }

    void shouldJudgeTypedWordOnlyWhenFinished()
    {
        // GIVEN the body with the cursor at its end
        m_body->setFocus();
        m_body->moveCursor(QTextCursor::End);
        // WHEN a misspelled word is being typed
        typeText(m_body.get(), u" Rechtschreibfeler"_s);
        QCoreApplication::processEvents();
        // THEN it is not underlined yet
        QCOMPARE(m_bodyHighlighter->misspelledCount(), 2);
        // WHEN the journalist types on past it
        typeText(m_body.get(), u"."_s);
        // THEN it is judged at once
        QTRY_COMPARE(m_bodyHighlighter->misspelledCount(), 3);
        // AND a word left while typing is judged after a pause
        typeText(m_body.get(), u" Bundeskanzlerrin"_s);
        QTRY_COMPARE(m_bodyHighlighter->misspelledCount(), 4);
    }

    void shouldFindWholeHyphenatedWordUnderCursor()
    {
        // GIVEN a text with a hyphenated compound
        QTextDocument document;
        document.setPlainText(u"Die Nordkorea-Soldaten kämpfen."_s);
        QTextCursor cursor(&document);
        cursor.setPosition(16);
        // WHEN the word at the position is asked for
        // THEN the whole compound is selected
        QCOMPARE(SpellingContextMenu::wordAt(cursor).selectedText(), u"Nordkorea-Soldaten"_s);
        cursor.setPosition(3);
        QCOMPARE(SpellingContextMenu::wordAt(cursor).selectedText(), u"Die"_s);
    }
};

QTEST_MAIN(SpellingContextMenuTest)
#include "spellingcontextmenutest.moc"
