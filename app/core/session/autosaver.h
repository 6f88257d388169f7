#pragma once

#include <QObject>

class QTimer;

// Decides when unsaved typing is written: `idleInterval` after the last edit (2 s), and at the
// latest `maxInterval` after the first unsaved edit while typing goes on (30 s). It only
// signals; the session writes (cheaply, to the journal) on saveDue().
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIdleInterval = 2000;
    static constexpr int defaultMaxInterval = 30000;

    explicit Autosaver(QObject *parent = nullptr);

    void setIdleInterval(int milliseconds);
    void setMaxInterval(int milliseconds);
    [[nodiscard]] int idleInterval() const;
    [[nodiscard]] int maxInterval() const;
    [[nodiscard]] bool isPending() const;

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
