#pragma once

#include "articlefield.h"

#include <QString>

#include <optional>

// One result of Validator: what is wrong, where, and how much it matters.
struct Finding {
    // Error: must be fixed before publishing. Warning: should be looked at. Info: a hint.
    enum class Severity { Error, Warning, Info };

    ArticleField field = ArticleField::Headline;
    Severity severity = Severity::Warning;
    QString message; // translated, for the user
    // Where in the field: a character offset in the field's plain text (for the body: a
    // QTextCursor position in the loaded body document), or the index of the related link.
    // Empty when the finding is about the field as a whole.
    std::optional<qsizetype> position;

    bool operator==(const Finding &) const = default;
};
