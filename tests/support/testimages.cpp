#include "testimages.h"

#include <QBuffer>
#include <QImage>

namespace TestImages {
QByteArray encoded(int width, int height, const char *format, const QColor &colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format)) {
        qFatal("TestImages: Qt cannot write %s here", format);
    }
    return bytes;
}
}
