#pragma once

#include "photo/photometadata.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads a photo's embedded IPTC IIM, XMP and Exif with Exiv2 into a PhotoMetadata. It never
// fails: a missing, damaged or unreadable block gives an empty or partial result and a
// translated line in problems, and the photo's pixels are never touched.
//
// Where XMP and IIM disagree, XMP wins field by field, and IIM fills only what XMP lacks.
// XMP is Unicode by definition, and it is the block that current tools (Photo Mechanic,
// Lightroom, agency systems) update first; an IIM block that disagrees is the stale copy
// (Metadata Working Group guidance without a matching IIM digest). Exif's Artist, Copyright
// and ImageDescription are the last resort.
//
// IIM text is UTF-8 when Iptc.Envelope.CharacterSet says so (ESC % G); without that marker it
// is UTF-8 when the bytes are valid UTF-8 and Latin-1 otherwise (a Latin-1 umlaut byte is
// never valid UTF-8, so the guess cannot garble either).
class PhotoMetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(PhotoMetadataReader)

public:
    // Longer fields are shortened (with a problem line): a caption is a paragraph, not a file.
    static constexpr int maxCaptionCharacters = 2000;
    static constexpr int maxFieldCharacters = 500;

    [[nodiscard]] static PhotoMetadata read(const QByteArray &bytes);
    // Control characters and bidirectional overrides removed, white space collapsed: metadata
    // is shown in single-line fields and must not reorder the text around it.
    [[nodiscard]] static QString cleanText(const QString &text);
};
