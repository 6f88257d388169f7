#include "../support/dialogstub.h"
#include "editor/formlineedit.h"
#include "photo/photopanel.h"

#include <QBuffer>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Drops files on the panel the way a file manager does: a QDropEvent carrying file URLs.
bool drop(PhotoPanel &panel, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at(panel.width() / 2.0, panel.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &dropEvent);
    return true;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray pngBytes(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class PhotoPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTakeADroppedPng()
    {
        // GIVEN an empty photo panel and a good PNG file
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"rathaus.png"_s, pngBytes(64, 48));
        DialogStub dialogs;
        PhotoPanel panel(&dialogs);
        panel.resize(400, 400);
        QSignalSpy changed(&panel, &PhotoPanel::imageChanged);
        // WHEN it is dropped
        QVERIFY(drop(panel, path));
        // THEN the panel holds it, with size and type, and nobody was bothered
        QCOMPARE(changed.count(), 1);
        const Photo photo = panel.photo();
        QCOMPARE(photo.mimeType, u"image/png"_s);
        QCOMPARE(photo.width, 64);
        QCOMPARE(photo.height, 48);
        QCOMPARE(photo.fileName, u"rathaus.png"_s);
        QVERIFY2(dialogs.warnings.isEmpty(), qPrintable(dialogs.warnings.join(u'\n')));
    }

    void shouldRefuseABadFileAndChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("robustness: text named .png") << u"kaputt.png"_s << QByteArray("kein Bild, nur Text");
        QTest::newRow("robustness: truncated PNG") << u"halb.png"_s << pngBytes(200, 200).left(60);
        QTest::newRow("robustness: empty file") << u"leer.jpg"_s << QByteArray();
    }

    void shouldRefuseABadFileAndChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        // GIVEN a panel that already shows a photo with a caption
        QTemporaryDir dir;
        DialogStub dialogs;
        PhotoPanel panel(&dialogs);
        QVERIFY(panel.importFile(writeFile(dir, u"gut.png"_s, pngBytes(32, 32))));
        panel.captionEdit()->setText(u"Bildunterschrift"_s);
        const Photo before = panel.photo();
        QSignalSpy changed(&panel, &PhotoPanel::imageChanged);
        // WHEN a bad file is dropped
        QVERIFY(drop(panel, writeFile(dir, name, bytes)));
        // THEN the user gets the importer's message and the photo is unchanged
        QCOMPARE(dialogs.warnings.size(), 1);
        QVERIFY2(dialogs.warnings.constFirst().contains(name), qPrintable(dialogs.warnings.constFirst()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(panel.photo(), before);
    }

    void shouldOpenTheChosenFileThroughTheDialogSeam()
    {
        QTemporaryDir dir;
        DialogStub dialogs;
        dialogs.fileAnswer = writeFile(dir, u"gewählt.png"_s, pngBytes(10, 20));
        PhotoPanel panel(&dialogs);
        panel.chooseFile();
        QCOMPARE(dialogs.questions.size(), 1);
        QCOMPARE(panel.photo().height, 20);
    }
};

QTEST_MAIN(PhotoPanelTest)
#include "photopaneltest.moc"
