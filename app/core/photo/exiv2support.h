#pragma once

#include <QStringList>

// Exiv2 needs its XMP toolkit set up once per process before threads use it, and reports
// damaged blocks through a global log handler rather than exceptions. Exiv2Session does both:
// while one lives on a thread, Exiv2's warnings and errors on that thread are collected into
// messages() instead of going to standard error. Internal to app/core/photo.
class Exiv2Session
{
public:
    Exiv2Session();
    ~Exiv2Session();
    Exiv2Session(const Exiv2Session &) = delete;
    Exiv2Session &operator=(const Exiv2Session &) = delete;

    // Exiv2's own (English) texts, without repeats.
    [[nodiscard]] QStringList messages() const { return m_messages; }

private:
    QStringList m_messages;
    Exiv2Session *m_outer;
};
