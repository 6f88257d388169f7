#include "i18n/durationtext.h"

QString DurationText::minutes(int count)
{
    return tr("%n min", nullptr, count);
}

QString DurationText::seconds(int count)
{
    return tr("%n s", nullptr, count);
}
