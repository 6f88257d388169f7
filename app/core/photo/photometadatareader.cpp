#include "photo/photometadatareader.h"

#include "i18n/germanformat.h"
#include "photo/exiv2support.h"
#include "photo/metadatastriprules.h"

#include <QStringDecoder>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;

namespace {
QString fromXmp(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One text from an XMP property: the x-default (or first) language of a language
// alternative, the items of an array joined, or the plain text.
QString xmpText(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    if (it->typeId() == Exiv2::langAlt) {
        const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&it->value());
        if (!alt || alt->value_.empty())
            return {};
        const auto fallback = alt->value_.find("x-default");
        return fromXmp(fallback != alt->value_.end() ? fallback->second : alt->value_.begin()->second);
    }
    if (it->typeId() == Exiv2::xmpBag || it->typeId() == Exiv2::xmpSeq || it->typeId() == Exiv2::xmpAlt) {
        QStringList items;
        for (size_t i = 0; i < it->count(); ++i)
            items << fromXmp(it->toString(i));
        return items.join(u", "_s);
    }
    return fromXmp(it->toString());
}

QStringList xmpList(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    QStringList items;
    if (it->typeId() == Exiv2::xmpBag || it->typeId() == Exiv2::xmpSeq || it->typeId() == Exiv2::xmpAlt) {
        for (size_t i = 0; i < it->count(); ++i)
            items << fromXmp(it->toString(i));
    } else {
        items << xmpText(xmp, key);
    }
    return items;
}

class IimDecoder
{
public:
    explicit IimDecoder(const Exiv2::IptcData &iptc)
        : m_iptc(iptc)
    {
        const auto marker = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
        m_utf8Declared = marker != iptc.end() && marker->toString() == "\x1b%G";
    }

    [[nodiscard]] QString decode(const std::string &raw) const
    {
        const QByteArrayView bytes(raw.data(), qsizetype(raw.size()));
        if (m_utf8Declared)
            return QString::fromUtf8(bytes);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(bytes);
        if (!utf8.hasError())
            return decoded;
        return QString::fromLatin1(bytes);
    }

    [[nodiscard]] QStringList all(const char *key) const
    {
        QStringList values;
        const Exiv2::IptcKey wanted(key);
        for (const auto &datum : m_iptc) {
            if (datum.tag() == wanted.tag() && datum.record() == wanted.record())
                values << decode(datum.toString());
        }
        return values;
    }

    [[nodiscard]] QString text(const char *key) const
    {
        const QStringList values = all(key);
        return values.isEmpty() ? QString() : values.constFirst();
    }

private:
    const Exiv2::IptcData &m_iptc;
    bool m_utf8Declared = false;
};

QString exifText(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return {};
    const std::string value = it->toString();
    // Exif ASCII is meant to be ASCII; cameras write UTF-8 or Latin-1 all the same.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(QByteArrayView(value.data(), qsizetype(value.size())));
    return utf8.hasError() ? QString::fromLatin1(value.data(), qsizetype(value.size())) : decoded;
}

// "2004-06-21", "2004-06-21T23:37:53+01:00", "20040621", Exif's "2004:06:21 23:37:53".
QDate parseDate(const QString &text)
{
    QString head = text.trimmed().left(10);
    if (head.size() == 10 && head.at(4) == u':' && head.at(7) == u':') {
        head[4] = u'-';
        head[7] = u'-';
    }
    QDate date = QDate::fromString(head, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text.trimmed().left(8), u"yyyyMMdd"_s);
    return date;
}

QString firstOf(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty())
            return candidate;
    }
    return {};
}

struct Limiter {
    QStringList *problems;

    QString operator()(const QString &text, int limit, const QString &what) const
    {
        QString clean = PhotoMetadataReader::cleanText(text);
        if (clean.size() > limit) {
            clean.truncate(limit);
            // Never end on half a surrogate pair.
            if (!clean.isEmpty() && clean.back().isHighSurrogate())
                clean.chop(1);
            problems->append(PhotoMetadataReader::tr("The photo's %1 is very long; only its first %2 characters were taken.")
                                 .arg(what)
                                 .arg(limit));
        }
        return clean;
    }
};
} // namespace

QString PhotoMetadataReader::cleanText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t') {
            result += u' ';
            continue;
        }
        // C0/C1 controls, bidirectional embeddings, overrides and isolates, the BOM.
        if (c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
            || u == 0xFEFF)
            continue;
        result += c;
    }
    return result.simplified();
}

