#include "i18n/germanformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QDateTime inBerlin(const QDateTime &moment)
{
    static const QTimeZone berlin("Europe/Berlin");
    return moment.toTimeZone(berlin);
}

const QLocale &german()
{
    static const QLocale locale(QLocale::German, QLocale::Germany);
    return locale;
}
} // namespace

namespace GermanFormat {
QString dateTime(const QDateTime &moment)
{
    if (!moment.isValid()) {
        return {};
    }
    return german().toString(inBerlin(moment), u"dd.MM.yyyy HH:mm"_s);
}

QString date(const QDate &date)
{
    return date.isValid() ? german().toString(date, u"dd.MM.yyyy"_s) : QString();
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? german().toString(inBerlin(moment), u"HH:mm"_s) : QString();
}

QString longDate(const QDate &date)
{
    return date.isValid() ? german().toString(date, u"dddd, d. MMMM yyyy"_s) : QString();
}
} // namespace GermanFormat
