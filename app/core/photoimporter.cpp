#include "photoimporter.h"

#include "photo/photometadatareader.h"
#include "photo/photoorientation.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
struct Format {
    QByteArray readerFormat;
    QString mimeType;
};

std::optional<Format> detect(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return Format{"jpeg", u"image/jpeg"_s};
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return Format{"png", u"image/png"_s};
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return Format{"webp", u"image/webp"_s};
    return std::nullopt;
}

// The end marker each format writes last: a file cut short lacks it.
bool isComplete(const QByteArray &bytes, const QByteArray &format)
{
    if (format == "jpeg") {
        // Some cameras pad after the End Of Image marker with zero bytes.
        qsizetype end = bytes.size();
        while (end > 2 && bytes.at(end - 1) == '\0')
            --end;
        return end >= 4 && bytes.at(end - 2) == '\xFF' && bytes.at(end - 1) == '\xD9';
    }
    if (format == "png")
        return bytes.endsWith(QByteArrayView("\0\0\0\0IEND\xAE\x42\x60\x82", 12));
    if (format == "webp") {
        const quint32 riffSize = qFromLittleEndian<quint32>(bytes.constData() + 4);
        return qint64(bytes.size()) >= qint64(riffSize) + 8;
    }
    return false;
}
} // namespace

std::optional<Photo> PhotoImporter::refuse(const QString &message)
{
    m_lastError = message;
    return std::nullopt;
}

std::optional<Photo> PhotoImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("The photo %1 does not exist.").arg(path));
    if (!info.isFile())
        return refuse(tr("%1 is not a file.").arg(path));
    if (info.size() > maxFileBytes)
        return refuse(tr("The photo %1 is larger than %2 MB.").arg(path).arg(maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("The photo %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return refuse(tr("The photo %1 could not be read completely.").arg(path));
    return importBytes(bytes, info.fileName());
}

std::optional<Photo> PhotoImporter::importBytes(const QByteArray &bytes, const QString &fileName)
{
    m_lastError.clear();
    m_metadata = PhotoMetadata();
    if (bytes.isEmpty())
        return refuse(tr("The file %1 is empty.").arg(fileName));
    const auto format = detect(bytes);
    if (!format)
        return refuse(tr("%1 is not a JPEG, PNG or WebP image. Other formats cannot be used as photos.").arg(fileName));
    if (!QImageReader::supportedImageFormats().contains(format->readerFormat))
        return refuse(tr("This installation cannot read %1 images (the Qt image format plugin is missing).")
                          .arg(QString::fromLatin1(format->readerFormat).toUpper()));
    if (!isComplete(bytes, format->readerFormat))
        return refuse(tr("The image %1 is incomplete (the file is cut off). Please export or copy it again.").arg(fileName));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format->readerFormat);
    reader.setAutoTransform(false);
    const QSize size = reader.size();
    if (!size.isValid())
        return refuse(tr("The image %1 is damaged: %2").arg(fileName, reader.errorString()));
    // Before decoding: a 100-megapixel image would take gigabytes of memory.
    if (qint64(size.width()) * size.height() > maxPixels)
        return refuse(tr("The image %1 has %2 × %3 pixels, more than the %4 megapixels allowed. Please reduce it first.")
                          .arg(fileName).arg(size.width()).arg(size.height()).arg(maxPixels / 1'000'000));
    const QImage image = reader.read();
    if (image.isNull())
        return refuse(tr("The image %1 is damaged: %2").arg(fileName, reader.errorString()));
    m_metadata = PhotoMetadataReader::read(bytes);
    const QSize shown = PhotoOrientation::uprightSize(image.size(), m_metadata.orientation);
    Photo photo;
    photo.data = bytes;
    photo.mimeType = format->mimeType;
    photo.width = shown.width();
    photo.height = shown.height();
    photo.fileName = fileName;
    return photo;
}
