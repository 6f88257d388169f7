#pragma once

#include <QByteArray>
#include <QString>

// Photos with embedded metadata for tests, made the way a newsroom's photos are: an image Qt
// draws and encodes, then the metadata written by the `exiv2` command-line tool (Debian's
// exiv2 package, in the toolchain root). A missing tool stops the test with qFatal: a photo
// metadata test that skips is a test that does not exist.
namespace TestPhotos {
// An image with a red top-left quarter on blue, so that a test can tell how it was turned.
// format: "JPEG", "PNG" or "WEBP".
[[nodiscard]] QByteArray marked(int width, int height, const char *format);
// Runs `exiv2 -m <commands>` on a copy of `image` (suffix tells exiv2 the type). The commands
// file is written byte for byte, so that a test can put Latin-1 text in it. Each line:
// "set Iptc.Application2.Caption String Bürger", "set Xmp.dc.description LangAlt lang=x-default …".
[[nodiscard]] QByteArray withMetadata(const QByteArray &image, const QByteArray &commands, const char *suffix = "jpg");
// `exiv2 -pa` (every Exif, IPTC and XMP tag, interpreted), or `-pS`-style structure with
// another option; what a newsroom would run to check a published file.
[[nodiscard]] QString dump(const QByteArray &image, const char *suffix = "jpg", const QString &option = QStringLiteral("-pa"));
[[nodiscard]] QString exiv2Program();
} // namespace TestPhotos
