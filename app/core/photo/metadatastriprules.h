#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

// The one list of what never leaves the house with an exported photo. A photo's GPS position,
// the serial number of the camera body or lens, its owner's name, the maker notes (which hide
// serial numbers and more in vendor formats) and the trail of software that touched the file
// can point to a source; an embedded thumbnail may still show what was cropped away. Every
// rendition and every copied original is cleaned by this list, in Exif, XMP and IPTC alike.
// Location is the only rule a newsroom may lift (a preference and an export option), for a
// photo whose place is meant to be public. Documented for users in docs/photo-metadata.md.
class MetadataStripRules
{
    Q_DECLARE_TR_FUNCTIONS(MetadataStripRules)

public:
    enum class Reason { Location, SerialNumber, Owner, MakerNote, Thumbnail, SoftwareHistory };

    struct Rule {
        // An Exiv2 key ("Exif.GPSInfo.GPSLatitude"); a trailing '*' matches every key starting so.
        std::string_view key;
        Reason reason;
    };

    [[nodiscard]] static const QList<Rule> &rules();
    // Whether an Exiv2 key goes. Maker-note groups (Exif.Canon.*, Exif.Nikon3.*, …) are matched
    // by their group as Exiv2 knows it, so that a vendor added to Exiv2 is covered too.
    [[nodiscard]] static bool strips(std::string_view key, bool keepLocation);
    // Why a key goes, or nothing when it stays.
    [[nodiscard]] static std::optional<Reason> reasonFor(std::string_view key);
    [[nodiscard]] static QString describe(Reason reason);
};
