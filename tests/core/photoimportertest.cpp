#include "photoimporter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
QByteArray encode(const char *format, QSize size = QSize(320, 200))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QPainter painter(&image);
    painter.fillRect(10, 10, size.width() / 2, size.height() / 2, Qt::yellow);
    painter.drawText(20, 40, u"Straßenfest in Köln"_s);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, 90))
        qWarning("cannot encode %s", format);
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0u - (crc & 1)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &payload)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), chunk.data());
    chunk += type + payload;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + payload), crc.data());
    return chunk + crc;
}

// A syntactically complete PNG whose header claims a huge image but holds no pixel data: a
// reader that decoded before checking the size would try to allocate 240 MB.
QByteArray hugePngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", QByteArray("\x78\x9C\x03\x00\x00\x00\x00\x01", 8)) + pngChunk("IEND", {});
}
} // namespace

class PhotoImporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldAcceptSupportedFormats_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("nominal: JPEG") << QByteArray("JPEG") << u"straßenfest.jpg"_s << u"image/jpeg"_s;
        QTest::newRow("nominal: PNG") << QByteArray("PNG") << u"grafik-börse.png"_s << u"image/png"_s;
        QTest::newRow("nominal: WebP") << QByteArray("WEBP") << u"köln.webp"_s << u"image/webp"_s;
        QTest::newRow("robustness: JPEG named .png is judged by content") << QByteArray("JPEG") << u"falsch.png"_s
                                                                          << u"image/jpeg"_s;
    }

    void shouldAcceptSupportedFormats()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, fileName);
        QFETCH(QString, mimeType);
        // GIVEN a real image file written by Qt
        const QByteArray bytes = encode(format.constData());
        QVERIFY2(!bytes.isEmpty(), format.constData());
        const QString path = m_dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        // WHEN it is imported
        PhotoImporter importer;
        const auto photo = importer.importFile(path);
        // THEN bytes, MIME type and size are taken over unchanged
        QVERIFY2(photo, qPrintable(importer.lastError()));
        QCOMPARE(photo->mimeType, mimeType);
        QCOMPARE(photo->width, 320);
        QCOMPARE(photo->height, 200);
        QCOMPARE(photo->data, bytes);
        QCOMPARE(photo->fileName, fileName);
    }

    void shouldRefuseBadImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        const QByteArray jpeg = encode("JPEG");
        const QByteArray png = encode("PNG");
        const QByteArray webp = encode("WEBP");
        QTest::newRow("robustness: truncated JPEG") << jpeg.left(jpeg.size() * 2 / 3) << u"incomplete"_s;
        QTest::newRow("robustness: JPEG missing only its end marker") << jpeg.chopped(2) << u"incomplete"_s;
        QTest::newRow("robustness: truncated PNG") << png.left(png.size() / 2) << u"incomplete"_s;
        QTest::newRow("robustness: truncated WebP") << webp.left(webp.size() / 2) << u"incomplete"_s;
        QTest::newRow("robustness: text file named .jpg") << u"Dies ist kein Foto, sondern Text über Bäume."_s.toUtf8()
                                                          << u"not a JPEG, PNG or WebP"_s;
        QTest::newRow("robustness: GIF is not accepted") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14)
                                                         << u"not a JPEG, PNG or WebP"_s;
        QTest::newRow("robustness: PNG header claiming 10000x6000") << hugePngHeader(10000, 6000) << u"megapixels"_s;
        QTest::newRow("robustness: empty file") << QByteArray() << u"empty"_s;
    }

    void shouldRefuseBadImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        // GIVEN a file that is no usable photo, named like one
        const QString path = m_dir.filePath(u"schlechtes-foto.jpg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const QByteArray before = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        // WHEN it is imported
        PhotoImporter importer;
        const auto photo = importer.importFile(path);
        // THEN it is refused with a message naming the reason, and the file is untouched
        QVERIFY2(!photo, "a bad image must be refused");
        QVERIFY2(importer.lastError().contains(messagePart), qPrintable(importer.lastError()));
        QVERIFY2(importer.lastError().contains(u"schlechtes-foto.jpg"_s) || messagePart != u"incomplete"_s,
                 qPrintable(importer.lastError()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }

    void shouldRefuseMissingFile()
    {
        PhotoImporter importer;
        QVERIFY(!importer.importFile(m_dir.filePath(u"gibt-es-nicht.jpg"_s)));
        QVERIFY2(importer.lastError().contains(u"gibt-es-nicht.jpg"_s), qPrintable(importer.lastError()));
    }
};

QTEST_MAIN(PhotoImporterTest)
#include "photoimportertest.moc"
