#pragma once

#include "validation/checklistfinding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class SpellChecker;

// What the window says about spelling, in one place: the status bar's word and the
// checklist's note. An article in a language without an installed dictionary is named as
// such ("No dictionary for Italian"), never "0 misspelled words".
class SpellingStatus
{
    Q_DECLARE_TR_FUNCTIONS(SpellingStatus)

public:
    [[nodiscard]] static QString statusText(const SpellChecker &checker, int misspelledCount);
    // Empty when the checker works; otherwise the one finding that says spelling is unchecked.
    [[nodiscard]] static QList<ChecklistFinding> missingDictionaryFindings(const SpellChecker &checker);
};
