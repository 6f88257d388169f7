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
    static const QTimeZone berlin("Europe/Berlin");
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
