#include "photo/photometadatafill.h"

#include "article.h"
#include "photo/creditformat.h"

using namespace Qt::StringLiterals;

namespace PhotoMetadataFill {
Photo suggested(const PhotoMetadata &metadata, const QString &creditFormat)
{
    Photo photo;
    photo.caption = metadata.caption;
    QString credit = metadata.credit;
    // Some agencies embed the label itself; the newsroom's form adds its own.
    for (const QString &label : {u"Foto:"_s, u"Fotos:"_s, u"Photo:"_s}) {
        if (credit.startsWith(label, Qt::CaseInsensitive))
            credit = credit.mid(label.size()).trimmed();
    }
    photo.credit = CreditFormat::apply(creditFormat, credit, metadata.byline);
    photo.altText = metadata.altText;
    return photo;
}

Filled fillEmpty(Photo &photo, const PhotoMetadata &metadata, const QString &creditFormat)
{
    const Photo offer = suggested(metadata, creditFormat);
    Filled filled;
    if (photo.caption.trimmed().isEmpty() && !offer.caption.isEmpty()) {
        photo.caption = offer.caption;
        filled.caption = true;
    }
    if (photo.credit.trimmed().isEmpty() && !offer.credit.isEmpty()) {
        photo.credit = offer.credit;
        filled.credit = true;
    }
    if (photo.altText.trimmed().isEmpty() && !offer.altText.isEmpty()) {
        photo.altText = offer.altText;
        filled.altText = true;
    }
    return filled;
}
} // namespace PhotoMetadataFill
