#pragma once

#include <QString>

// The fields of an Article as the user sees them. Validation findings point at one; the editor
// maps each to its widget, so the order and names follow the editor form, not the struct.
enum class ArticleField {
    Section,
    Kicker,
    Headline,
    Teaser,
    Body,
    Byline,
    Dateline,
    Published,
    Status,
    Tags,
    Language,
    Photo,
    PhotoCaption,
    PhotoCredit,
    PhotoAlt,
    Related,
};

namespace ArticleFields {
// The stable names findings and the form use to point at a field ("headline", "photo.altText").
[[nodiscard]] QString name(ArticleField field);
// Accepts the names above and a few aliases ("title" for headline, "alt" for photo.altText).
[[nodiscard]] bool fromName(const QString &name, ArticleField *field);
}
