#pragma once

#include <QCoreApplication>
#include <QString>

// Names the editor gives to parts of an article that have none yet, shared by the list, the
// recovery question and the CLI, so that an empty headline reads the same everywhere (and as
// the exported page calls it: "Ohne Überschrift").
class ArticleText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleText)

public:
    [[nodiscard]] static QString untitled();
};
