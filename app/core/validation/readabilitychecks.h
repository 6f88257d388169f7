#pragma once

#include "validation/finding.h"

#include <QCoreApplication>
#include <QList>

struct Article;
struct NewsroomSettings;
class Hyphenator;

// The checklist's German readability hints for the body, each switched on or off by the
// newsroom (NewsroomSettings) and each saying why it matters: long sentences, the Flesch
// reading ease (Amstad), long paragraphs and sentences that start with the same word.
// Positions are cursor positions in the body document, so the checklist can jump there.
class ReadabilityChecks
{
    Q_DECLARE_TR_FUNCTIONS(ReadabilityChecks)

public:
    [[nodiscard]] static QList<Finding> check(const Article &article, const NewsroomSettings &settings,
                                              const Hyphenator *hyphenator);
    // "fairly difficult" for 52: Amstad's bands, for the hint and the tooltip.
    [[nodiscard]] static QString fleschBand(double score);
};
