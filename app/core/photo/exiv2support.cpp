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

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize();
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
