#pragma once

#include <QString>

// The form's fields, in reading order. The names are what validation findings use to point at
// a field ("headline", "photo.altText", ...).
enum class ArticleField {
    Section,
    Kicker,
    Headline,
    Teaser,
    Body,
    Authors,
    Dateline,
    Published,
    Status,
    Tags,
    PhotoImage,
    PhotoCaption,
    PhotoCredit,
    PhotoAltText,
    Related,
};

namespace ArticleFields {
[[nodiscard]] QString name(ArticleField field);
// Accepts the names above and a few aliases ("title" for headline, "alt" for photo.altText).
[[nodiscard]] bool fromName(const QString &name, ArticleField *field);
}
