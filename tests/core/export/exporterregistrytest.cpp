#include "export/exporter.h"
#include "export/exporterregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A format that only names itself: the registry is what is under test here.
class NamedExporter : public Exporter
{
public:
    NamedExporter(QString id, QString extension)
        : m_id(std::move(id))
        , m_extension(std::move(extension))
    {
    }
    [[nodiscard]] QString id() const override { return m_id; }
    [[nodiscard]] QString displayName() const override { return m_id.toUpper(); }
    [[nodiscard]] QString fileExtension() const override { return m_extension; }
    [[nodiscard]] ExportResult exportArticle(const ExportRequest &request, const ExportOptions &) const override
    {
        ExportResult result;
        result.fileName = request.slug + u'.' + m_extension;
        result.data = request.article.headline.toUtf8();
        return result;
    }

private:
    QString m_id;
    QString m_extension;
};
} // namespace

class ExporterRegistryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFindRegisteredFormatsById()
    {
        // GIVEN a registry with two formats
        ExporterRegistry registry;
        registry.add(std::make_unique<NamedExporter>(u"html"_s, u"html"_s));
        registry.add(std::make_unique<NamedExporter>(u"ninjs"_s, u"json"_s));

        // WHEN looking them up
        const Exporter *html = registry.find(u"html"_s);
        const Exporter *ninjs = registry.find(u"ninjs"_s);

        // THEN both are found in registration order, an unknown id is not
        QVERIFY(html);
        QVERIFY(ninjs);
        QCOMPARE(ninjs->fileExtension(), u"json"_s);
        QCOMPARE(registry.ids(), QStringList({u"html"_s, u"ninjs"_s}));
        QCOMPARE(registry.find(u"pdf"_s), nullptr);
    }

    void shouldReplaceFormatWithSameId()
    {
        // GIVEN a registry with an html format
        ExporterRegistry registry;
        registry.add(std::make_unique<NamedExporter>(u"html"_s, u"html"_s));

        // WHEN another html format is added
        registry.add(std::make_unique<NamedExporter>(u"html"_s, u"htm"_s));

        // THEN the later one wins and there is still only one
        QCOMPARE(registry.ids(), QStringList({u"html"_s}));
        QCOMPARE(registry.find(u"html"_s)->fileExtension(), u"htm"_s);
    }

    void shouldOfferHtmlInStandardRegistry()
    {
        // GIVEN the formats Newsdesk ships, in a process without a GUI application (like the CLI)
        const ExporterRegistry registry = ExporterRegistry::createStandard();
        const Exporter *html = registry.find(u"html"_s);
        QVERIFY2(html, qPrintable(registry.ids().join(u", "_s)));

        // WHEN exporting an article with a body
        ExportRequest request;
        request.article.headline = u"Schöne Grüße aus Köln"_s;
        request.article.bodyHtml = u"<p>Es geht um <strong>Straßen</strong>.</p>"_s;
        const ExportResult result = html->exportArticle(request, ExportOptions());

        // THEN the body is there: the sanitizer's QTextDocument works without QGuiApplication
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fileName, u"Schoene-Gruesse-aus-Koeln.html"_s);
        QVERIFY2(QString::fromUtf8(result.data).contains(u"<p>Es geht um <strong>Straßen</strong>.</p>"_s), result.data.constData());
    }

    void shouldReturnValueWithoutWritingAnything()
    {
        // GIVEN a format and an article with umlauts
        ExporterRegistry registry;
        registry.add(std::make_unique<NamedExporter>(u"txt"_s, u"txt"_s));
        ExportRequest request;
        request.article.headline = u"Größte Übung"_s;
        request.slug = u"Groesste-Uebung"_s;

        // WHEN exporting
        const ExportResult result = registry.find(u"txt"_s)->exportArticle(request, ExportOptions());

        // THEN the bytes come back as a value
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fileName, u"Groesste-Uebung.txt"_s);
        QCOMPARE(QString::fromUtf8(result.data), u"Größte Übung"_s);
    }
};

QTEST_GUILESS_MAIN(ExporterRegistryTest)
#include "exporterregistrytest.moc"
