#pragma once

#include "article.h"

#include <optional>

class ArticleRepository;
class CliOptions;
struct CliContext;

// Loads the article a command names as its only argument, printing the error and setting
// the exit code (usage, not found, database) when it cannot.
namespace ArticleLookup {
// Declares that argument, ID, for the help and the completions.
void addArgument(CliOptions &options);
[[nodiscard]] std::optional<Article> load(CliContext &context, int *exitCode);
// Whether an article that load() did not find exists at all (live or in the trash): the
// repository reports a missing article and a broken database alike through lastError(), the
// exit code tells them apart (3 vs 4). True when the lists cannot be read either.
[[nodiscard]] bool exists(ArticleRepository &repository, qint64 id);
}
