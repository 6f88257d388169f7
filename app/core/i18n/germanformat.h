#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

class QDate;
class QDateTime;
class QTimeZone;

// Dates and times the way German readers expect them ("25.10.2024 10:15"), whatever the
// interface language: an article's dateline belongs to the newsroom, which is in Berlin.
// The one home of these formats: the form, the list, the history, the status bar, edit locks
// and the CLI all format through here.
namespace GermanFormat {
// The patterns, for a QDateTimeEdit or a page that formats in a zone of its own.
inline constexpr QStringView DateTimePattern = u"dd.MM.yyyy HH:mm";
inline constexpr QStringView DatePattern = u"dd.MM.yyyy";
// Europe/Berlin: where the newsroom's dates are read.
inline constexpr QByteArrayView NewsroomZoneId = "Europe/Berlin";
[[nodiscard]] QTimeZone newsroomZone();
// The moment in the newsroom's zone, e.g. for the calendar day an article appears on.
[[nodiscard]] QDateTime inNewsroomZone(const QDateTime &moment);
// "25.10.2024 10:15" in Europe/Berlin (summer and winter time), from any time spec.
[[nodiscard]] QString dateTime(const QDateTime &moment);
// "25.10.2024"
[[nodiscard]] QString date(const QDate &date);
// "10:15" in Europe/Berlin.
[[nodiscard]] QString time(const QDateTime &moment);
// "25.10.2024 10:15:30" in Europe/Berlin: a revision or a save, told apart to the second.
[[nodiscard]] QString dateTimeWithSeconds(const QDateTime &moment);
// "10:15:30" in Europe/Berlin.
[[nodiscard]] QString timeWithSeconds(const QDateTime &moment);
// "25.10.24" in Europe/Berlin, where a column is narrow.
[[nodiscard]] QString shortDate(const QDateTime &moment);
// Whether the moment falls on the same Berlin calendar day as `now`.
[[nodiscard]] bool isSameDay(const QDateTime &moment, const QDateTime &now);
// "Freitag, 25. Oktober 2024", the long form for a dateline.
[[nodiscard]] QString longDate(const QDate &date);
} // namespace GermanFormat
