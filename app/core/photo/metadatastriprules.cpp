#include "photo/metadatastriprules.h"

#include <exiv2/exiv2.hpp>

const QList<MetadataStripRules::Rule> &MetadataStripRules::rules()
{
    using R = Reason;
    static const QList<Rule> list{
        // Where the photo was taken.
        {"Exif.GPSInfo.*", R::Location},
        {"Exif.Image.GPSTag", R::Location},
        {"Xmp.exif.GPS*", R::Location},
        {"Xmp.exifEX.GPS*", R::Location},
        // Which camera and lens: serial numbers and unique image IDs.
        {"Exif.Image.CameraSerialNumber", R::SerialNumber},
        {"Exif.Photo.BodySerialNumber", R::SerialNumber},
        {"Exif.Photo.LensSerialNumber", R::SerialNumber},
        {"Exif.Photo.ImageUniqueID", R::SerialNumber},
        {"Exif.Image.ImageID", R::SerialNumber},
        {"Xmp.aux.SerialNumber", R::SerialNumber},
        {"Xmp.aux.LensSerialNumber", R::SerialNumber},
        {"Xmp.aux.ImageNumber", R::SerialNumber},
        {"Xmp.exifEX.BodySerialNumber", R::SerialNumber},
        {"Xmp.exifEX.LensSerialNumber", R::SerialNumber},
        {"Xmp.exif.ImageUniqueID", R::SerialNumber},
        // Whose camera.
        {"Exif.Photo.CameraOwnerName", R::Owner},
        {"Xmp.exifEX.CameraOwnerName", R::Owner},
        {"Xmp.aux.OwnerName", R::Owner},
        // Vendor maker notes (see strips() for the vendor groups).
        {"Exif.Photo.MakerNote", R::MakerNote},
        {"Exif.MakerNote.*", R::MakerNote},
        // Embedded previews (IFD1 and XMP thumbnails).
        {"Exif.Thumbnail.*", R::Thumbnail},
        {"Exif.Image2.*", R::Thumbnail},
        {"Xmp.xmp.Thumbnails*", R::Thumbnail},
        {"Xmp.xmpGImg.*", R::Thumbnail},
        // Which programs and which computer handled the file, and the documents it came from.
        {"Exif.Image.Software", R::SoftwareHistory},
        {"Exif.Image.ProcessingSoftware", R::SoftwareHistory},
        {"Exif.Image.HostComputer", R::SoftwareHistory},
        {"Exif.Image.DocumentName", R::SoftwareHistory},
        {"Xmp.xmp.CreatorTool", R::SoftwareHistory},
        {"Xmp.xmpMM.*", R::SoftwareHistory},
        {"Xmp.photoshop.DocumentAncestors*", R::SoftwareHistory},
        {"Xmp.photoshop.History", R::SoftwareHistory},
        {"Xmp.crs.*", R::SoftwareHistory},
        {"Xmp.tiff.Software", R::SoftwareHistory},
        {"Iptc.Application2.Program", R::SoftwareHistory},
        {"Iptc.Application2.ProgramVersion", R::SoftwareHistory},
    };
    return list;
}

bool MetadataStripRules::strips(std::string_view key, bool keepLocation)
{
    const std::optional<Reason> reason = reasonFor(key);
    return reason && !(keepLocation && *reason == Reason::Location);
}

std::optional<MetadataStripRules::Reason> MetadataStripRules::reasonFor(std::string_view key)
{
    for (const Rule &rule : rules()) {
        const bool prefix = rule.key.ends_with('*');
        const std::string_view stem = prefix ? rule.key.substr(0, rule.key.size() - 1) : rule.key;
        if (prefix ? key.starts_with(stem) : key == stem)
            return rule.reason;
    }
    // GPS fields inside XMP structures (Iptc4xmpExt:LocationCreated[1]/exif:GPSLatitude); the
    // place names beside them stay.
    if (key.starts_with("Xmp.") && key.find(":GPS") != std::string_view::npos)
        return Reason::Location;
    // Exif.Canon.*, Exif.Nikon3.*, Exif.OlympusCs.*, … : every group Exiv2 decodes from a maker note.
    if (key.starts_with("Exif.")) {
        const std::string_view rest = key.substr(5);
        const std::string group(rest.substr(0, rest.find('.')));
        if (Exiv2::ExifTags::isMakerGroup(group))
            return Reason::MakerNote;
    }
    return std::nullopt;
}

QString MetadataStripRules::describe(Reason reason)
{
    switch (reason) {
    case Reason::Location: return tr("GPS position");
    case Reason::SerialNumber: return tr("camera and lens serial numbers");
    case Reason::Owner: return tr("camera owner");
    case Reason::MakerNote: return tr("maker notes");
    case Reason::Thumbnail: return tr("embedded thumbnails");
    case Reason::SoftwareHistory: return tr("software history");
    }
    return {};
}
