#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>

// The one translated name of each article status, shared by the form, the list, the history's
// comparison and the CLI, so that "In Redaktion" reads the same everywhere; and its stable
// key, the same in ninjs, the CLI's --json and --status.
// Same shape as LengthText on purpose: static translated texts of one kind in one small class.
class ArticleStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStatus)

public:
    [[nodiscard]] static QString label(ArticleStatus status);
    // "draft", "editing", "approved", "published"; never translated.
    [[nodiscard]] static QString key(ArticleStatus status);
};
