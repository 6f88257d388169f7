#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

// Exif orientation (1..8): how the stored pixels must be turned to stand upright. One place for
// the eight cases, used wherever a photo is shown or exported, whatever the image format
// (Qt honours Exif orientation for JPEG only, and only when asked).
namespace PhotoOrientation {
[[nodiscard]] QImage upright(const QImage &stored, int orientation);
// The size as shown: width and height swap for 5..8 (turned by 90 degrees).
[[nodiscard]] QSize uprightSize(const QSize &stored, int orientation);
// Decodes a JPEG, PNG or WebP and turns it upright by its Exif orientation; null if the bytes
// are no image.
[[nodiscard]] QImage decodeUpright(const QByteArray &bytes);
} // namespace PhotoOrientation
