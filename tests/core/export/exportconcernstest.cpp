#include "article.h"
#include "export/exportconcerns.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// What the editor asks and the CLI warns before an article leaves the building.
class ExportConcernsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNameAnEmbargoUntilItEnds_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("embargoed");
        // The embargo ends at 25.10.2024 14:00 Berlin time (12:00 UTC).
        QTest::newRow("nominal: a minute before the embargo ends") << QDateTime(QDate(2024, 10, 25), QTime(11, 59), QTimeZone::UTC) << true;
        QTest::newRow("boundary: the moment it ends") << QDateTime(QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC) << false;
        QTest::newRow("nominal: the day after") << QDateTime(QDate(2024, 10, 26), QTime(8, 0), QTimeZone::UTC) << false;
    }

    void shouldNameAnEmbargoUntilItEnds()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, embargoed);
        // GIVEN an approved agency article under embargo and one without
        Article article;
        article.headline = u"Bundesregierung einigt sich auf Haushalt für Straßenbau"_s;
        article.status = ArticleStatus::Approved;
        article.embargoed = QDateTime(QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC);
        Article free;
        free.headline = u"Größere Zuschüsse für Köln"_s;
        free.status = ArticleStatus::Approved;
        ExportOptions options;
        options.baseUrl = QUrl(u"https://www.zeitung-köln.de/"_s);
        // WHEN the concerns about exporting both are asked for at `now`
        const QStringList concerns = ExportConcerns::of({article, free}, options, now);
        // THEN only the embargoed one is named, with its end in German form, and only before it ends
        QCOMPARE(ExportConcerns::isEmbargoed(article, now), embargoed);
        QVERIFY(!ExportConcerns::isEmbargoed(free, now));
        if (embargoed) {
            QCOMPARE(concerns,
                     QStringList{u"“Bundesregierung einigt sich auf Haushalt für Straßenbau” is under embargo until "
                                 "25.10.2024 14:00."_s});
        } else {
            QVERIFY2(concerns.isEmpty(), qPrintable(concerns.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(ExportConcernsTest)
#include "exportconcernstest.moc"
