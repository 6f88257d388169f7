#pragma once

#include "photo/photometadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

struct Photo;

// What every exported rendition says about itself: the article's caption, credit, copyright,
// the photographer and the alt text.
struct RenditionMetadata {
    QString caption;
    QString credit; // without the "Foto:" label: "dpa"
    QString copyright;
    QStringList byline; // the photographers
    QString altText;
    bool keepLocation = false; // lifts MetadataStripRules' location rule

    // From the article's photo fields, completed by what the photo itself says: the copyright
    // and photographer are the photo's own (or "© <credit>" when it names no copyright holder).
    [[nodiscard]] static RenditionMetadata forPhoto(const Photo &photo, const PhotoMetadata &embedded);
    bool operator==(const RenditionMetadata &) const = default;
};

// Writes RenditionMetadata into encoded JPEG, WebP and PNG files with Exiv2: as XMP (dc,
// photoshop, Iptc4xmpCore) and, where the format holds it (JPEG), as IPTC IIM in UTF-8 too.
// The original's own Exif, XMP and IPTC are carried over, minus MetadataStripRules and the
// JPEG comment; a rendition whose pixels were turned upright says orientation 1.
class RenditionMetadataWriter
{
    Q_DECLARE_TR_FUNCTIONS(RenditionMetadataWriter)

public:
    // Reads the original's metadata once. A damaged block is left behind (problems()), never
    // copied: the renditions then carry only what the article says.
    explicit RenditionMetadataWriter(const QByteArray &original);
    ~RenditionMetadataWriter();
    RenditionMetadataWriter(const RenditionMetadataWriter &) = delete;
    RenditionMetadataWriter &operator=(const RenditionMetadataWriter &) = delete;

    // Rewrites `image` in place. False (with error()) when Exiv2 cannot write into it; `image`
    // is then unchanged.
    bool write(QByteArray &image, const RenditionMetadata &metadata, bool pixelsUpright);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QStringList problems() const { return m_problems; }

private:
    struct Source;
    std::unique_ptr<Source> m_source;
    QString m_error;
    QStringList m_problems;
};
