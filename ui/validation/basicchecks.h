#pragma once

#include "validation/checklistfinding.h"

struct Article;
struct FieldLimits;

// The editor's own checks for the checklist until the model's Validator is connected: the
// fields a publishable article needs and the recommended lengths.
namespace BasicChecks {
[[nodiscard]] QList<ChecklistFinding> run(const Article &article, const FieldLimits &limits);
}
