#pragma once

#include "validation/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct Article;
struct NewsroomSettings;
class LineCounter;

// The newsroom's field limits: over the recommended length a warning, over the hard one an
// error that keeps the article from being published or exported (unless forced). Characters
// are counted by TextLength, as every counter shows them.
class LengthChecks
{
    Q_DECLARE_TR_FUNCTIONS(LengthChecks)

public:
    // Findings for the hard limits of every limited field and the recommended limit of the
    // fields the Validator does not check itself (the caption).
    [[nodiscard]] static QList<Finding> check(const Article &article, const NewsroomSettings &settings);
    // How far the article is from its length target (LengthTargetStatus), measured as the
    // status bar measures it: too long a warning, too short or on target information.
    [[nodiscard]] static QList<Finding> checkTarget(const Article &article, const LineCounter &lines);
    // One sentence per field over its hard limit, saying by how much ("The headline has 132
    // characters, 12 more than the newsroom's limit of 120."); empty when none is.
    [[nodiscard]] static QStringList hardLimitProblems(const Article &article, const NewsroomSettings &settings);
};
