#pragma once

#include "text/textmetrics.h"

#include <QCoreApplication>
#include <QString>

// How lengths read in the status bar, the checklist and the CLI: one formatting home, so that
// "12 Zeilen" or the reading time is worded the same everywhere.
class LengthText
{
    Q_DECLARE_TR_FUNCTIONS(LengthText)

public:
    [[nodiscard]] static QString characters(int count);
    [[nodiscard]] static QString charactersWithoutSpaces(int count);
    [[nodiscard]] static QString words(int count);
    [[nodiscard]] static QString lines(int count);
    [[nodiscard]] static QString readingTime(int minutes);
    // "523 words, 3,412 characters, 102 lines": the status bar's summary of a text.
    [[nodiscard]] static QString summary(const TextMetrics &metrics);
};
