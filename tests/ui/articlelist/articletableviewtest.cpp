#include "articlelist/articletableview.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
enum Column { Headline, Section, Status, Modified, ReadingTime, ColumnCount };
constexpr int minimumHeadline = 150;
}

// The headline stays readable in a narrow list: the other columns step aside in order.
class ArticleTableViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(3, ColumnCount);
        for (int row = 0; row < 3; ++row)
            m_model->setItem(row, Headline, new QStandardItem(u"Straßenbahn: Übergangsfinanzierung steht %1"_s.arg(row)));
        m_view = std::make_unique<ArticleTableView>();
        m_view->setModel(m_model.get());
        m_view->setColumnLayout(Headline, minimumHeadline,
                                {{Section, 80}, {Status, 90}, {Modified, 60}, {ReadingTime, 50}},
                                {ReadingTime, Section, Modified, Status});
    }

    void shouldHideColumnsInOrderWhenNarrow_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QList<int>>("hidden");
        QTest::newRow("nominal: wide, everything shown") << 900 << QList<int>{};
        QTest::newRow("nominal: a 1366 screen's list, reading time and section hidden")
            << 330 << QList<int>{ReadingTime, Section};
        QTest::newRow("robustness: very narrow, only the headline") << 120 << QList<int>{ReadingTime, Section, Modified, Status};
    }

    void shouldHideColumnsInOrderWhenNarrow()
    {
        QFETCH(int, width);
        QFETCH(QList<int>, hidden);
        // WHEN the list gets this width
        m_view->resize(width, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // THEN exactly these columns are hidden, and the headline has its room where it can
        for (int column : {Section, Status, Modified, ReadingTime})
            QVERIFY2(m_view->isColumnHidden(column) == hidden.contains(column),
                     qPrintable(u"column %1 at width %2"_s.arg(column).arg(width)));
        if (m_view->viewport()->width() >= minimumHeadline)
            QVERIFY2(m_view->columnWidth(Headline) >= minimumHeadline, qPrintable(QString::number(m_view->columnWidth(Headline))));
    }

    void shouldBringColumnsBackWithTheirWidths()
    {
        // GIVEN a narrow list
        m_view->resize(330, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->isColumnHidden(ReadingTime));
        // WHEN it becomes wide again
        m_view->resize(900, 300);
        QTRY_VERIFY(!m_view->isColumnHidden(ReadingTime));
        // THEN every column is back at its width
        QCOMPARE(m_view->columnWidth(Section), 80);
        QCOMPARE(m_view->columnWidth(ReadingTime), 50);
        QVERIFY(!m_view->isColumnHidden(Section));
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<ArticleTableView> m_view;
};

QTEST_MAIN(ArticleTableViewTest)
#include "articletableviewtest.moc"
