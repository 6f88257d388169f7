#include "actions/appactions.h"
#include "testenvironment.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "history/comparedialog.h"
#include "history/historypanel.h"
#include "mainwindow.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"
#include "../support/typing.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
FormLineEdit *lineEdit(MainWindow &window, ArticleField field)
{
    return qobject_cast<FormLineEdit *>(window.form()->fieldWidget(field));
}

// The text of a comparison, with the words that are marked inserted or deleted collected apart.
struct Marked {
    QStringList inserted;
    QStringList deleted;
};

Marked marked(QTextBrowser *view)
{
    Marked result;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.fontStrikeOut())
                result.deleted.append(fragment.text());
            else if (format.fontUnderline())
                result.inserted.append(fragment.text());
        }
    }
    return result;
}

CompareDialog *openedCompareWindow(MainWindow &window, int revision)
{
    window.actions()->showHistory->trigger();
    HistoryPanel *history = window.history();
    if (!history->selectRevision(revision))
        return nullptr;
    QTest::mouseClick(history->compareButton(), Qt::LeftButton);
    return history->compareWindow();
}
} // namespace

// Issue #12, item 5: what a copy editor sees when comparing versions. Each test replays the
// journalist's steps through the real window on a real SQLite file.
class CompareWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<DialogStub> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    int m_firstSave = 0; // the revision the first save made

    // An article saved once, with headline and two paragraphs.
    void startWithSavedArticle(const QString &headline)
    {
        m_repository = std::move(RepositoryFactory::open(m_dir.filePath(u"news.sqlite"_s)).repository);
        QVERIFY(m_repository);
        m_dialogs = std::make_unique<DialogStub>();
        m_dialogs->questionAnswer = false; // no sample articles
        m_window = std::make_unique<MainWindow>(m_repository.get(), m_dialogs.get());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        m_window->actions()->newArticle->trigger();
        Typing::type(lineEdit(*m_window, ArticleField::Headline), headline);
        Typing::type(m_window->form()->bodyEditor(), u"Der Stadtrat tagt im Plenarsaal."_s);
        QTest::keyClick(m_window->form()->bodyEditor(), Qt::Key_Return);
        Typing::type(m_window->form()->bodyEditor(), u"Die Sitzung ist öffentlich."_s);
        QVERIFY(m_window->saveArticle());
        m_firstSave = m_window->form()->article().revision;
        QVERIFY(m_firstSave > 0);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"news.sqlite"_s));
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_repository.reset();
    }

    void shouldMarkOnlyTheSentenceAddedAtTheEnd()
    {
        // GIVEN a saved article
        startWithSavedArticle(u"Stadtrat berät über Übergangsfinanzierung"_s);
        // WHEN one sentence is added at the end of the body, saved, and the first version compared
        Typing::type(m_window->form()->bodyEditor(), u" Beginn ist um 18 Uhr."_s);
        QVERIFY(m_window->saveArticle());
        CompareDialog *compare = openedCompareWindow(*m_window, m_firstSave);
        QVERIFY(compare);
        // THEN only that sentence is marked, as inserted; nothing is marked deleted
        const Marked marks = marked(compare->view());
        QCOMPARE(marks.inserted.join(QString()), u" Beginn ist um 18 Uhr."_s);
        QVERIFY2(marks.deleted.isEmpty(), qPrintable(marks.deleted.join(u'|')));
        // AND the unchanged headline is not shown as a change
        QVERIFY2(!compare->view()->toPlainText().contains(u"Übergangsfinanzierung"_s),
                 qPrintable(compare->view()->toPlainText()));
        // AND the panel beside the form shows the same, in one column
        const Marked inPanel = marked(m_window->history()->comparisonView());
        QCOMPARE(inPanel.inserted.join(QString()), u" Beginn ist um 18 Uhr."_s);
    }

    void shouldFoldLongUnchangedStretchesInThePanel()
    {
        // GIVEN a saved article of seven paragraphs
        startWithSavedArticle(u"Haushalt beschlossen"_s);
        for (const QString &paragraph : {u"Dritter Absatz."_s, u"Vierter Absatz."_s, u"Fünfter Absatz."_s,
                                         u"Sechster Absatz."_s, u"Siebter Absatz über Straßenbäume."_s}) {
            QTest::keyClick(m_window->form()->bodyEditor(), Qt::Key_Return);
            Typing::type(m_window->form()->bodyEditor(), paragraph);
        }
        QVERIFY(m_window->saveArticle());
        const int sevenParagraphs = m_window->form()->article().revision;
        // WHEN a sentence is added to the last paragraph and that version is compared in the panel
        Typing::type(m_window->form()->bodyEditor(), u" Nachtrag."_s);
        m_window->actions()->showHistory->trigger();
        QVERIFY(m_window->history()->selectRevision(sevenParagraphs));
        // THEN the panel shows the change with one paragraph before it, and folds the other five
        const QString panel = m_window->history()->comparisonView()->toPlainText();
        QVERIFY2(panel.contains(u"⋯ 5 unchanged paragraph"_s), qPrintable(panel));
        QVERIFY2(panel.contains(u"Sechster Absatz."_s) && !panel.contains(u"Fünfter Absatz."_s), qPrintable(panel));
        QCOMPARE(marked(m_window->history()->comparisonView()).inserted.join(QString()), u" Nachtrag."_s);
        // AND the compare window shows the whole text
        CompareDialog *compare = openedCompareWindow(*m_window, sevenParagraphs);
        QVERIFY(compare);
        QVERIFY2(compare->view()->toPlainText().contains(u"Fünfter Absatz."_s), qPrintable(compare->view()->toPlainText()));
    }

    void shouldShowARemovedDoubleSpaceAsWhitespaceOnly()
    {
        // GIVEN a saved headline with a double space
        startWithSavedArticle(u"Stadtrat  berät"_s);
        // WHEN the double space is removed and the article saved
        FormLineEdit *headline = lineEdit(*m_window, ArticleField::Headline);
        headline->setFocus();
        QTest::keyClick(headline, Qt::Key_End);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(headline, Qt::Key_Left);
        QTest::keyClick(headline, Qt::Key_Backspace);
        QCOMPARE(m_window->form()->article().headline, u"Stadtrat berät"_s);
        QVERIFY(m_window->saveArticle());
        CompareDialog *compare = openedCompareWindow(*m_window, m_firstSave);
        QVERIFY(compare);
        // THEN the comparison says that only spaces changed, and shows the removed space
        const QString text = compare->view()->toPlainText();
        QVERIFY2(text.contains(u"only spaces or line breaks changed"_s), qPrintable(text));
        QCOMPARE(marked(compare->view()).deleted, QStringList{u"␣"_s});
    }

    void shouldCompareEveryFieldWithoutFakePhotoText()
    {
        // GIVEN a saved article without a photo
        startWithSavedArticle(u"Stadtrat berät"_s);
        // WHEN a related link and a section are added and the article saved
        QVERIFY(m_window->form()->bodyEditor());
        Typing::type(lineEdit(*m_window, ArticleField::Kicker), u"Haushalt"_s);
        QVERIFY(m_window->saveArticle());
        CompareDialog *compare = openedCompareWindow(*m_window, m_firstSave);
        QVERIFY(compare);
        // THEN with unchanged fields shown every field is listed, the photo as "(no photo)"
        compare->showUnchanged()->setChecked(true);
        const QString text = compare->view()->toPlainText();
        for (const QString &label : {u"Section"_s, u"Status"_s, u"Kicker"_s, u"Headline"_s, u"Teaser"_s, u"Byline"_s,
                                     u"Dateline"_s, u"Publication date"_s, u"Language"_s, u"Body"_s, u"Photo"_s,
                                     u"Caption"_s, u"Photo credit"_s, u"Alt text"_s, u"Related links"_s})
            QVERIFY2(text.contains(label), qPrintable(label + u" missing in: "_s + text));
        QVERIFY2(text.contains(u"(no photo)"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"()"_s), qPrintable(text));
        // AND the window is large enough to read: most of the screen, far wider than the side panel
        const int available = compare->screen()->availableGeometry().width();
        QVERIFY2(compare->width() >= available * 7 / 10 && compare->width() > 2 * m_window->history()->width(),
                 qPrintable(u"%1 of %2, panel %3"_s.arg(compare->width()).arg(available).arg(m_window->history()->width())));
        // AND it names both versions it compares, with their time
        QVERIFY2(compare->olderChooser()->currentText().contains(u"Revision %1 · "_s.arg(m_firstSave)),
                 qPrintable(compare->olderChooser()->currentText()));
        QVERIFY2(compare->newerChooser()->currentText().contains(u"Current state"_s),
                 qPrintable(compare->newerChooser()->currentText()));
        // The screenshot for the record, looked at by a person (build/screenshots).
        QDir().mkpath(TestEnvironment::binaryDir() + u"/screenshots"_s);
        compare->showUnchanged()->setChecked(false);
        compare->grab().save(TestEnvironment::binaryDir() + u"/screenshots/compare-window.png"_s);
    }

    void shouldCloseTheCompareWindowWhenAnotherArticleIsOpened()
    {
        // GIVEN a compare window open on article A
        startWithSavedArticle(u"Artikel A"_s);
        const qint64 first = m_window->currentArticleId();
        Typing::type(m_window->form()->bodyEditor(), u" Mehr."_s);
        QVERIFY(m_window->saveArticle());
        QPointer<CompareDialog> compare = openedCompareWindow(*m_window, m_firstSave);
        QVERIFY(compare);
        // WHEN the journalist opens another article
        m_window->actions()->newArticle->trigger();
        QVERIFY(m_window->currentArticleId() != first);
        // THEN the window about A is gone: it never shows A's versions beside B
        QTRY_VERIFY(compare.isNull() || !compare->isVisible());
    }
};

QTEST_MAIN(CompareWindowTest)
#include "comparewindowtest.moc"
