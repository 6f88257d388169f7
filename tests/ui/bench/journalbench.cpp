// What one autosave costs the journalist (issue 18): the journal write of a 20,000-word article
// as the window does it when the Autosaver fires (the body's clean HTML written from the
// QTextDocument, then the journal row in SQLite), against a normal save of the same article and
// against one keystroke, all in the same run. The autosave runs on the UI thread, so its cost is
// what a keystroke that arrives during it waits: it decides how often the journal may be written
// (Autosaver's idle and maximum intervals). Run with `tools/dev bench journal`; results go into
// BENCHMARKS.md, "## Autosave every 2 seconds (issue 18)".

#include "benchsupport.h"

#include "articlerepository.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "session/articlesession.h"
#include "session/autosaver.h"
#include "storage/repositoryfactory.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <memory>

class JournalBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(u"Fusion"_s);
        QVERIFY(m_dir.isValid());
        auto opening = RepositoryFactory::open(m_dir.filePath(u"journal.sqlite"_s));
        QVERIFY2(opening.repository, qPrintable(opening.error));
        m_repository = std::move(opening.repository);
        Article big;
        big.section = u"Lokales"_s;
        big.headline = u"Stadtrat beschließt Haushalt"_s;
        big.language = u"de-DE"_s;
        big.bodyHtml = BenchSupport::longBody(20000);
        const SaveResult saved = m_repository->save(big, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        m_window = std::make_unique<MainWindow>(m_repository.get(), &m_dialogs);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openArticle(saved.id));
        // The timers stay out of the way: every journal write here is the benchmark's own.
        m_window->session()->autosaver()->setIdleInterval(3600 * 1000);
        m_window->session()->autosaver()->setMaxInterval(3600 * 1000);
        m_body = m_window->form()->bodyEditor();
        m_body->setFocus();
        QTextCursor middle(m_body->document());
        middle.setPosition(m_body->document()->characterCount() / 2);
        middle.movePosition(QTextCursor::EndOfBlock);
        m_body->setTextCursor(middle);
        QCoreApplication::processEvents();
    }

    // One key typed into the middle of the body: the event, the window's reactions, the repaint.
    void keystrokeBaseline()
    {
        int i = 0;
        QBENCHMARK {
            QTest::sendKeyEvent(QTest::Click, m_body, Qt::Key_unknown, (i++ % 2) ? u"ä"_s : u"e"_s, Qt::NoModifier);
            QCoreApplication::processEvents();
        }
    }

    // The autosave as the Autosaver triggers it (ArticleSession::writeJournal): the form's
    // article, its body written as clean HTML, the journal row upserted in one transaction.
    void journalWriteOf20000Words()
    {
        QBENCHMARK {
            typeOneCharacter();
            QVERIFY(m_window->session()->hasUnsavedChanges());
            QVERIFY2(m_window->writeJournal(), qPrintable(m_repository->lastError()));
        }
    }

    // Its parts: the body's HTML alone, and the repository's journal write alone.
    void journalPartBodyHtml()
    {
        QBENCHMARK {
            const Article article = m_window->form()->article();
            QVERIFY(!article.bodyHtml.isEmpty());
        }
    }

    void journalPartRepositoryWrite()
    {
        const Article article = m_window->session()->article();
        QBENCHMARK {
            QVERIFY2(m_repository->writeJournal(article), qPrintable(m_repository->lastError()));
        }
    }

    // The baseline: a normal save (Ctrl+S) of the same article with one character changed, a new
    // revision with its search index.
    void normalSaveBaseline()
    {
        QBENCHMARK {
            typeOneCharacter();
            QVERIFY2(m_window->saveArticle(), qPrintable(m_repository->lastError()));
        }
    }

private:
    void typeOneCharacter()
    {
        m_body->textCursor().insertText(u"x"_s);
    }

    QTemporaryDir m_dir;
    BenchSupport::SilentDialogs m_dialogs;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<MainWindow> m_window;
    BodyEditor *m_body = nullptr;
};

QTEST_MAIN(JournalBench)
#include "journalbench.moc"
