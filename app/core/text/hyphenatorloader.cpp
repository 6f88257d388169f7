#include "text/hyphenatorloader.h"

#include "text/hyphenator.h"

#include <QThread>

HyphenatorLoader::HyphenatorLoader(const QString &languageTag, QObject *parent)
    : QObject(parent)
{
    m_patternFile = Hyphenator::patternFileFor(languageTag, &m_error);
    if (m_patternFile.isEmpty()) {
        m_finished = true;
        QMetaObject::invokeMethod(this, &HyphenatorLoader::finished, Qt::QueuedConnection);
        return;
    }
    // The worker only fills m_hyphenator; it is read after QThread::finished, on this thread.
    m_thread = QThread::create([this] { m_hyphenator = std::make_unique<Hyphenator>(m_patternFile); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_hyphenator->isValid())
            m_error = m_hyphenator->errorString();
        m_finished = true;
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
}

HyphenatorLoader::~HyphenatorLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

const Hyphenator *HyphenatorLoader::hyphenator() const
{
    return m_finished && m_hyphenator && m_hyphenator->isValid() ? m_hyphenator.get() : nullptr;
}
