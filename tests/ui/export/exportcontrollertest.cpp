#include "about/aboutdialog.h"
#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "export/exportcontroller.h"
#include "export/slug.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "settings/appsettings.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "validation/checklistpanel.h"

#include <QAction>
#include <algorithm>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<ArticleRepository> openRepository(const QString &path)
{
    RepositoryOpening opening = RepositoryFactory::open(path);
    if (!opening.repository)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opening.error));
    return std::move(opening.repository);
}

QStringList filesIn(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

bool hasHeadlineError(const QList<ChecklistFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const ChecklistFinding &f) {
        return f.field == u"headline"_s && f.severity == ChecklistFinding::Severity::Error;
    });
}
} // namespace

// The editor window's export, preview, checklist, preferences and About wiring, on a real
// SQLite file with the sample articles and real exports into a temporary folder. The folder
// dialog is replaced through ExportController's seam; no modal dialog is ever exec()'d.
class ExportControllerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<DialogStub> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QString m_exportFolder;

private Q_SLOTS:
    void init()
    {
        // GIVEN the window on a fresh database with the two sample articles open
        m_repository = openRepository(m_dir.filePath(u"news-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_repository);
        m_dialogs = std::make_unique<DialogStub>();
        m_window = std::make_unique<MainWindow>(m_repository.get(), m_dialogs.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        QVERIFY(m_window->currentArticleId() > 0);
        m_exportFolder = m_dir.filePath(u"export-%1"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        const QString folder = m_exportFolder;
        m_dialogs->folderAnswer = folder;
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_repository.reset();
    }

    void shouldExportTheCurrentArticleAsAPageWithItsPhoto()
    {
        // WHEN File → Export HTML… is chosen
        QCOMPARE(m_window->actions()->exportHtml->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        m_window->actions()->exportHtml->trigger();
        // THEN the folder holds the page and the photo's renditions, and the status bar says where
        const QStringList pages = filesIn(m_exportFolder, u"*.html"_s);
        QVERIFY2(pages.size() == 1, qPrintable(QDir(m_exportFolder).entryList().join(u", "_s)));
        QVERIFY2(!filesIn(m_exportFolder, u"*.jpg"_s).isEmpty(), qPrintable(QDir(m_exportFolder).entryList().join(u", "_s)));
        QVERIFY2(m_window->statusText().contains(pages.first()), qPrintable(m_window->statusText()));
    }

    void shouldExportNinjsThroughTheRegistry()
    {
        // WHEN File → Export ninjs… is chosen
        QVERIFY(m_window->actions()->exportNinjs->isVisible());
        m_window->actions()->exportNinjs->trigger();
        // THEN a JSON file is written
        QVERIFY2(filesIn(m_exportFolder, u"*.json"_s).size() == 1, qPrintable(m_window->statusText()));
    }

    void shouldExportAllArticlesInABatch()
    {
        // GIVEN a third article
        m_window->actions()->newArticle->trigger();
        QCOMPARE(m_window->articleList()->model()->rowCount(), 3);
        // WHEN all articles are exported
        m_window->actions()->exportAll->trigger();
        // THEN three pages are written and the status bar counts them
        const QStringList pages = filesIn(m_exportFolder, u"*.html"_s);
        QVERIFY2(pages.size() == 3, qPrintable(pages.join(u", "_s)));
        QVERIFY2(m_window->statusText().contains(u"3"_s), qPrintable(m_window->statusText()));
    }

    void shouldStopABatchWhenCancelled()
    {
        // GIVEN three articles and a user who cancels after the first one
        m_window->actions()->newArticle->trigger();
        ExportController *exporter = m_window->exporter();
        connect(exporter, &ExportController::progressed, this, [exporter](int done) {
            if (done == 1 && exporter->progressDialog())
                exporter->progressDialog()->cancel();
        });
        // WHEN all articles are exported
        m_window->actions()->exportAll->trigger();
        // THEN only the first page is written and the status bar says the batch was cancelled
        const QStringList pages = filesIn(m_exportFolder, u"*.html"_s);
        QVERIFY2(pages.size() == 1, qPrintable(pages.join(u", "_s)));
        QVERIFY2(m_window->statusText().contains(u"cancelled"_s), qPrintable(m_window->statusText()));
        // AND says how many of the batch were written, all of them whole (page and photo)
        QVERIFY2(m_window->statusText().contains(u"1 of 3"_s), qPrintable(m_window->statusText()));
        const QString base = pages.value(0).chopped(5);
        const QStringList all = QDir(m_exportFolder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(std::all_of(all.cbegin(), all.cend(), [&base](const QString &file) { return file.startsWith(base); }),
                 qPrintable(all.join(u", "_s)));
    }

    void shouldExportExactlyTheSelectedArticles()
    {
        // GIVEN five articles (the two samples and three more)
        for (const QString &headline : {u"Neue Brücke über die Saale"_s, u"Stadtrat beschließt Haushalt"_s,
                                        u"Freibad öffnet früher"_s}) {
            Article article;
            article.language = u"de-DE"_s;
            article.headline = headline;
            article.bodyHtml = u"<p>Text.</p>"_s;
            QVERIFY(m_repository->save(article, 0).ok());
        }
        ArticleListPanel *list = m_window->articleList();
        list->reload();
        ArticleListModel *model = list->model();
        QCOMPARE(model->rowCount(), 5);
        // WHEN the journalist selects rows 1, 2 and 4 (click, Ctrl-click, Ctrl-click)
        const auto click = [list, model](int row, Qt::KeyboardModifiers modifiers) {
            const QRect rect = list->view()->visualRect(model->index(row, ArticleListModel::Headline));
            QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, modifiers, rect.center());
        };
        click(1, Qt::NoModifier);
        click(2, Qt::ControlModifier);
        click(4, Qt::ControlModifier);
        QStringList expected;
        for (const int row : {1, 2, 4})
            expected << Slug::fromHeadline(model->summaryAt(row).headline) + u".html"_s;
        expected.sort();
        QCOMPARE(list->selectedIds().size(), 3);
        // AND chooses File → Export Selected as HTML…
        QVERIFY(m_window->actions()->exportSelectedHtml->isEnabled());
        m_window->actions()->exportSelectedHtml->trigger();
        // THEN exactly those three pages are written, and the status bar counts them
        const QStringList pages = filesIn(m_exportFolder, u"*.html"_s);
        QVERIFY2(pages == expected, qPrintable(pages.join(u", "_s) + u" / "_s + expected.join(u", "_s)));
        QVERIFY2(m_window->statusText().contains(u"3"_s), qPrintable(m_window->statusText()));
        // AND the form still shows the last one clicked
        QCOMPARE(m_window->currentArticleId(), model->idAt(4));
    }

    void shouldExportTheSelectionAsNinjs()
    {
        // GIVEN both sample articles selected with Ctrl+A in the list
        ArticleListPanel *list = m_window->articleList();
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(list->selectedIds().size(), 2);
        // WHEN they are exported as ninjs
        m_window->actions()->exportSelectedNinjs->trigger();
        // THEN two JSON files are written
        const QStringList files = filesIn(m_exportFolder, u"*.json"_s);
        QVERIFY2(files.size() == 2, qPrintable(files.join(u", "_s) + u" / "_s + m_window->statusText()));
    }

    void shouldUpdateThePreviewAfterTyping()
    {
        // GIVEN the preview tab shown
        auto *side = m_window->findChild<QTabWidget *>(u"sidePanel"_s);
        QVERIFY(side);
        side->setCurrentWidget(m_window->preview());
        // (rendered on the preview's worker thread: it arrives a moment later)
        QTRY_VERIFY2(m_window->preview()->toPlainText().contains(u"Straßenbahnlinie"_s),
                     qPrintable(m_window->preview()->toPlainText().left(200)));
        // WHEN the journalist types into the body
        BodyEditor *body = m_window->form()->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        Typing::type(body, u" Zusätzlicher Schlusssatz"_s);
        // THEN the preview follows after the pause
        QTRY_VERIFY2(m_window->preview()->toPlainText().contains(u"Zusätzlicher Schlusssatz"_s),
                     qPrintable(m_window->preview()->toPlainText().right(200)));
    }

    void shouldListARequiredHeadlineUntilOneIsTyped()
    {
        // GIVEN a new article without a headline
        m_window->actions()->newArticle->trigger();
        QTRY_VERIFY(hasHeadlineError(m_window->checklist()->findings()));
        QVERIFY2(!m_window->statusText().contains(u"0 warning"_s), qPrintable(m_window->statusText()));
        // WHEN a headline is typed
        QWidget *headline = m_window->form()->fieldWidget(ArticleField::Headline);
        headline->setFocus();
        Typing::type(headline, u"Neue Brücke eröffnet"_s);
        // THEN the finding goes away
        QTRY_VERIFY(!hasHeadlineError(m_window->checklist()->findings()));
    }

    void shouldOpenPreferencesAndAboutWithoutBlocking()
    {
        // GIVEN the window with settings
        AppSettings settings;
        m_window->setSettings(&settings);
        QVERIFY(!m_window->actions()->preferences->shortcuts().isEmpty()
                || QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty());
        // WHEN Edit → Preferences… is chosen THEN the dialog opens (window-modal, not exec'd)
        m_window->actions()->preferences->trigger();
        QVERIFY(qobject_cast<PreferencesDialog *>(m_window->lastDialog()));
        QVERIFY(m_window->lastDialog()->isVisible());
        m_window->lastDialog()->reject();
        // WHEN Help → About Newsdesk is chosen THEN the About dialog opens
        m_window->actions()->about->trigger();
        QVERIFY(qobject_cast<AboutDialog *>(m_window->lastDialog()));
        m_window->lastDialog()->reject();
        m_window->setSettings(nullptr);
    }

    void shouldGiveEveryMenuEntryItsOwnMnemonic()
    {
        // GIVEN the window's menu bar
        auto *bar = m_window->findChild<QMenuBar *>();
        QVERIFY(bar);
        QSet<QChar> menus;
        for (QAction *menuAction : bar->actions()) {
            QMenu *menu = menuAction->menu();
            QVERIFY(menu);
            // THEN each menu has its own key, and within it every entry has a key of its own
            const QChar key = mnemonic(menuAction->text());
            QVERIFY2(!key.isNull() && !menus.contains(key), qPrintable(menuAction->text()));
            menus.insert(key);
            QSet<QChar> entries;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QChar entry = mnemonic(action->text());
                QVERIFY2(!entry.isNull() && !entries.contains(entry),
                         qPrintable(menu->title() + u" → "_s + action->text()));
                entries.insert(entry);
            }
        }
    }

private:
    static QChar mnemonic(const QString &text)
    {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    }
};

QTEST_MAIN(ExportControllerTest)
#include "exportcontrollertest.moc"
