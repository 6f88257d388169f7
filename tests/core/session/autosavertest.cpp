#include "session/autosaver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The autosave rhythm: once after typing stops, and at the latest after the maximum interval
// while typing goes on. Intervals are short here; the test waits on signals, never sleeps.
class AutosaverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSaveOnceAfterTypingStops()
    {
        // GIVEN an autosaver with a short idle interval
        Autosaver autosaver;
        autosaver.setIdleInterval(50);
        autosaver.setMaxInterval(5000);
        QSignalSpy due(&autosaver, &Autosaver::saveDue);
        // WHEN three edits come in quick succession and typing then stops
        autosaver.noteEdit();
        autosaver.noteEdit();
        autosaver.noteEdit();
        // THEN exactly one save is due, and nothing stays pending
        QVERIFY(due.wait(2000));
        QCOMPARE(due.count(), 1);
        QVERIFY(!autosaver.isPending());
    }

    void shouldSaveDuringContinuousTypingAtTheMaximumInterval()
    {
        // GIVEN an idle interval that continuous typing never lets expire
        Autosaver autosaver;
        autosaver.setIdleInterval(400);
        autosaver.setMaxInterval(100);
        QSignalSpy due(&autosaver, &Autosaver::saveDue);
        QElapsedTimer typing;
        typing.start();
        // WHEN an edit arrives every 5 ms, driven by a timer like a fast typist
        QTimer typist;
        typist.setInterval(5);
        connect(&typist, &QTimer::timeout, &autosaver, &Autosaver::noteEdit);
        autosaver.noteEdit();
        typist.start();
        // THEN a save comes although typing never paused for the idle interval
        QVERIFY(due.wait(5000));
        typist.stop();
        QVERIFY2(typing.elapsed() < 400, qPrintable(QStringLiteral("save after %1 ms").arg(typing.elapsed())));
        QCOMPARE(due.count(), 1);
    }

    void shouldNotSaveWhenResetBySaving()
    {
        // GIVEN a pending autosave
        Autosaver autosaver;
        autosaver.setIdleInterval(30);
        autosaver.setMaxInterval(60);
        QSignalSpy due(&autosaver, &Autosaver::saveDue);
        autosaver.noteEdit();
        QVERIFY(autosaver.isPending());
        // WHEN the article is saved another way
        autosaver.reset();
        // THEN nothing is pending and no save comes
        QVERIFY(!autosaver.isPending());
        QVERIFY(!due.wait(200));
    }

    void shouldLoseAtMostTwoSecondsOfTypingByDefault()
    {
        // Issue 18: a crash may cost at most 2 s of typing; journal 1 s after typing stops.
        const Autosaver autosaver;
        QCOMPARE(autosaver.idleInterval(), 1000);
        QCOMPARE(autosaver.maxInterval(), 2000);
        QCOMPARE(autosaver.forcedSaveIn(), -1);
    }

    void shouldNeverPostponeTheForcedSaveWhileTypingGoesOn()
    {
        // GIVEN the default autosaver and a first unsaved keystroke
        Autosaver autosaver;
        autosaver.noteEdit();
        const int first = autosaver.forcedSaveIn();
        QVERIFY2(first > 0 && first <= autosaver.maxInterval(), qPrintable(QString::number(first)));
        // WHEN 200 more keystrokes come (no event loop turn between them: no timer can fire)
        for (int i = 0; i < 200; ++i)
            autosaver.noteEdit();
        // THEN the forced save is still due no later than it was after the first keystroke, so
        // the oldest unsaved keystroke is never older than the maximum interval
        const int later = autosaver.forcedSaveIn();
        QVERIFY2(later > 0 && later <= first, qPrintable(u"first %1 ms, later %2 ms"_s.arg(first).arg(later)));
        QVERIFY(autosaver.isPending());
    }

    void shouldStartTheMaximumIntervalAfreshAfterEachSave()
    {
        // GIVEN continuous typing with a short maximum interval and an idle interval it never reaches
        Autosaver autosaver;
        autosaver.setIdleInterval(60000);
        autosaver.setMaxInterval(30);
        QSignalSpy due(&autosaver, &Autosaver::saveDue);
        QTimer typist;
        typist.setInterval(2);
        connect(&typist, &QTimer::timeout, &autosaver, &Autosaver::noteEdit);
        autosaver.noteEdit();
        typist.start();
        // WHEN typing goes on
        // THEN the saves keep coming, one per maximum interval, not just the first one
        QTRY_VERIFY_WITH_TIMEOUT(due.count() >= 3, 10000);
        typist.stop();
        // AND after the last save nothing older than the maximum interval is left unsaved
        const int next = autosaver.forcedSaveIn();
        QVERIFY2(next <= autosaver.maxInterval(), qPrintable(QString::number(next)));
    }

    void shouldNotForceASaveAfterTheIdleSave()
    {
        // GIVEN typing that stopped and was saved after the idle interval
        Autosaver autosaver;
        autosaver.setIdleInterval(20);
        autosaver.setMaxInterval(60000);
        QSignalSpy due(&autosaver, &Autosaver::saveDue);
        autosaver.noteEdit();
        QVERIFY(due.wait(5000));
        // THEN no forced save is left over from that typing
        QCOMPARE(autosaver.forcedSaveIn(), -1);
        QVERIFY(!autosaver.isPending());
    }
};

QTEST_GUILESS_MAIN(AutosaverTest)
#include "autosavertest.moc"
