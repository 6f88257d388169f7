#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "photo/renditionmetadatawriter.h"

#include <optional>

struct Photo;

// The image files of an exported photo: resized JPEG renditions for srcset (never wider than
// the original), or the original bytes alone when resizing is off. Renditions stand upright
// (Exif orientation applied to the pixels). With setMetadata(), every file carries the
// article's caption, credit and copyright, and the original's metadata minus
// MetadataStripRules (GPS, serial numbers, maker notes, thumbnails, software history).
class PhotoRenditions
{
public:
    struct Rendition {
        QString fileName;
        int width = 0;
        int height = 0;
        QByteArray data;
    };

    // baseName is the page's slug; files are named "<baseName>-foto-<width>.jpg" or
    // "<baseName>-foto.<original extension>".
    PhotoRenditions(const Photo &photo, const QString &baseName);

    // Decodes the original once and writes one JPEG per width, and with `webp` one WebP per
    // width too (where Qt's WebP plugin is installed). False (with error()) when the photo
    // cannot be decoded or encoded.
    bool resize(const QList<int> &widths, int jpegQuality, bool webp = false);
    void setMetadata(const RenditionMetadata &metadata) { m_metadata = metadata; }
    // Copies the original; its size is read from the header when the Photo does not know it.
    bool copyOriginal();

    [[nodiscard]] const QList<Rendition> &renditions() const { return m_renditions; }
    // The WebP twins of renditions(), same widths and order; empty unless resized with webp.
    [[nodiscard]] const QList<Rendition> &webpRenditions() const { return m_webp; }
    [[nodiscard]] static bool canWriteWebp();
    [[nodiscard]] QString error() const { return m_error; }
    // The rendition for the plain src attribute: the widest one not above preferredWidth.
    [[nodiscard]] const Rendition *fallback(int preferredWidth) const;

    [[nodiscard]] static QString extensionFor(const QString &mimeType);

private:
    const Photo &m_photo;
    QString m_baseName;
    QList<Rendition> m_renditions;
    QList<Rendition> m_webp;
    QString m_error;
    std::optional<RenditionMetadata> m_metadata;

    bool writeMetadata(RenditionMetadataWriter &writer, QByteArray &bytes, bool pixelsUpright);
};
