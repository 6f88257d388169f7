#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "editor/articleform.h"
#include "mainwindow.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Three pages; one page fills more than the list's height at 1366×768, so that only scrolling
// (not the view filling its empty space) reads the next one.
constexpr int articleCount = 130;
constexpr int pageSize = 50;

std::unique_ptr<ArticleRepository> openRepository(const QString &path)
{
    RepositoryOpening opening = RepositoryFactory::open(path);
    if (!opening.repository)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opening.error));
    return std::move(opening.repository);
}

QString idsText(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u", "_s);
}
} // namespace

// The paged article list in the real window on a real SQLite file with 130 articles and a
// page of 50 rows: scrolling reads further pages, search reaches every article, a refresh keeps
// what was read and selected, and several rows can be selected while the form shows the
// current one.
class ArticleListPanelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<DialogStub> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids; // oldest first
    qint64 m_oldest = 0;

    [[nodiscard]] ArticleListModel *model() const { return m_window->articleList()->model(); }
    [[nodiscard]] ArticleTableView *view() const { return m_window->articleList()->view(); }

    [[nodiscard]] QList<qint64> listedIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids << model()->idAt(row);
        return ids;
    }

    // Scrolls to the end as the journalist would, until the view has asked for every page.
    void scrollToEnd()
    {
        QTRY_VERIFY2((view()->scrollToBottom(), !model()->canFetchMore({})), qPrintable(QString::number(model()->rowCount())));
    }

    void click(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QModelIndex index = model()->index(row, ArticleListModel::Headline);
        view()->scrollTo(index);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, view()->visualRect(index).center());
    }

