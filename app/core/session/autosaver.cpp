#include "session/autosaver.h"

#include <QTimer>

Autosaver::Autosaver(QObject *parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
    , m_max(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_max->setSingleShot(true);
    m_idle->setInterval(defaultIdleInterval);
    m_max->setInterval(defaultMaxInterval);
    // The maximum is a promise (at most 2 s of typing lost): a coarse timer may fire 5 % late.
    m_max->setTimerType(Qt::PreciseTimer);
    connect(m_idle, &QTimer::timeout, this, &Autosaver::fire);
    connect(m_max, &QTimer::timeout, this, &Autosaver::fire);
}

void Autosaver::setIdleInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
}

void Autosaver::setMaxInterval(int milliseconds)
{
    m_max->setInterval(milliseconds);
}

int Autosaver::idleInterval() const
{
    return m_idle->interval();
}

int Autosaver::maxInterval() const
{
    return m_max->interval();
}

bool Autosaver::isPending() const
{
    return m_idle->isActive() || m_max->isActive();
}

int Autosaver::forcedSaveIn() const
{
    return m_max->isActive() ? m_max->remainingTime() : -1;
}

void Autosaver::noteEdit()
{
    m_idle->start();
    if (!m_max->isActive())
        m_max->start();
}

void Autosaver::reset()
{
    m_idle->stop();
    m_max->stop();
}

void Autosaver::fire()
{
    reset();
    Q_EMIT saveDue();
}
