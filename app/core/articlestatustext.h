#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>

// The one translated name of each article status, shared by the form, the list, the history's
// comparison and the CLI, so that "In Redaktion" reads the same everywhere.
class ArticleStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStatus)

public:
    [[nodiscard]] static QString label(ArticleStatus status);
};
