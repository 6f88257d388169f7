#pragma once

#include <QCoreApplication>
#include <QString>

// Durations as words with the right plural ("1 Minute", "2 Minuten"): the reading time in the
// status bar, the autosave bounds in the preferences.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    [[nodiscard]] static QString minutes(int count);
    [[nodiscard]] static QString seconds(int count);
};
