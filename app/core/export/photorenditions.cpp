#include "photorenditions.h"

#include "article.h"
#include "photo/photometadatareader.h"
#include "photo/photoorientation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

PhotoRenditions::PhotoRenditions(const Photo &photo, const QString &baseName)
    : m_photo(photo)
    , m_baseName(baseName)
{
}

QString PhotoRenditions::extensionFor(const QString &mimeType)
{
    if (mimeType == u"image/png"_s)
        return u"png"_s;
    if (mimeType == u"image/webp"_s)
        return u"webp"_s;
    if (mimeType == u"image/gif"_s)
        return u"gif"_s;
    return u"jpg"_s;
}

bool PhotoRenditions::canWriteWebp()
{
    static const bool supported = QImageWriter::supportedImageFormats().contains("webp");
    return supported;
}

bool PhotoRenditions::resize(const QList<int> &widths, int jpegQuality, bool webp)
{
    m_renditions.clear();
    m_webp.clear();
    webp = webp && canWriteWebp();
    // A portrait photo taken sideways stands upright in every rendition.
    QImage original = PhotoOrientation::decodeUpright(m_photo.data);
    if (original.isNull()) {
        m_error = QCoreApplication::translate("PhotoRenditions", "The photo “%1” cannot be read as an image.")
                      .arg(m_photo.fileName);
        return false;
    }
    if (original.hasAlphaChannel()) {
        // JPEG has no transparency: a transparent PNG would turn black, so flatten onto white.
        QImage flat(original.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, original);
        painter.end();
        original = flat;
    }
    QList<int> targets;
    for (const int width : widths) {
        const int w = std::min(width, original.width());
        if (w > 0 && !targets.contains(w))
            targets << w;
    }
    if (targets.isEmpty())
        targets << original.width();
    std::optional<RenditionMetadataWriter> metadataWriter;
    if (m_metadata)
        metadataWriter.emplace(m_photo.data);
    std::sort(targets.begin(), targets.end());
    for (const int width : std::as_const(targets)) {
        const QImage scaled = width == original.width()
            ? original
            : original.scaledToWidth(width, Qt::SmoothTransformation);
        // Writes the scaled photo through `writer` into `bytes`, then the article's metadata;
        // failure: the message for the writer's error (%1: its reason).
        const auto encode = [&](QImageWriter &writer, QByteArray &bytes, const char *failure) {
            if (!writer.write(scaled)) {
                m_error = QCoreApplication::translate("PhotoRenditions", failure).arg(writer.errorString());
                return false;
            }
            return !metadataWriter || writeMetadata(*metadataWriter, bytes, true);
        };
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(jpegQuality);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
        if (!encode(writer, bytes, QT_TRANSLATE_NOOP("PhotoRenditions", "The photo cannot be saved as JPEG: %1")))
            return false;
        m_renditions.append({m_baseName + u"-foto-"_s + QString::number(width) + u".jpg"_s, scaled.width(),
                             scaled.height(), bytes});
        if (!webp)
            continue;
        QByteArray webpBytes;
        QBuffer webpBuffer(&webpBytes);
        webpBuffer.open(QIODevice::WriteOnly);
        QImageWriter webpWriter(&webpBuffer, "webp");
        webpWriter.setQuality(jpegQuality);
        if (!encode(webpWriter, webpBytes,
                    QT_TRANSLATE_NOOP("PhotoRenditions", "The photo cannot be saved as WebP: %1")))
            return false;
        m_webp.append({m_baseName + u"-foto-"_s + QString::number(width) + u".webp"_s, scaled.width(),
                       scaled.height(), webpBytes});
    }
    return true;
}

bool PhotoRenditions::copyOriginal()
{
    m_renditions.clear();
    m_webp.clear();
    int width = m_photo.width;
    int height = m_photo.height;
    if (width <= 0 || height <= 0) {
        // Only the header is read: the fast path must not decode the whole image.
        QByteArray bytes = m_photo.data;
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        const QSize stored = reader.size();
        if (!stored.isValid()) {
            m_error = QCoreApplication::translate("PhotoRenditions", "The photo “%1” cannot be read as an image.")
                          .arg(m_photo.fileName);
            return false;
        }
        // The page's width and height are the photo's as shown, turned by its orientation.
        const QSize size = PhotoOrientation::uprightSize(stored, PhotoMetadataReader::read(m_photo.data).orientation);
        width = size.width();
        height = size.height();
    }
    QByteArray data = m_photo.data;
    if (m_metadata) {
        RenditionMetadataWriter writer(m_photo.data);
        if (!writer.write(data, *m_metadata, false)) {
            // The original's metadata block is beyond repair, its pixels are not: the copy is
            // encoded afresh (upright, in its own format) and carries only the article's texts.
            const QImage upright = PhotoOrientation::decodeUpright(m_photo.data);
            const QByteArray format = extensionFor(m_photo.mimeType) == u"jpg"_s
                ? QByteArray("jpeg")
                : extensionFor(m_photo.mimeType).toLatin1();
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            data.clear();
            QImageWriter encoder(&buffer, format);
            encoder.setQuality(90);
            if (upright.isNull() || !encoder.write(upright)) {
                m_error = writer.error();
                return false;
            }
            RenditionMetadataWriter fresh(data);
            if (!writeMetadata(fresh, data, true))
                return false;
            width = upright.width();
            height = upright.height();
        }
    }
    m_renditions.append({m_baseName + u"-foto."_s + extensionFor(m_photo.mimeType), width, height, data});
    return true;
}

bool PhotoRenditions::writeMetadata(RenditionMetadataWriter &writer, QByteArray &bytes, bool pixelsUpright)
{
    if (writer.write(bytes, *m_metadata, pixelsUpright))
        return true;
    m_error = writer.error();
    return false;
}

const PhotoRenditions::Rendition *PhotoRenditions::fallback(int preferredWidth) const
{
    const Rendition *best = nullptr;
    for (const Rendition &rendition : m_renditions) {
        if (!best || rendition.width <= preferredWidth)
            best = &rendition;
    }
    return best;
}
