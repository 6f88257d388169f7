#pragma once

#include "article.h"
#include "photo/photometadata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Checks a lead photo before it enters an article: JPEG, PNG or WebP (told by content, never by
// the file name), complete (decoded for real, and the format's end marker present, because
// Qt's JPEG reader returns a grey-padded image for a cut-off file), at most 50 megapixels
// (checked from the header, before a huge image is decoded). A refusal changes nothing.
// An accepted photo's embedded IPTC/XMP/Exif is read too (metadata()); a damaged metadata block
// never refuses a photo whose pixels are fine, it only adds a line to metadata().problems.
class PhotoImporter
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImporter)

public:
    static constexpr qint64 maxPixels = 50'000'000;
    static constexpr qint64 maxFileBytes = 200 * 1024 * 1024;

    // A Photo with data, MIME type, size as shown (Exif orientation applied) and file name;
    // caption, credit and alt text stay empty (PhotoMetadataFill takes them from metadata()).
    [[nodiscard]] std::optional<Photo> importFile(const QString &path);
    [[nodiscard]] std::optional<Photo> importBytes(const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // What the last accepted photo says about itself.
    [[nodiscard]] const PhotoMetadata &metadata() const { return m_metadata; }

private:
    std::optional<Photo> refuse(const QString &message);

    QString m_lastError;
    PhotoMetadata m_metadata;
};
