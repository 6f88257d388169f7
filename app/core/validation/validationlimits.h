#pragma once

#include <algorithm>

// Recommended length limits, in characters as Validator::characterCount() counts them. Each
// limit has its default and its allowed range beside it, so that a preferences page can map
// spin boxes straight onto this struct and clamp whatever a settings file holds.
struct ValidationLimits {
    struct Range {
        int minimum;
        int defaultValue;
        int maximum;
        [[nodiscard]] constexpr int clamp(int value) const { return std::clamp(value, minimum, maximum); }
    };

    static constexpr Range kickerRange{10, 40, 200};
    static constexpr Range headlineRange{20, 90, 300};
    static constexpr Range teaserRange{50, 300, 2000};
    static constexpr Range altTextRange{50, 150, 1000};

    int kicker = kickerRange.defaultValue;
    int headline = headlineRange.defaultValue;
    int teaser = teaserRange.defaultValue;
    int altText = altTextRange.defaultValue;

    // The same limits with every value forced into its range.
    [[nodiscard]] constexpr ValidationLimits clamped() const
    {
        return {kickerRange.clamp(kicker), headlineRange.clamp(headline), teaserRange.clamp(teaser),
                altTextRange.clamp(altText)};
    }
    bool operator==(const ValidationLimits &) const = default;
};
