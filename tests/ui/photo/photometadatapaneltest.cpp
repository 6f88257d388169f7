#include "../../core/photo/photofixtures.h"
#include "testenvironment.h"
#include "../support/dialogstub.h"
#include "editor/articleform.h"
#include "editor/formlineedit.h"
#include "photo/photopanel.h"

#include "testphotos.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

// A journalist chooses a photo that arrived with its caption and credit embedded.
class PhotoMetadataPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void shouldFillEmptyFieldsFromThePhotoAsOneUndoStep()
    {
        // GIVEN an open article without photo
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"koeln.jpg"_s, PhotoFixtures::agencyPhoto(800, 533));
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        Article article;
        article.headline = u"Neue Straßenbahnlinie"_s;
        form.setArticle(article);
        PhotoPanel *panel = form.photoPanel();
        QSignalSpy filled(panel, &PhotoPanel::filledFromPhoto);

        // WHEN the agency photo is chosen
        QVERIFY(panel->importFile(path));

        // THEN caption, credit (newsroom form) and alt text come from the photo, and the panel says so
        QCOMPARE(filled.count(), 1);
        QCOMPARE(panel->captionEdit()->text(), u"Bürgermeisterin Müller eröffnet die Straßenbahnlinie in Köln."_s);
        QCOMPARE(panel->creditEdit()->text(), u"Foto: picture alliance/dpa | Max Mustermann"_s);
        QCOMPARE(panel->altTextEdit()->text(), u"Eine Frau durchschneidet ein rotes Band vor einer Straßenbahn."_s);
        const QString info = panel->metadataLabel()->text();
        QVERIFY2(info.contains(u"caption, credit, alt text"_s) && info.contains(u"Copyright: dpa"_s), qPrintable(info));
        QVERIFY2(dialogs.warnings.isEmpty(), qPrintable(dialogs.warnings.join(u'\n')));

        // WHEN the journalist presses Ctrl+Z once (photo and its texts share the side panel's undo stack)
        QCOMPARE(form.sideUndoStack()->count(), 2);
        form.sideUndoStack()->undo();
        // THEN the texts from the photo are gone and the photo stays
        QVERIFY(panel->captionEdit()->text().isEmpty());
        QVERIFY(panel->creditEdit()->text().isEmpty());
        QVERIFY(panel->altTextEdit()->text().isEmpty());
        QVERIFY(!panel->photo().isEmpty());
        QVERIFY2(!panel->metadataLabel()->text().contains(u"caption"_s), qPrintable(panel->metadataLabel()->text()));
        // AND redo brings them back
        form.sideUndoStack()->redo();
        QCOMPARE(panel->creditEdit()->text(), u"Foto: picture alliance/dpa | Max Mustermann"_s);
    }

    void shouldNeverOverwriteWhatTheJournalistWrote()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"koeln.jpg"_s, PhotoFixtures::agencyPhoto(400, 267));
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        Article article;
        article.photo.caption = u"Eigene Bildunterschrift"_s;
        form.setArticle(article);
        PhotoPanel *panel = form.photoPanel();
        panel->setCreditFormat(u"Foto: {byline}/{credit}"_s);
        QVERIFY(panel->importFile(path));
        QCOMPARE(panel->captionEdit()->text(), u"Eigene Bildunterschrift"_s);
        QCOMPARE(panel->creditEdit()->text(), u"Foto: picture alliance/dpa | Max Mustermann"_s);
        const QString info = panel->metadataLabel()->text();
        QVERIFY2(info.contains(u"credit, alt text"_s) && !info.contains(u"caption,"_s), qPrintable(info));
    }

    void shouldTakeAPhotoWithDamagedMetadataAndSaySo()
    {
        // GIVEN a JPEG whose Exif block was cut short, around intact pixels
        QTemporaryDir dir;
        const QByteArray withExif = TestPhotos::withMetadata(
            TestPhotos::marked(300, 200, "JPEG"),
            "set Exif.Image.Artist Ascii Max Mustermann\nset Exif.Image.ImageDescription Ascii Eine Beschreibung, die fehlt\n");
        const QString path = writeFile(dir, u"kaputt.jpg"_s, PhotoFixtures::cutSegment(withExif, QByteArray("Exif\0\0", 6), 40));
        DialogStub dialogs;
        PhotoPanel panel(&dialogs);
        // WHEN it is chosen
        QVERIFY(panel.importFile(path));
        // THEN the photo is there, nobody was stopped by a dialog, and the panel explains
        QCOMPARE(panel.photo().width, 300);
        QVERIFY2(dialogs.warnings.isEmpty(), qPrintable(dialogs.warnings.join(u'\n')));
        QVERIFY2(panel.metadataLabel()->text().contains(u"damaged"_s), qPrintable(panel.metadataLabel()->text()));
    }

    void shouldShowTheFilledPanelInGerman()
    {
        // GIVEN the German interface
        QTranslator german;
        QVERIFY(german.load(u"newsdesk_de"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"koeln.jpg"_s, PhotoFixtures::agencyPhoto(1600, 1067));
        // The side panel as the window shows it, on its own: the form keeps it in a tab.
        DialogStub dialogs;
        PhotoPanel standalone(&dialogs);
        PhotoPanel *panel = &standalone;
        panel->resize(420, 760);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        // WHEN a photo with embedded caption and credit is chosen
        QVERIFY(panel->importFile(path));
        // THEN the panel says in German where the texts came from
        QVERIFY2(panel->metadataLabel()->text().contains(u"Aus den Metadaten des Fotos"_s),
                 qPrintable(panel->metadataLabel()->text()));
        // ... and gets the room for it once the layout has run (no line cut off)
        QLabel *label = panel->metadataLabel();
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1 < %2"_s.arg(label->height()).arg(label->heightForWidth(label->width()))));
        // The screenshot for the issue, for a person to look at.
        const QString shots = (TestEnvironment::binaryDir() + u"/shots"_s);
        QDir().mkpath(shots);
        QVERIFY(panel->grab().save(shots + u"/photo-panel-metadata-de.png"_s));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(PhotoMetadataPanelTest)
#include "photometadatapaneltest.moc"
