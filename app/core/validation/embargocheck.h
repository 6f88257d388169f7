#pragma once

#include "validation/finding.h"

#include <QCoreApplication>
#include <QList>

struct Article;

// The checklist's word on an embargo ("not before"): a reminder while there is one, and an
// error when the article is scheduled to appear before it ends.
class EmbargoCheck
{
    Q_DECLARE_TR_FUNCTIONS(EmbargoCheck)

public:
    [[nodiscard]] static QList<Finding> check(const Article &article);
};
