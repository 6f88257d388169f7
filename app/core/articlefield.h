#pragma once

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
