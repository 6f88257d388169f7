#pragma once

#include <QObject>

class QTimer;

// Decides when unsaved typing is written: `idleInterval` after the last edit (1 s), and at the
// latest `maxInterval` after the first unsaved edit while typing goes on (2 s). So a crash costs
// at most the last 2 s of typing (issue 18: the kill soak measured up to 22 s with the former
// 2 s / 30 s). Every 2 s is affordable: the journal write of a 20,000-word article costs about
// 6 ms on the UI thread, a normal save 23 ms (tests/ui/bench/journalbench.cpp, BENCHMARKS.md), so
// a keystroke that meets one waits a few milliseconds once in 2 s. It only signals; the session
// writes (cheaply, to the journal) on saveDue().
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIdleInterval = 1000;
    static constexpr int defaultMaxInterval = 2000;

    explicit Autosaver(QObject *parent = nullptr);

    void setIdleInterval(int milliseconds);
    void setMaxInterval(int milliseconds);
    [[nodiscard]] int idleInterval() const;
    [[nodiscard]] int maxInterval() const;
    [[nodiscard]] bool isPending() const;
    // Milliseconds until the save that continued typing cannot postpone; -1 when none is due.
    // Edits never move it: what is unsaved is never older than maxInterval().
    [[nodiscard]] int forcedSaveIn() const;

    // An edit happened: (re)start the idle timer, start the max timer if not running.
    void noteEdit();
    // Saved by other means (explicit save, article switched): nothing is pending any more.
    void reset();

Q_SIGNALS:
    void saveDue();

private:
    void fire();

    QTimer *m_idle;
    QTimer *m_max;
};
