#pragma once

#include "article.h"

#include <QString>

#include <optional>

// How the CLI names and prints what the article model holds.
namespace CliText {
[[nodiscard]] QString statusLabel(ArticleStatus status); // translated, for people
// Accepts the stable key and the German label, case-insensitive: "draft", "Entwurf".
[[nodiscard]] std::optional<ArticleStatus> parseStatus(const QString &text);
// A positive article id, or nullopt.
[[nodiscard]] std::optional<qint64> parseId(const QString &text);
}
