#pragma once

#include "validation/checklistfinding.h"
#include "validation/validationlimits.h"

#include <QList>

struct Article;
struct NewsroomSettings;
class LineCounter;

// The checklist's findings from the real Validator (app/core/validation). A separate unit
// because the core's ArticleField enum and the form's are still two types with one name: this
// file is the only place that sees the core's, and hands the checklist field names instead.
namespace ValidatorChecks {
[[nodiscard]] QList<ChecklistFinding> run(const Article &article, const ValidationLimits &limits);
// With the newsroom's limits, the length target (Zeilen counted by `lines`) and readability.
[[nodiscard]] QList<ChecklistFinding> run(const Article &article, const NewsroomSettings &newsroom, const LineCounter &lines);
}
