#include "photo/photoorientation.h"

#include "photo/photometadatareader.h"

#include <QBuffer>
#include <QImageReader>
#include <QTransform>

namespace PhotoOrientation {
QImage upright(const QImage &stored, int orientation)
{
    if (stored.isNull() || orientation <= 1 || orientation > 8)
        return stored;
    // Exif: 2 mirrored, 3 upside down, 4 flipped, 5 transposed, 6 turned left (rotate right to
    // fix), 7 transversed, 8 turned right. As in Qt's own handler: mirror or flip first, then
    // rotate by 90 degrees clockwise where needed.
    QImage image = stored;
    switch (orientation) {
    case 2: return image.mirrored(true, false);
    case 3: return image.mirrored(true, true);
    case 4: return image.mirrored(false, true);
    case 5: image = image.mirrored(false, true); break;
    case 7: image = image.mirrored(true, false); break;
    default: break;
    }
    const int degrees = orientation == 8 ? 270 : 90;
    return image.transformed(QTransform().rotate(degrees));
}

QSize uprightSize(const QSize &stored, int orientation)
{
    return orientation >= 5 && orientation <= 8 ? stored.transposed() : stored;
}
QImage decodeUpright(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Ours, not Qt's: Qt turns JPEGs only, and only on request; one rule for every format.
    reader.setAutoTransform(false);
    const QImage stored = reader.read();
    if (stored.isNull())
        return stored;
    return upright(stored, PhotoMetadataReader::read(bytes).orientation);
}
} // namespace PhotoOrientation
