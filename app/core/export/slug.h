#pragma once

#include <QString>

// File and URL names derived from headlines: ASCII letters, digits and hyphens only, German
// umlauts transliterated ("Größte Übung" -> "Groesste-Uebung") so that the name stays
// readable, other accents stripped, everything else a separator.
class Slug
{
public:
    static constexpr int maxLength = 80;

    // Never empty: a headline without a single usable letter gives "artikel".
    [[nodiscard]] static QString fromHeadline(const QString &headline);
};
