#include "storage/revisionretention.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using Doomed = QList<std::pair<qint64, int>>;

// Issue #13: thinning's hour/day/week rule as a function over a list, no database.
class RevisionRetentionTest : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC};

    // Revisions of one article, newest first, saved `hoursAgo` before now.
    QList<RevisionRetention::Revision> article(qint64 id, const QList<double> &hoursAgo, int publishedRevision = 0) const
    {
        QList<RevisionRetention::Revision> list;
        int revision = int(hoursAgo.size());
        for (const double hours : hoursAgo) {
            list.append({id, revision, m_now.addSecs(qint64(-hours * 3600)), revision == publishedRevision});
            --revision;
        }
        return list;
    }

private Q_SLOTS:
    void shouldKeepEverythingOfTheLastDay()
    {
        // GIVEN six saves within the last 23 hours
        const auto revisions = article(1, {0.1, 0.2, 1, 5, 12, 23});
        // THEN none goes
        QCOMPARE(RevisionRetention::doomed(revisions, m_now), Doomed());
    }

    void shouldKeepTheNewestOfEachHourAfterADay()
    {
        // GIVEN saves 2 days old, three of them in the same clock hour
        const QDateTime hour = m_now.addDays(-2);
        const QList<RevisionRetention::Revision> revisions{
            {1, 5, m_now.addSecs(-60), false},
            {1, 4, hour.addSecs(50 * 60), false},
            {1, 3, hour.addSecs(30 * 60), false},
            {1, 2, hour.addSecs(10 * 60), false},
            {1, 1, hour.addSecs(-30 * 60), false}, // the hour before
        };
        // THEN of the three in one hour, the newest (4) stays
        QCOMPARE(RevisionRetention::doomed(revisions, m_now), (Doomed{{1, 3}, {1, 2}}));
    }

    void shouldKeepTheNewestOfEachDayAfterAWeek()
    {
        // GIVEN the newest save now, then three saves on one day ten days ago
        const QDateTime day = QDateTime(m_now.date().addDays(-10), QTime(0, 0), QTimeZone::UTC);
        const QList<RevisionRetention::Revision> revisions{
            {1, 4, m_now, false},
            {1, 3, day.addSecs(20 * 3600), false},
            {1, 2, day.addSecs(10 * 3600), false},
            {1, 1, day.addSecs(1 * 3600), false},
        };
        // THEN only the day's newest stays
        QCOMPARE(RevisionRetention::doomed(revisions, m_now), (Doomed{{1, 2}, {1, 1}}));
    }

    void shouldKeepTheNewestAndTheNewestPublishedRevision()
    {
        // GIVEN a month-old article: revision 3 published, all saves on the same old day
        const QDateTime day = QDateTime(m_now.date().addDays(-30), QTime(8, 0), QTimeZone::UTC);
        const QList<RevisionRetention::Revision> revisions{
            {7, 5, day.addSecs(5 * 60), false},
            {7, 4, day.addSecs(4 * 60), false},
            {7, 3, day.addSecs(3 * 60), true},
            {7, 2, day.addSecs(2 * 60), true},
            {7, 1, day.addSecs(1 * 60), false},
        };
        // THEN the newest (5) and the newest published (3) stay; the older published one goes
        QCOMPARE(RevisionRetention::doomed(revisions, m_now), (Doomed{{7, 4}, {7, 2}, {7, 1}}));
    }

    void shouldJudgeEachArticleOnItsOwn()
    {
        // GIVEN two articles saved in the same old hour
        const QDateTime hour = m_now.addDays(-3);
        const QList<RevisionRetention::Revision> revisions{
            {1, 2, hour.addSecs(20 * 60), false},
            {1, 1, hour.addSecs(10 * 60), false},
            {2, 2, hour.addSecs(20 * 60), false},
            {2, 1, hour.addSecs(10 * 60), false},
        };
        // THEN each keeps its own newest, and loses its own older one
        QCOMPARE(RevisionRetention::doomed(revisions, m_now), (Doomed{{1, 1}, {2, 1}}));
    }

    void shouldKeepNothingOutOfAnEmptyList()
    {
        QCOMPARE(RevisionRetention::doomed({}, m_now), Doomed());
    }
};

QTEST_GUILESS_MAIN(RevisionRetentionTest)
#include "revisionretentiontest.moc"
