#include "photo/renditionmetadatawriter.h"

#include "article.h"
#include "photo/exiv2support.h"
#include "photo/metadatastriprules.h"

#include <QStringDecoder>

#include <exiv2/exiv2.hpp>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace {
// IIM's Caption-Abstract holds 2000 bytes, the other text fields 32 to 128; Exiv2 does not
// enforce them but readers truncate or refuse. Cut at a UTF-8 character boundary.
std::string iimText(const QString &text, qsizetype maxBytes)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > maxBytes) {
        qsizetype end = maxBytes;
        while (end > 0 && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        utf8.truncate(end);
    }
    return utf8.toStdString();
}

template<typename Data>
void strip(Data &data, bool keepLocation)
{
    for (auto it = data.begin(); it != data.end();) {
        if (MetadataStripRules::strips(it->key(), keepLocation))
            it = data.erase(it);
        else
            ++it;
    }
}

template<typename Data, typename Key>
void eraseKey(Data &data, const char *key)
{
    for (auto it = data.findKey(Key(key)); it != data.end(); it = data.findKey(Key(key)))
        data.erase(it);
}

void setLangAlt(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    eraseKey<Exiv2::XmpData, Exiv2::XmpKey>(xmp, key);
    if (text.isEmpty())
        return;
    Exiv2::LangAltValue value;
    value.value_["x-default"] = text.toStdString();
    xmp.add(Exiv2::XmpKey(key), &value);
}

void setXmpText(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    eraseKey<Exiv2::XmpData, Exiv2::XmpKey>(xmp, key);
    if (!text.isEmpty())
        xmp[key] = text.toStdString();
}

void setIim(Exiv2::IptcData &iptc, const char *key, const QStringList &values, qsizetype maxBytes)
{
    eraseKey<Exiv2::IptcData, Exiv2::IptcKey>(iptc, key);
    for (const QString &value : values) {
        if (value.isEmpty())
            continue;
        Exiv2::Iptcdatum datum{Exiv2::IptcKey(key)};
        datum.setValue(iimText(value, maxBytes));
        iptc.add(datum);
    }
}

// The rendition's IIM block is declared UTF-8; text carried over from an original in Latin-1
// (no CharacterSet marker, bytes that are not UTF-8) is converted first, as the reader decodes it.
void convertToUtf8(Exiv2::IptcData &iptc)
{
    const auto marker = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
    if (marker != iptc.end() && marker->toString() == "\x1b%G")
        return;
    for (auto &datum : iptc) {
        if (datum.typeId() != Exiv2::string)
            continue;
        const std::string raw = datum.toString();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // Decoded for real: the decoder's result is lazy, and only decoding sets hasError().
        [[maybe_unused]] const QString decoded = utf8(QByteArrayView(raw.data(), qsizetype(raw.size())));
        if (utf8.hasError())
            datum.setValue(QString::fromLatin1(raw.data(), qsizetype(raw.size())).toStdString());
    }
}

QString withoutLabel(QString credit)
{
    credit = credit.simplified();
    for (const QString &label : {u"Foto:"_s, u"Fotos:"_s, u"Photo:"_s, u"Bild:"_s}) {
        if (credit.startsWith(label, Qt::CaseInsensitive))
            return credit.mid(label.size()).trimmed();
    }
    return credit;
}
} // namespace

struct RenditionMetadataWriter::Source {
    Exiv2::ExifData exif;
    Exiv2::XmpData xmp;
    Exiv2::IptcData iptc;
};

RenditionMetadata RenditionMetadata::forPhoto(const Photo &photo, const PhotoMetadata &embedded)
{
    RenditionMetadata result;
    result.caption = photo.caption.simplified();
    result.credit = withoutLabel(photo.credit);
    result.altText = photo.altText.simplified();
    result.byline = embedded.byline;
    result.copyright = embedded.copyright;
    if (result.copyright.isEmpty() && !result.credit.isEmpty())
        result.copyright = u"© "_s + result.credit;
    return result;
}

RenditionMetadataWriter::RenditionMetadataWriter(const QByteArray &original)
{
    Exiv2Session session;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(original.constData()),
                                               size_t(original.size()));
        image->readMetadata();
        auto source = std::make_unique<Source>();
        source->exif = image->exifData();
        source->xmp = image->xmpData();
        source->iptc = image->iptcData();
        if (session.messages().isEmpty())
            m_source = std::move(source);
    } catch (const std::exception &error) {
        m_problems << QString::fromUtf8(error.what());
    }
    m_problems << session.messages();
}

RenditionMetadataWriter::~RenditionMetadataWriter() = default;

