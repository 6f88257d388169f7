#pragma once

#include "article.h"

#include <optional>

struct CliContext;

// Loads the article a command names as its only argument, printing the error and setting
// the exit code (usage, not found, database) when it cannot.
namespace ArticleLookup {
[[nodiscard]] std::optional<Article> load(CliContext &context, const QString &commandName, int *exitCode);
}
