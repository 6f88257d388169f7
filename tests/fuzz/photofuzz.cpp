#include "fuzzsupport.h"

#include "photo/photometadatareader.h"
#include "photoimporter.h"

// Image bytes from anywhere (a photographer's camera, an agency, a renamed PDF): a photo within
// the limits or a refusal with a message; embedded metadata within its field limits.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    PhotoImporter importer;
    const std::optional<Photo> photo = importer.importBytes(bytes, QStringLiteral("foto.jpg"));
    if (photo) {
        FUZZ_CHECK(photo->width > 0 && photo->height > 0, QStringLiteral("%1×%2").arg(photo->width).arg(photo->height));
        FUZZ_CHECK(qint64(photo->width) * photo->height <= PhotoImporter::maxPixels,
                   QStringLiteral("%1×%2").arg(photo->width).arg(photo->height));
        FUZZ_CHECK(photo->data == bytes, QStringLiteral("stored bytes differ from the original"));
    } else {
        FUZZ_CHECK(!importer.lastError().isEmpty(), QStringLiteral("refused without a message"));
    }
    const PhotoMetadata metadata = PhotoMetadataReader::read(bytes);
    for (const QString &field : {metadata.caption, metadata.altText})
        FUZZ_CHECK(field.size() <= PhotoMetadataReader::maxCaptionCharacters, field);
    for (const QString &field : {metadata.credit, metadata.copyright, metadata.headline, metadata.city, metadata.country})
        FUZZ_CHECK(field.size() <= PhotoMetadataReader::maxFieldCharacters, field);
    FUZZ_CHECK(metadata.orientation >= 1 && metadata.orientation <= 8, QString::number(metadata.orientation));
    return 0;
}