bool RenditionMetadataWriter::write(QByteArray &bytes, const RenditionMetadata &metadata, bool pixelsUpright)
{
    m_error.clear();
    Exiv2Session session;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                               size_t(bytes.size()));
        // What the file itself holds is replaced whole: for a rendition Qt's encoder wrote
        // nothing worth keeping, for the original copy its blocks equal the source's.
        Exiv2::ExifData exif = m_source ? m_source->exif : Exiv2::ExifData();
        Exiv2::XmpData xmp = m_source ? m_source->xmp : Exiv2::XmpData();
        Exiv2::IptcData iptc = m_source ? m_source->iptc : Exiv2::IptcData();
        strip(exif, metadata.keepLocation);
        strip(xmp, metadata.keepLocation);
        strip(iptc, metadata.keepLocation);
        Exiv2::ExifThumb(exif).erase();
        // A caption in Exif would be the original's, stale once the desk edits it; the pixel
        // size is the original's too.
        for (const char *key : {"Exif.Image.ImageDescription", "Exif.Photo.PixelXDimension",
                                "Exif.Photo.PixelYDimension", "Exif.Image.ImageWidth", "Exif.Image.ImageLength"})
            eraseKey<Exiv2::ExifData, Exiv2::ExifKey>(exif, key);
        for (const char *key : {"Xmp.exif.PixelXDimension", "Xmp.exif.PixelYDimension", "Xmp.tiff.ImageWidth",
                                "Xmp.tiff.ImageLength", "Xmp.tiff.ImageDescription"})
            eraseKey<Exiv2::XmpData, Exiv2::XmpKey>(xmp, key);
        if (pixelsUpright) {
            eraseKey<Exiv2::XmpData, Exiv2::XmpKey>(xmp, "Xmp.tiff.Orientation");
            if (exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation")) != exif.end())
                exif["Exif.Image.Orientation"] = uint16_t(1);
        }

        setLangAlt(xmp, "Xmp.dc.description", metadata.caption);
        setXmpText(xmp, "Xmp.photoshop.Credit", metadata.credit);
        setLangAlt(xmp, "Xmp.dc.rights", metadata.copyright);
        setLangAlt(xmp, "Xmp.iptc.AltTextAccessibility", metadata.altText);
        eraseKey<Exiv2::XmpData, Exiv2::XmpKey>(xmp, "Xmp.dc.creator");
        if (!metadata.byline.isEmpty()) {
            Exiv2::XmpArrayValue creators(Exiv2::xmpSeq);
            for (const QString &name : metadata.byline)
                creators.read(name.toStdString());
            xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), &creators);
        }

        image->clearComment();
        image->setExifData(exif);
        // Encoded here as a read-only packet: without it, the XMP toolkit adds 2 KB of padding
        // for editing in place. A published rendition is never edited in place, and on a
        // 480 px JPEG the padding alone was a fifth of the file (BENCHMARKS.md, photo metadata).
        std::string packet;
        if (!xmp.empty()
            && Exiv2::XmpParser::encode(packet, xmp,
                                        Exiv2::XmpParser::useCompactFormat | Exiv2::XmpParser::omitAllFormatting
                                            | Exiv2::XmpParser::readOnlyPacket,
                                        0)
                > 1)
            throw std::runtime_error("the XMP packet cannot be encoded");
        image->setXmpPacket(packet);
        image->writeXmpFromPacket(true);
        if (image->supportsMetadata(Exiv2::mdIptc)) {
            const bool jpeg = image->imageType() == Exiv2::ImageType::jpeg;
            if (jpeg) {
                convertToUtf8(iptc);
                iptc["Iptc.Envelope.CharacterSet"] = std::string("\x1b%G");
                setIim(iptc, "Iptc.Application2.Caption", {metadata.caption}, 2000);
                setIim(iptc, "Iptc.Application2.Credit", {metadata.credit}, 32);
                setIim(iptc, "Iptc.Application2.Copyright", {metadata.copyright}, 128);
                setIim(iptc, "Iptc.Application2.Byline", metadata.byline, 32);
            }
            image->setIptcData(iptc);
        }
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        if (io.open() != 0)
            throw std::runtime_error("the image in memory cannot be reopened");
        io.seek(0, Exiv2::BasicIo::beg);
        const Exiv2::DataBuf written = io.read(io.size());
        io.close();
        if (written.size() == 0)
            throw std::runtime_error("nothing was written");
        bytes = QByteArray(reinterpret_cast<const char *>(written.c_data()), qsizetype(written.size()));
        return true;
    } catch (const std::exception &error) {
        m_error = tr("The photo's metadata (caption, credit, copyright) cannot be written into the exported file: %1")
                      .arg(QString::fromUtf8(error.what()));
        return false;
    }
}
