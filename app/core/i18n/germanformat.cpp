#include "i18n/germanformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QLocale &german()
{
    static const QLocale locale(QLocale::German, QLocale::Germany);
    return locale;
}
} // namespace

namespace GermanFormat {
QTimeZone newsroomZone()
{
    static const QTimeZone berlin(NewsroomZoneId.toByteArray());
    return berlin;
}

QDateTime inNewsroomZone(const QDateTime &moment)
{
    return moment.toTimeZone(newsroomZone());
}

QString dateTime(const QDateTime &moment)
{
    if (!moment.isValid()) {
        return {};
    }
    return german().toString(inNewsroomZone(moment), DateTimePattern);
}

QString dateTimeWithSeconds(const QDateTime &moment)
{
    return moment.isValid() ? german().toString(inNewsroomZone(moment), u"dd.MM.yyyy HH:mm:ss"_s) : QString();
}

QString timeWithSeconds(const QDateTime &moment)
{
    return moment.isValid() ? german().toString(inNewsroomZone(moment), u"HH:mm:ss"_s) : QString();
}

QString shortDate(const QDateTime &moment)
{
    return moment.isValid() ? german().toString(inNewsroomZone(moment), u"dd.MM.yy"_s) : QString();
}

bool isSameDay(const QDateTime &moment, const QDateTime &now)
{
    return moment.isValid() && now.isValid() && inNewsroomZone(moment).date() == inNewsroomZone(now).date();
}

QString date(const QDate &date)
{
    return date.isValid() ? german().toString(date, DatePattern) : QString();
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? german().toString(inNewsroomZone(moment), u"HH:mm"_s) : QString();
}

QString longDate(const QDate &date)
{
    return date.isValid() ? german().toString(date, u"dddd, d. MMMM yyyy"_s) : QString();
}
} // namespace GermanFormat
