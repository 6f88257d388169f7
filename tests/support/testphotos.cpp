#include "testphotos.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace TestPhotos {
QString exiv2Program()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("exiv2"));
    if (program.isEmpty())
        qFatal("TestPhotos: the exiv2 command-line tool is missing (Debian package exiv2, in tools/debian-packages.txt)");
    return program;
}

QByteArray marked(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(20, 60, 200));
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, QColor(230, 20, 20));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, 95))
        qFatal("TestPhotos: Qt cannot write %s here", format);
    return bytes;
}

namespace {
QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("TestPhotos: cannot write %s", qPrintable(path));
    return path;
}

QByteArray run(const QStringList &arguments, QByteArray *errors = nullptr)
{
    QProcess process;
    process.start(exiv2Program(), arguments);
    if (!process.waitForFinished(60000))
        qFatal("TestPhotos: exiv2 %s did not finish", qPrintable(arguments.join(u' ')));
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}
} // namespace

QByteArray withMetadata(const QByteArray &image, const QByteArray &commands, const char *suffix)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("photo.") + QLatin1StringView(suffix), image);
    const QString commandFile = writeTemp(dir, QStringLiteral("commands.txt"), commands);
    QByteArray errors;
    (void)run({QStringLiteral("-m"), commandFile, path}, &errors);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TestPhotos: exiv2 left no file");
    const QByteArray result = file.readAll();
    if (result == image)
        qFatal("TestPhotos: exiv2 changed nothing: %s", errors.constData());
    return result;
}

QString dump(const QByteArray &image, const char *suffix, const QString &option)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("photo.") + QLatin1StringView(suffix), image);
    return QString::fromUtf8(run({option, path}));
}
} // namespace TestPhotos
