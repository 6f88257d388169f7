#include "publicationtime.h"

#include <QTimeZone>

QDateTime PublicationTime::nextQuarterHour(const QDateTime &now)
{
    constexpr qint64 quarter = 15 * 60 * 1000;
    const qint64 ms = now.toMSecsSinceEpoch();
    const qint64 rounded = (ms + quarter - 1) / quarter * quarter;
    return QDateTime::fromMSecsSinceEpoch(rounded, now.timeZone());
}
