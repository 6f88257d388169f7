#pragma once

// Recommended lengths of the length-limited fields, in characters. The counters turn red over
// them; typing is never blocked. Preferences will make them configurable (issue 8).
// Alike in shape to TextMetrics on purpose: both are plain structs of ints, one per field or measure.
struct FieldLimits {
    int kicker = 40;
    int headline = 90;
    int teaser = 300;
    int altText = 150;
};
