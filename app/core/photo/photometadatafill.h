#pragma once

#include "photo/photometadata.h"

#include <QString>

struct Photo;

// The one rule for taking a photo's embedded texts into the article: empty fields are filled,
// filled ones are never overwritten. Used by the photo panel, the ninjs importer and any other
// way a photo enters an article.
namespace PhotoMetadataFill {
struct Filled {
    bool caption = false;
    bool credit = false;
    bool altText = false;
    [[nodiscard]] bool any() const { return caption || credit || altText; }
    bool operator==(const Filled &) const = default;
};

// The caption, credit (in the newsroom's form, see CreditFormat) and alt text the photo
// offers; the Photo's other members stay empty.
[[nodiscard]] Photo suggested(const PhotoMetadata &metadata, const QString &creditFormat);
// Fills photo's empty caption, credit and alt text from the metadata.
Filled fillEmpty(Photo &photo, const PhotoMetadata &metadata, const QString &creditFormat);
} // namespace PhotoMetadataFill