private Q_SLOTS:
    void init()
    {
        // GIVEN 130 articles, the oldest one about Ostheim, and the window reading 50 rows a page
        m_repository = openRepository(
            m_dir.filePath(u"list-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_repository);
        m_ids.clear();
        for (int i = 0; i < articleCount; ++i) {
            Article article;
            article.language = u"de-DE"_s;
            article.section = u"Lokales"_s;
            article.headline = i == 0 ? u"Wasserwerk in Ostheim wird saniert"_s : u"Meldung Nummer %1"_s.arg(i);
            article.bodyHtml = u"<p>Text der Meldung %1.</p>"_s.arg(i);
            const SaveResult saved = m_repository->save(article, 0);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            m_ids << saved.id;
        }
        m_oldest = m_ids.constFirst();
        m_dialogs = std::make_unique<DialogStub>();
        m_window = std::make_unique<MainWindow>(m_repository.get(), m_dialogs.get());
        model()->setPageSize(pageSize);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        QVERIFY(m_window->currentArticleId() > 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_repository.reset();
    }

    void shouldReadOnlyTheFirstPageAtStart()
    {
        // THEN the newest 50 articles are listed, newest first, and the model knows there is more
        QCOMPARE(model()->rowCount(), pageSize);
        QCOMPARE(model()->idAt(0), m_ids.constLast());
        QVERIFY(model()->canFetchMore({}));
        // AND the newest one is open in the form
        QCOMPARE(m_window->currentArticleId(), m_ids.constLast());
    }

    void shouldFetchMoreWhenScrolledToTheEnd()
    {
        // WHEN the journalist scrolls to the end of the list, again and again
        scrollToEnd();
        // THEN every article is listed once, the oldest last
        const QList<qint64> ids = listedIds();
        QCOMPARE(ids.size(), articleCount);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), articleCount);
        QCOMPARE(ids.constLast(), m_oldest);
    }

    void shouldFindAnArticleThatIsNotInTheFirstPage()
    {
        // GIVEN the oldest article is not among the rows read
        QCOMPARE(model()->rowOf(m_oldest), -1);
        // WHEN searching for a word of its headline
        QLineEdit *search = m_window->articleList()->searchEdit();
        search->setText(u"Ostheim"_s);
        QTest::keyClick(search, Qt::Key_Return);
        // THEN it is the one hit
        QVERIFY2(model()->rowCount() == 1 && model()->idAt(0) == m_oldest, qPrintable(idsText(listedIds())));
        // AND clearing the search lists the first page again
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model()->rowCount(), pageSize);
    }

    void shouldReachEveryArticleOfASectionFilterAcrossPages()
    {
        // GIVEN one old article moved to another section by someone else (now the newest)
        auto moved = m_repository->load(m_ids.at(3));
        QVERIFY(moved);
        moved->section = u"Kultur"_s;
        QVERIFY(m_repository->save(*moved, moved->revision).ok());
        // WHEN the list is filtered by the section of the others and scrolled to its end
        m_window->articleList()->setSections({u"Kultur"_s, u"Lokales"_s});
        QComboBox *sections = m_window->articleList()->sectionFilter();
        sections->setCurrentIndex(sections->findData(u"Lokales"_s));
        scrollToEnd();
        // THEN all the others are listed, the oldest included, the moved one not
        QCOMPARE(model()->rowCount(), articleCount - 1);
        QCOMPARE(model()->idAt(articleCount - 2), m_oldest);
        QCOMPARE(model()->rowOf(m_ids.at(3)), -1);
    }

    void shouldKeepTheListRightWhenCreatingAndDeleting()
    {
        // GIVEN two pages read
        view()->scrollToBottom();
        QTRY_COMPARE(model()->rowCount(), 2 * pageSize);
        // WHEN a new article is created
        m_window->actions()->newArticle->trigger();
        const qint64 created = m_window->currentArticleId();
        QVERIFY(!m_ids.contains(created));
        // THEN it is listed first and current, and the rows read stay read
        QCOMPARE(model()->idAt(0), created);
        QCOMPARE(m_window->articleList()->selectedId(), created);
        QCOMPARE(model()->rowCount(), 2 * pageSize);
        // WHEN it is moved to the trash from the list
        view()->setFocus();
        m_window->actions()->moveToTrash->trigger();
        // THEN it is gone, the next article is open, and the whole list is there once each
        QCOMPARE(model()->rowOf(created), -1);
        QCOMPARE(m_window->currentArticleId(), m_ids.constLast());
        scrollToEnd();
        const QList<qint64> ids = listedIds();
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), QSet<qint64>(m_ids.cbegin(), m_ids.cend()));
        QCOMPARE(ids.size(), articleCount);
    }

    void shouldOpenTheCurrentRowAndKeepTheOthersSelected()
    {
        // WHEN the journalist clicks the third row, Ctrl-clicks the first, Shift-clicks the fifth
        click(2);
        click(0, Qt::ControlModifier);
        // THEN both are selected and the form shows the last one clicked
        QCOMPARE(m_window->articleList()->selectedIds(), QList<qint64>({model()->idAt(0), model()->idAt(2)}));
        QCOMPARE(m_window->currentArticleId(), model()->idAt(0));
        click(4, Qt::ShiftModifier);
        const QList<qint64> range = {model()->idAt(0), model()->idAt(1), model()->idAt(2), model()->idAt(3),
                                     model()->idAt(4)};
        QVERIFY2(m_window->articleList()->selectedIds() == range,
                 qPrintable(idsText(m_window->articleList()->selectedIds())));
        QCOMPARE(m_window->currentArticleId(), model()->idAt(4));
        QCOMPARE(m_window->form()->article().id, model()->idAt(4));
        // AND Export Selected is offered
        QVERIFY(m_window->actions()->exportSelectedHtml->isEnabled());
    }

    void shouldKeepReadRowsAndSelectionOnALiveRefresh()
    {
        // GIVEN two pages read, rows 1 and 30 selected, row 30 current (in the form)
        view()->scrollToBottom();
        QTRY_COMPARE(model()->rowCount(), 2 * pageSize);
        click(1);
        click(30, Qt::ControlModifier);
        const qint64 current = model()->idAt(30);
        const QList<qint64> selected = m_window->articleList()->selectedIds();
        QCOMPARE(selected.size(), 2);
        QCOMPARE(m_window->currentArticleId(), current);
        // WHEN someone else saves the article in row 10 (it moves to the top) and the change
        // listener refreshes the list the way CollaborationController does
        auto theirs = m_repository->load(model()->idAt(10));
        QVERIFY(theirs);
        theirs->headline = u"Neue Zeile von Jörg"_s;
        QVERIFY(m_repository->save(*theirs, theirs->revision).ok());
        m_window->articleList()->reload(m_window->currentArticleId());
        // THEN the rows read stay read, the edit is on top, and selection and form are unchanged
        QCOMPARE(model()->rowCount(), 2 * pageSize);
        QCOMPARE(model()->idAt(0), theirs->id);
        QCOMPARE(model()->data(model()->index(0, ArticleListModel::Headline)).toString(), u"Neue Zeile von Jörg"_s);
        const QList<qint64> after = m_window->articleList()->selectedIds();
        QCOMPARE(QSet<qint64>(after.cbegin(), after.cend()), QSet<qint64>(selected.cbegin(), selected.cend()));
        QCOMPARE(m_window->articleList()->selectedId(), current);
        QCOMPARE(m_window->currentArticleId(), current);
    }

    void shouldSelectEveryListedArticleWithCtrlA()
    {
        // WHEN Ctrl+A is pressed in the list
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
        // THEN every article is selected, also those not read before, and the form is unchanged
        QCOMPARE(m_window->articleList()->selectedIds().size(), articleCount);
        QCOMPARE(m_window->currentArticleId(), m_ids.constLast());
    }

    void shouldReopenTheLastArticleAlsoWhenItIsDeepInTheList()
    {
        // GIVEN the oldest article open when the window closed
        QVERIFY(m_window->openArticle(m_oldest));
        m_window->close();
        m_window.reset();
        // WHEN the window starts again
        m_window = std::make_unique<MainWindow>(m_repository.get(), m_dialogs.get());
        model()->setPageSize(pageSize);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        // THEN it is open and current in the list
        QCOMPARE(m_window->currentArticleId(), m_oldest);
        QCOMPARE(m_window->articleList()->selectedId(), m_oldest);
    }
    void shouldShowModifiedTimesInBerlinTime()
    {
        // GIVEN the newest article, saved a moment ago
        const QModelIndex modified = model()->index(0, ArticleListModel::Modified);
        const std::optional<Article> newest = m_repository->load(model()->idAt(0));
        QVERIFY2(newest, qPrintable(m_repository->lastError()));
        const QDateTime berlin = newest->modified.toTimeZone(QTimeZone("Europe/Berlin"));
        // THEN the narrow column shows the time of day (saved today), the tooltip the whole date
        const QString shown = model()->data(modified, Qt::DisplayRole).toString();
        const QString tip = model()->data(modified, Qt::ToolTipRole).toString();
        if (berlin.date() == QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date())
            QVERIFY2(shown == QLocale::c().toString(berlin, u"HH:mm"_s), qPrintable(shown));
        QVERIFY2(tip == QLocale::c().toString(berlin, u"dd.MM.yyyy HH:mm:ss"_s), qPrintable(tip));
    }
};

QTEST_MAIN(ArticleListPanelTest)
#include "articlelistpaneltest.moc"
