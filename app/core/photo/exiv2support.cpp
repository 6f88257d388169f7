#include "photo/exiv2support.h"

#include <exiv2/exiv2.hpp>

#include <mutex>

namespace {
thread_local Exiv2Session *t_session = nullptr;
thread_local QStringList *t_messages = nullptr;

void collect(int level, const char *message)
{
    if (level < Exiv2::LogMsg::warn || !t_messages || !message)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (!text.isEmpty() && !t_messages->contains(text) && t_messages->size() < 20)
        t_messages->append(text);
}

// The XMP toolkit is not thread-safe by itself: the editor reads photos on the UI thread
// (panel, checklist) and on the preview's worker thread at once. Exiv2 takes this lock
// around every use of the toolkit.
void lockXmp(void *data, bool lock)
{
    auto *mutex = static_cast<std::recursive_mutex *>(data);
    if (lock)
        mutex->lock();
    else
        mutex->unlock();
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static std::recursive_mutex xmpMutex;
        Exiv2::XmpParser::initialize(&lockXmp, &xmpMutex);
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::warn);
        Exiv2::LogMsg::setHandler(&collect);
    });
}
} // namespace

Exiv2Session::Exiv2Session()
    : m_outer(t_session)
{
    initialiseOnce();
    t_session = this;
    t_messages = &m_messages;
}

Exiv2Session::~Exiv2Session()
{
    t_session = m_outer;
    t_messages = m_outer ? &m_outer->m_messages : nullptr;
}
