#pragma once

#include <QString>

class QDate;
class QDateTime;

// Dates and times the way German readers expect them ("25.10.2024 10:15"), whatever the
// interface language: an article's dateline belongs to the newsroom, which is in Berlin.
namespace GermanFormat {
// "25.10.2024 10:15" in Europe/Berlin (summer and winter time), from any time spec.
[[nodiscard]] QString dateTime(const QDateTime &moment);
// "25.10.2024"
[[nodiscard]] QString date(const QDate &date);
// "10:15" in Europe/Berlin.
[[nodiscard]] QString time(const QDateTime &moment);
// "Freitag, 25. Oktober 2024", the long form for a dateline.
[[nodiscard]] QString longDate(const QDate &date);
} // namespace GermanFormat
