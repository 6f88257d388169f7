#include "i18n/germanformat.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class GermanFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFormatInBerlinTime_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: summer time, UTC+2")
            << QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC) << u"25.10.2024 10:15"_s;
        QTest::newRow("nominal: winter time, UTC+1")
            << QDateTime(QDate(2024, 1, 5), QTime(23, 30), QTimeZone::UTC) << u"06.01.2024 00:30"_s;
        QTest::newRow("nominal: last hour before the clocks go back")
            << QDateTime(QDate(2024, 10, 27), QTime(0, 59), QTimeZone::UTC) << u"27.10.2024 02:59"_s;
        QTest::newRow("nominal: already in another zone")
            << QDateTime(QDate(2024, 10, 25), QTime(4, 15), QTimeZone("America/New_York")) << u"25.10.2024 10:15"_s;
        QTest::newRow("robustness: invalid") << QDateTime() << QString();
    }

    void shouldFormatInBerlinTime()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, expected);
        const QString actual = GermanFormat::dateTime(moment);
        QVERIFY2(actual == expected, qPrintable(actual));
    }

    void shouldTellTheBerlinCalendarDay_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("sameDay");
        const QDateTime now(QDate(2024, 10, 25), QTime(21, 30), QTimeZone::UTC); // 23:30 in Berlin
        QTest::newRow("nominal: earlier the same Berlin day") << now.addSecs(-3600 * 20) << now << true;
        QTest::newRow("nominal: the Berlin day before") << now.addSecs(-3600 * 24) << now << false;
        QTest::newRow("nominal: the same UTC day but after Berlin's midnight")
            << QDateTime(QDate(2024, 10, 25), QTime(22, 30), QTimeZone::UTC) << now << false;
        QTest::newRow("robustness: invalid moment") << QDateTime() << now << false;
    }

    void shouldTellTheBerlinCalendarDay()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QDateTime, now);
        QFETCH(bool, sameDay);
        QVERIFY2(GermanFormat::isSameDay(moment, now) == sameDay, qPrintable(GermanFormat::dateTime(moment)));
    }

    void shouldIgnoreTheProcessLocale()
    {
        // GIVEN an English default locale and a UTC process time zone
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "UTC");
        // THEN the format and the zone are still German
        const QDateTime moment(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(GermanFormat::dateTime(moment), u"01.03.2024 13:00"_s);
        QCOMPARE(GermanFormat::time(moment), u"13:00"_s);
        QCOMPARE(GermanFormat::date(moment.date()), u"01.03.2024"_s);
        QCOMPARE(GermanFormat::longDate(QDate(2024, 10, 25)), u"Freitag, 25. Oktober 2024"_s);
        const QDateTime withSeconds(QDate(2024, 3, 1), QTime(12, 0, 7), QTimeZone::UTC);
        QCOMPARE(GermanFormat::dateTimeWithSeconds(withSeconds), u"01.03.2024 13:00:07"_s);
        QCOMPARE(GermanFormat::timeWithSeconds(withSeconds), u"13:00:07"_s);
        QCOMPARE(GermanFormat::shortDate(withSeconds), u"01.03.24"_s);
        qputenv("TZ", "Europe/Berlin");
        QLocale::setDefault(previous);
    }
};

QTEST_GUILESS_MAIN(GermanFormatTest)
#include "germanformattest.moc"
