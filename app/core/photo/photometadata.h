#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What a photo says about itself in its embedded IPTC IIM, XMP and Exif blocks, decoded to
// Unicode. Which block wins where they disagree is PhotoMetadataReader's rule; this is only
// the result. Empty strings where the photo says nothing.
struct PhotoMetadata {
    QString caption; // IPTC Caption-Abstract / dc:description
    QString credit; // IPTC Credit / photoshop:Credit, the agency: "dpa", "picture alliance/dpa | Max Mustermann"
    QStringList byline; // IPTC By-line / dc:creator, the photographers
    QString copyright; // IPTC Copyright Notice / dc:rights
    QString headline;
    QString city;
    QString country;
    QDate dateCreated;
    QString altText; // IPTC Alt Text (Accessibility), Iptc4xmpCore:AltTextAccessibility
    QString extendedDescription; // Iptc4xmpCore:ExtDescrAccessibility
    // Conditions a newsroom must heed before publishing: IPTC Special Instructions, XMP usage
    // terms, PLUS other constraints, IIM release (embargo) and expiration dates. Translated.
    QStringList restrictions;
    int orientation = 1; // Exif 1..8; 1 = as stored
    // What would point to a source if it left the house (see MetadataStripRules).
    bool hasGps = false;
    bool hasSerialNumbers = false;
    // Translated, for the user: a damaged or unreadable metadata block, shortened fields. The
    // photo stays usable; only what the message names may be missing.
    QStringList problems;

    [[nodiscard]] bool hasText() const
    {
        return !caption.isEmpty() || !credit.isEmpty() || !byline.isEmpty() || !copyright.isEmpty()
            || !headline.isEmpty() || !city.isEmpty() || !country.isEmpty() || !altText.isEmpty()
            || !extendedDescription.isEmpty() || !restrictions.isEmpty() || dateCreated.isValid();
    }
    bool operator==(const PhotoMetadata &) const = default;
};
