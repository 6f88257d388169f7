#include "session/autosaver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

    void shouldUseTwoAndThirtySecondsByDefault()
    {
        const Autosaver autosaver;
        QCOMPARE(autosaver.idleInterval(), 2000);
        QCOMPARE(autosaver.maxInterval(), 30000);
    }
};

QTEST_GUILESS_MAIN(AutosaverTest)
#include "autosavertest.moc"
