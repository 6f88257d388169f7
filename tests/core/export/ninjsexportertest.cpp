#include "export/exporterregistry.h"
#include "export/ninjsexporter.h"
#include "photo/photometadatareader.h"
#include "ninjs/ninjsreader.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Article article()
{
    Article a;
    a.id = 5;
    a.headline = u"Größte Übung der Feuerwehr"_s;
    a.bodyHtml = u"<p>Die Straße war gesperrt.</p>\n"_s;
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QBuffer buffer(&a.photo.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    a.photo.mimeType = u"image/png"_s;
    a.photo.width = 3;
    a.photo.height = 2;
    a.photo.fileName = u"übung.png"_s;
    a.photo.credit = u"dpa"_s;
    a.related = {RelatedLink{6, {}, {}}, RelatedLink{404, {}, {}}};
    return a;
}

Article relatedArticle()
{
    Article a;
    a.id = 6;
    a.headline = u"Feuerwehr übt an der Talsperre"_s;
    return a;
}

QString baseUrl()
{
    return u"https://zeitung.example/"_s + u"artikel/"_s;
}
} // namespace

class NinjsExporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBeRegisteredAsStandardFormat()
    {
        // GIVEN the standard registry WHEN asked for ninjs THEN it is there, writing .json
        const ExporterRegistry registry = ExporterRegistry::createStandard();
        const Exporter *exporter = registry.find(u"ninjs"_s);
        QVERIFY2(exporter, qPrintable(registry.ids().join(u',')));
        QCOMPARE(exporter->fileExtension(), u"json"_s);
    }

    void shouldExportSelfContainedJsonWithoutBaseUrl()
    {
        // GIVEN an article with a photo and one resolvable, one missing related article
        ExportRequest request{article(), {relatedArticle()}, {}};
        // WHEN exported without a base URL
        const ExportResult result = NinjsExporter().exportArticle(request, ExportOptions());
        // THEN one JSON file named after the headline holds everything, photo included
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fileName, u"Groesste-Uebung-der-Feuerwehr.json"_s);
        QVERIFY(result.extraFiles.isEmpty());
        const NinjsReader::Result read = NinjsReader().read(result.data);
        QVERIFY2(read.ok(), qPrintable(read.error));
        // The same pixels; the file now carries the article's credit and caption (issue #15).
        QCOMPARE(QImage::fromData(read.article->photo.data), QImage::fromData(article().photo.data));
        QVERIFY(PhotoMetadataReader::read(read.article->photo.data).hasText());
        // AND the missing related article is left out, the other carries its headline and our
        // identity of it, which an import resolves by identity (ImportBatch), not by number
        QVERIFY(read.article->related.isEmpty());
        QCOMPARE(read.item.related.size(), 1);
        QCOMPARE(read.item.related[0].title, u"Feuerwehr übt an der Talsperre"_s);
        QVERIFY2(read.item.related[0].uri.endsWith(u'6'), qPrintable(read.item.related[0].uri));
    }

    void shouldWritePhotoBesideJsonWithBaseUrl()
    {
        // GIVEN a site address WHEN exported
        ExportOptions options;
        options.baseUrl = QUrl(baseUrl());
        const ExportResult result = NinjsExporter().exportArticle(ExportRequest{article(), {}, u"uebung"_s}, options);
        // THEN the photo is an extra file and the rendition points at it under the site address
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fileName, u"uebung.json"_s);
        QCOMPARE(result.extraFiles.size(), 1);
        QCOMPARE(result.extraFiles[0].fileName, u"uebung-foto.png"_s);
        QCOMPARE(QImage::fromData(result.extraFiles[0].data), QImage::fromData(article().photo.data));
        QVERIFY(PhotoMetadataReader::read(result.extraFiles[0].data).hasText());
        const QJsonObject json = QJsonDocument::fromJson(result.data).object();
        QCOMPARE(json[u"associations"_s][0][u"renditions"_s][0][u"href"_s].toString(), baseUrl() + u"uebung-foto.png"_s);
    }
};

QTEST_MAIN(NinjsExporterTest)
#include "ninjsexportertest.moc"