PhotoMetadata PhotoMetadataReader::read(const QByteArray &bytes)
{
    PhotoMetadata metadata;
    if (bytes.isEmpty())
        return metadata;
    Exiv2Session session;
    Exiv2::Image::UniquePtr image;
    bool complete = true;
    QString failure;
    try {
        image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), size_t(bytes.size()));
        image->readMetadata();
    } catch (const std::exception &error) { // Exiv2::Error is one too
        complete = false;
        failure = QString::fromUtf8(error.what());
    }
    if (!image) {
        metadata.problems << tr("The photo's embedded metadata (caption, credit, copyright) cannot be read: %1. "
                                "The photo itself can still be used.")
                                 .arg(failure);
        return metadata;
    }
    try {
        const Exiv2::XmpData &xmp = image->xmpData();
        const Exiv2::IptcData &iptc = image->iptcData();
        const Exiv2::ExifData &exif = image->exifData();
        const IimDecoder iim(iptc);
        const Limiter limit{&metadata.problems};

        metadata.caption = limit(firstOf({xmpText(xmp, "Xmp.dc.description"), iim.text("Iptc.Application2.Caption"),
                                          exifText(exif, "Exif.Image.ImageDescription")}),
                                 maxCaptionCharacters, tr("caption"));
        metadata.credit = limit(firstOf({xmpText(xmp, "Xmp.photoshop.Credit"), iim.text("Iptc.Application2.Credit")}),
                                maxFieldCharacters, tr("credit line"));
        QStringList byline = xmpList(xmp, "Xmp.dc.creator");
        if (byline.isEmpty())
            byline = iim.all("Iptc.Application2.Byline");
        if (byline.isEmpty() && !exifText(exif, "Exif.Image.Artist").trimmed().isEmpty())
            byline << exifText(exif, "Exif.Image.Artist");
        for (const QString &name : std::as_const(byline)) {
            const QString clean = limit(name, maxFieldCharacters, tr("photographer"));
            if (!clean.isEmpty() && !metadata.byline.contains(clean))
                metadata.byline << clean;
        }
        metadata.copyright = limit(firstOf({xmpText(xmp, "Xmp.dc.rights"), iim.text("Iptc.Application2.Copyright"),
                                            exifText(exif, "Exif.Image.Copyright")}),
                                   maxFieldCharacters, tr("copyright notice"));
        metadata.headline = limit(firstOf({xmpText(xmp, "Xmp.photoshop.Headline"), iim.text("Iptc.Application2.Headline")}),
                                  maxFieldCharacters, tr("headline"));
        metadata.city = limit(firstOf({xmpText(xmp, "Xmp.photoshop.City"), iim.text("Iptc.Application2.City")}),
                              maxFieldCharacters, tr("city"));
        metadata.country = limit(firstOf({xmpText(xmp, "Xmp.photoshop.Country"), iim.text("Iptc.Application2.CountryName")}),
                                 maxFieldCharacters, tr("country"));
        metadata.dateCreated = parseDate(firstOf({xmpText(xmp, "Xmp.photoshop.DateCreated"),
                                                  iim.text("Iptc.Application2.DateCreated"),
                                                  exifText(exif, "Exif.Photo.DateTimeOriginal")}));
        metadata.altText = limit(xmpText(xmp, "Xmp.iptc.AltTextAccessibility"), maxCaptionCharacters,
                                 tr("alt text"));
        metadata.extendedDescription = limit(xmpText(xmp, "Xmp.iptc.ExtDescrAccessibility"),
                                             maxCaptionCharacters, tr("extended description"));

        const QString instructions = limit(firstOf({xmpText(xmp, "Xmp.photoshop.Instructions"),
                                                    iim.text("Iptc.Application2.SpecialInstructions")}),
                                           maxFieldCharacters, tr("special instructions"));
        if (!instructions.isEmpty())
            metadata.restrictions << tr("Special instructions: %1").arg(instructions);
        const QString terms = limit(xmpText(xmp, "Xmp.xmpRights.UsageTerms"), maxFieldCharacters, tr("usage terms"));
        if (!terms.isEmpty())
            metadata.restrictions << tr("Usage terms: %1").arg(terms);
        const QString constraints = limit(xmpText(xmp, "Xmp.plus.OtherConstraints"), maxFieldCharacters,
                                          tr("usage restrictions"));
        if (!constraints.isEmpty())
            metadata.restrictions << tr("Restrictions: %1").arg(constraints);
        const QDate release = parseDate(iim.text("Iptc.Application2.ReleaseDate"));
        if (release.isValid())
            metadata.restrictions << tr("Embargo: not to be published before %1").arg(GermanFormat::date(release));
        const QDate expiry = parseDate(iim.text("Iptc.Application2.ExpirationDate"));
        if (expiry.isValid())
            metadata.restrictions << tr("Not to be used after %1").arg(GermanFormat::date(expiry));

        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end() && orientation->count() > 0) {
            const int64_t value = orientation->toInt64();
            if (value >= 1 && value <= 8)
                metadata.orientation = int(value);
        }
        using Reason = MetadataStripRules::Reason;
        const auto note = [&metadata](const std::string &key) {
            const auto reason = MetadataStripRules::reasonFor(key);
            if (reason == Reason::Location)
                metadata.hasGps = true;
            else if (reason == Reason::SerialNumber)
                metadata.hasSerialNumbers = true;
        };
        for (const auto &datum : exif)
            note(datum.key());
        for (const auto &datum : xmp)
            note(datum.key());
    } catch (const std::exception &error) { // Exiv2::Error is one too
        complete = false;
        failure = QString::fromUtf8(error.what());
    }
    const QStringList warnings = session.messages();
    if (!complete || !warnings.isEmpty()) {
        QStringList details = warnings;
        if (!failure.isEmpty())
            details.prepend(failure);
        metadata.problems.prepend(tr("The photo's embedded metadata is damaged, so its caption, credit or copyright may "
                                     "be missing or incomplete. The photo itself can be used. (Exiv2: %1)")
                                      .arg(details.mid(0, 3).join(u"; "_s)));
    }
    return metadata;
}
