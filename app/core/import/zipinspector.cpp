#include "zipinspector.h"

#include <QtEndian>

namespace {
quint32 read32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 read16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}
} // namespace

QString ZipInspector::check(const QByteArray &bytes, const QString &kindName)
{
    if (bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        return tr("This is not a %1 but an old Word 97–2003 (.doc) file. Open it in Word or LibreOffice, "
                  "save it as .docx and import that.")
            .arg(kindName);
    }
    const QString notZip = tr("This is not a real %1: such files are ZIP archives, and this one is not "
                              "(damaged, cut off, or another kind of file renamed).")
                               .arg(kindName);
    if (!bytes.startsWith("PK\x03\x04") || bytes.size() < 22)
        return notZip;
    // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KB at the end.
    const qsizetype searchFrom = std::max<qsizetype>(0, bytes.size() - 22 - 0xFFFF);
    qsizetype end = -1;
    for (qsizetype at = bytes.size() - 22; at >= searchFrom; --at) {
        if (read32(bytes, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return notZip;
    const int entries = read16(bytes, end + 10);
    const quint32 directorySize = read32(bytes, end + 12);
    const quint32 directoryOffset = read32(bytes, end + 16);
    if (directoryOffset == 0xFFFFFFFF || entries == 0xFFFF) {
        // ZIP64: only archives beyond 4 GB or 65,535 members need it; no document does.
        return tr("The %1 declares more than 4 GB or 65,535 parts; it was not imported.").arg(kindName);
    }
    if (qint64(directoryOffset) + directorySize > end)
        return notZip;
    if (entries > maxEntries)
        return tr("The %1 consists of %2 parts, more than any real document; it was not imported.").arg(kindName).arg(entries);

    qint64 unpacked = 0;
    qsizetype at = directoryOffset;
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > end || read32(bytes, at) != 0x02014b50)
            return notZip;
        const quint32 packedSize = read32(bytes, at + 20);
        const quint32 size = read32(bytes, at + 24);
        if (packedSize == 0xFFFFFFFF || size == 0xFFFFFFFF)
            return tr("The %1 declares more than 4 GB or 65,535 parts; it was not imported.").arg(kindName);
        unpacked += size;
        const bool bomb = size > 1024 * 1024 && qint64(size) > maxRatio * std::max<qint64>(1, packedSize);
        if (bomb || unpacked > maxUnpackedBytes) {
            return tr("The %1 would unpack to more than %2 MB from %3 KB: it looks like a ZIP bomb "
                      "and was not imported.")
                .arg(kindName)
                .arg(std::max<qint64>(unpacked, size) / (1024 * 1024))
                .arg(bytes.size() / 1024);
        }
        at += 46 + read16(bytes, at + 28) + read16(bytes, at + 30) + read16(bytes, at + 32);
    }
    return {};
}
