#pragma once

// Test photos with embedded metadata, written by the exiv2 tool (TestPhotos): the recipes the
// photo, export and UI tests share.

#include "testphotos.h"

#include <QByteArray>
#include <QtEndian>

namespace PhotoFixtures {
// IIM's "this block is UTF-8" marker, ESC % G.
inline const QByteArray utf8Marker = QByteArrayLiteral("\x1b%G");

// An agency photo as it arrives: UTF-8 IIM and XMP saying the same, written into `image`.
inline QByteArray agencyPhotoFrom(const QByteArray &image)
{
    const QByteArray commands = "set Iptc.Envelope.CharacterSet String " + utf8Marker + "\n"
        "set Iptc.Application2.Caption String Bürgermeisterin Müller eröffnet die Straßenbahnlinie in Köln.\n"
        "set Iptc.Application2.Credit String picture alliance/dpa | Max Mustermann\n"
        "set Iptc.Application2.Byline String Max Mustermann\n"
        "set Iptc.Application2.Copyright String dpa\n"
        "set Iptc.Application2.City String Köln\n"
        "set Xmp.dc.description LangAlt lang=x-default Bürgermeisterin Müller eröffnet die Straßenbahnlinie in Köln.\n"
        "set Xmp.photoshop.Credit XmpText picture alliance/dpa | Max Mustermann\n"
        "set Xmp.dc.creator XmpSeq Max Mustermann\n"
        "set Xmp.dc.rights LangAlt lang=x-default dpa\n"
        "set Xmp.photoshop.City XmpText Köln\n"
        "set Xmp.photoshop.Country XmpText Deutschland\n"
        "set Xmp.photoshop.Headline XmpText Neue Linie 18\n"
        "set Xmp.photoshop.DateCreated XmpText 2024-10-25\n"
        "set Xmp.Iptc4xmpCore.AltTextAccessibility LangAlt lang=x-default Eine Frau durchschneidet ein rotes Band vor einer Straßenbahn.\n"
        "set Xmp.Iptc4xmpCore.ExtDescrAccessibility LangAlt lang=x-default Die Bahn ist weiß und rot.\n";
    return TestPhotos::withMetadata(image, commands);
}

inline QByteArray agencyPhoto(int width = 1600, int height = 1067)
{
    return agencyPhotoFrom(TestPhotos::marked(width, height, "JPEG"));
}

// Everything that could point to a source: GPS, body and lens serial numbers, the owner, a
// maker note, software history; plus a caption and credit, and a sideways (6) orientation.
inline QByteArray revealingPhoto(int width = 1600, int height = 1067, int orientation = 6)
{
    const QByteArray commands = "set Exif.Image.Make Ascii NewsCam\n"
        "set Exif.Image.Model Ascii Reporter 1\n"
        "set Exif.Image.Orientation Short " + QByteArray::number(orientation) + "\n"
        "set Exif.Image.Software Ascii Geheimwerkzeug 2.1\n"
        "set Exif.Image.Artist Ascii Max Mustermann\n"
        "set Exif.Photo.BodySerialNumber Ascii SN-BODY-4711\n"
        "set Exif.Photo.LensSerialNumber Ascii SN-LENS-0815\n"
        "set Exif.Photo.CameraOwnerName Ascii Hans Quelle\n"
        "set Exif.Photo.MakerNote Undefined 83 69 67 82 69 84 0 0\n"
        "set Exif.Photo.DateTimeOriginal Ascii 2024:10:25 10:15:00\n"
        "set Exif.GPSInfo.GPSVersionID Byte 2 3 0 0\n"
        "set Exif.GPSInfo.GPSLatitudeRef Ascii N\n"
        "set Exif.GPSInfo.GPSLatitude Rational 52/1 31/1 12/1\n"
        "set Exif.GPSInfo.GPSLongitudeRef Ascii E\n"
        "set Exif.GPSInfo.GPSLongitude Rational 13/1 24/1 36/1\n"
        "set Xmp.aux.SerialNumber XmpText SN-BODY-4711\n"
        "set Xmp.xmp.CreatorTool XmpText Geheimwerkzeug 2.1\n"
        "set Iptc.Envelope.CharacterSet String " + utf8Marker + "\n"
        "set Iptc.Application2.Caption String Demonstration vor dem Rathaus\n"
        "set Iptc.Application2.Credit String dpa\n"
        "set Iptc.Application2.Program String Geheimwerkzeug\n";
    return TestPhotos::withMetadata(TestPhotos::marked(width, height, "JPEG"), commands);
}

// The JPEG with its first APPn segment of the given signature cut to `keep` payload bytes
// (segment length adjusted): a metadata block that ends too early, around intact pixels.
inline QByteArray cutSegment(const QByteArray &jpeg, const QByteArray &signature, qsizetype keep)
{
    qsizetype at = 2;
    while (at + 4 < jpeg.size() && uchar(jpeg.at(at)) == 0xFF) {
        const int length = qFromBigEndian<quint16>(jpeg.constData() + at + 2);
        const QByteArray payload = jpeg.mid(at + 4, length - 2);
        if (uchar(jpeg.at(at + 1)) == 0xE1 && payload.startsWith(signature)) {
            const QByteArray cut = payload.left(keep);
            QByteArray segment("\xFF\xE1", 2);
            char size[2];
            qToBigEndian<quint16>(quint16(cut.size() + 2), size);
            segment.append(size, 2).append(cut);
            return jpeg.left(at) + segment + jpeg.mid(at + 2 + length);
        }
        at += 2 + length;
    }
    qFatal("PhotoFixtures: no APP1 segment starting with %s", signature.constData());
}
} // namespace PhotoFixtures
