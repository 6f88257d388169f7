#include "text/lengthtext.h"

using namespace Qt::StringLiterals;

QString LengthText::characters(int count)
{
    return tr("%n character(s)", nullptr, count);
}

QString LengthText::charactersWithoutSpaces(int count)
{
    return tr("%n character(s) without spaces", nullptr, count);
}

QString LengthText::words(int count)
{
    return tr("%n word(s)", nullptr, count);
}

QString LengthText::lines(int count)
{
    return tr("%n line(s)", nullptr, count);
}

QString LengthText::readingTime(int minutes)
{
    return tr("Reading time: %n min", nullptr, minutes);
}

QString LengthText::summary(const TextMetrics &metrics)
{
    return words(metrics.words) + u", "_s + characters(metrics.characters) + u", "_s + lines(metrics.lines);
}
