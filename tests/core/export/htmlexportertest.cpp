#include "export/htmlexporter.h"
#include "photo/photometadatareader.h"

#include "exportsamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ExportOptions testOptions()
{
    ExportOptions options;
    options.baseUrl = QUrl(u"https://www.example.de/artikel/"_s);
    return options;
}

ExportResult exportOf(const Article &article, const ExportOptions &options = testOptions())
{
    return HtmlExporter().exportArticle({article, {ExportSamples::related()}, QString()}, options);
}

QString pageOf(const Article &article, const ExportOptions &options = testOptions())
{
    const ExportResult result = exportOf(article, options);
    return QString::fromUtf8(result.data);
}

// The text of the first match of `pattern` (capture 1), for comparing exact elements.
QString capture(const QString &html, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    return re.match(html).captured(1);
}

QJsonObject jsonLdOf(const QString &html)
{
    const QString json = capture(html, u"<script type=\"application/ld\\+json\">(.*?)</script>"_s);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

int count(const QString &html, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    int n = 0;
    for (auto it = re.globalMatch(html); it.hasNext(); it.next())
        ++n;
    return n;
}
} // namespace

class HtmlExporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldWriteHeaderInReadingOrder()
    {
        // GIVEN the normal sample article, published 25.10.2024 10:15 Berlin time
        // WHEN exporting it as a page
        const ExportResult result = exportOf(ExportSamples::normal());
        const QString html = QString::fromUtf8(result.data);

        // THEN the page is an HTML5 document in the article's language, UTF-8
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fileName, u"Nordkorea-Soldaten-in-Russland.html"_s);
        QVERIFY2(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"de-DE\">"_s), qPrintable(html.left(200)));
        QVERIFY2(html.contains(u"<meta charset=\"utf-8\">"_s), qPrintable(html.left(400)));
        // AND the header holds section, kicker, h1, teaser, byline, time and reading time in order
        const QString header = capture(html, u"<header>\n(.*?)</header>"_s);
        const QStringList expected{
            u"<p class=\"section\">Politik</p>"_s,
            u"<p class=\"kicker\">Ukraine-Krieg</p>"_s,
            u"<h1>Nordkorea-Soldaten in Russland</h1>"_s,
            u"<p class=\"teaser\">Südkoreas Geheimdienst"_s,
            u"<p class=\"byline\">Von <span class=\"author\">Anna Müller und Jörg Weiß</span>, <span class=\"dateline\">Berlin</span></p>"_s,
            u"<time datetime=\"2024-10-25T10:15:00+02:00\">25.10.2024 10:15</time>"_s,
            u"<span class=\"reading-time\">Lesezeit: 1 Min.</span>"_s,
        };
        qsizetype position = 0;
        for (const QString &piece : expected) {
            const qsizetype found = header.indexOf(piece, position);
            QVERIFY2(found >= 0, qPrintable(u"missing or out of order: "_s + piece + u"\nin:\n"_s + header));
            position = found + piece.size();
        }
        // AND header, figure, body and aside follow each other inside one article
        QVERIFY2(count(html, u"<article lang=\"de-DE\">\n<header>.*</header>\n<figure>.*</figure>\n<div class=\"body\">.*</div>\n<aside class=\"related\">.*</aside>\n</article>"_s.replace(u".*"_s, u"[\\s\\S]*"_s)) == 1,
                 qPrintable(html));
    }

    void shouldDescribePhotoWithRenditionsCaptionAndCredit()
    {
        // GIVEN an article with a 1600 × 900 photo
        // WHEN exporting it with the default widths 480, 800, 1200
        const ExportResult result = exportOf(ExportSamples::normal());
        const QString html = QString::fromUtf8(result.data);

        // THEN three resized JPEGs and their WebP twins are extra files, none wider than asked
        QStringList names;
        for (const ExportFile &file : result.extraFiles) {
            names << file.fileName;
            const QImage image = QImage::fromData(file.data);
            QVERIFY2(!image.isNull() && image.width() <= 1200, qPrintable(file.fileName));
        }
        QCOMPARE(names, QStringList({u"Nordkorea-Soldaten-in-Russland-foto-480.jpg"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-800.jpg"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-1200.jpg"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-480.webp"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-800.webp"_s,
                                     u"Nordkorea-Soldaten-in-Russland-foto-1200.webp"_s}));
        // AND the WebP files are offered first in a <picture>, the JPEG img is the fallback
        const QString picture = capture(html, u"(<picture>.*?</picture>)"_s);
        QVERIFY2(picture.startsWith(u"<picture>\n<source type=\"image/webp\" srcset=\"Nordkorea-Soldaten-in-Russland-foto-480.webp 480w, "
                                    "Nordkorea-Soldaten-in-Russland-foto-800.webp 800w, Nordkorea-Soldaten-in-Russland-foto-1200.webp 1200w\" "
                                    "sizes=\"(min-width: 700px) 672px, 100vw\">\n<img "_s),
                 qPrintable(picture));
        // AND the img has alt, size, srcset and loading attributes
        const QString img = capture(html, u"(<img [^>]*>)"_s);
        QVERIFY2(img.contains(u"src=\"Nordkorea-Soldaten-in-Russland-foto-800.jpg\""_s), qPrintable(img));
        QVERIFY2(img.contains(u"srcset=\"Nordkorea-Soldaten-in-Russland-foto-480.jpg 480w, Nordkorea-Soldaten-in-Russland-foto-800.jpg 800w, Nordkorea-Soldaten-in-Russland-foto-1200.jpg 1200w\""_s), qPrintable(img));
        QVERIFY2(img.contains(u"width=\"1200\" height=\"675\""_s), qPrintable(img));
        QVERIFY2(img.contains(u"alt=\"Soldaten in Uniform stehen"_s), qPrintable(img));
        QVERIFY2(img.contains(u"loading=\"eager\" decoding=\"async\""_s), qPrintable(img));
        // AND caption and credit are separate elements
        QCOMPARE(capture(html, u"(<figcaption>.*?</figcaption>)"_s),
                 u"<figcaption><span class=\"caption\">Soldaten bei einer Übung im Süden des Landes</span> "
                 "<span class=\"credit\">Foto: dpa</span></figcaption>"_s);
    }

    void shouldLeaveWebpOutWhenSwitchedOff()
    {
        // GIVEN WebP switched off
        ExportOptions options = testOptions();
        options.webp = false;
        // WHEN exporting
        const ExportResult result = exportOf(ExportSamples::normal(), options);
        // THEN only the JPEGs are written and the img stands alone
        QCOMPARE(result.extraFiles.size(), 3);
        QVERIFY(!QString::fromUtf8(result.data).contains(u"<picture>"_s));
    }

    void shouldNeverUpscaleSmallPhotos()
    {
        // GIVEN a photo only 600 px wide
        Article article = ExportSamples::normal();
        article.photo = ExportSamples::photo(600, 400);

        // WHEN exporting with widths 480, 800, 1200
        const ExportResult result = exportOf(article);

        // THEN the renditions are 480 and the original 600, nothing larger
        QList<int> widths;
        for (const ExportFile &file : result.extraFiles) {
            if (file.fileName.endsWith(u".jpg"_s))
                widths << QImage::fromData(file.data).width();
        }
        QCOMPARE(widths, QList<int>({480, 600}));
    }

    void shouldCopyOriginalWhenResizingIsOff()
    {
        // GIVEN resizing switched off
        ExportOptions options = testOptions();
        options.resizeImages = false;
        const Article article = ExportSamples::normal();

        // WHEN exporting
        const ExportResult result = exportOf(article, options);

        // THEN the original bytes are the only image, referenced with their real size
        QCOMPARE(result.extraFiles.size(), 1);
        QCOMPARE(result.extraFiles.first().fileName, u"Nordkorea-Soldaten-in-Russland-foto.jpg"_s);
        // The original's pixels, untouched; the file now carries the article's credit (issue #15).
        QVERIFY(result.extraFiles.first().data.contains(article.photo.data.mid(article.photo.data.indexOf("\xFF\xDB"))));
        QVERIFY(PhotoMetadataReader::read(result.extraFiles.first().data).hasText());
        QVERIFY2(QString::fromUtf8(result.data).contains(u"width=\"1600\" height=\"900\""_s), result.data.constData());
    }

    void shouldFailClearlyOnUndecodablePhoto()
    {
        // GIVEN a photo whose bytes are not an image
        Article article = ExportSamples::normal();
        article.photo.data = QByteArray("kein Bild, nur Text über Bilder");

        // WHEN exporting with resizing
        const ExportResult result = exportOf(article);

        // THEN the export fails with a message naming the photo
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"DSC_0042.jpg"_s), qPrintable(result.error));
    }

    void shouldKeepBodyStructureAndSafeLinksOnly()
    {
        // GIVEN the normal article's body with h2, blockquote, list, http and mailto links
        const QString html = pageOf(ExportSamples::normal());
        const QString body = capture(html, u"<div class=\"body\">\n(.*?)</div>"_s);

        // THEN the structure is there and the links survive
        QVERIFY2(body.contains(u"<h2>Größere Übungen</h2>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<blockquote>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<li>Zweite Meldung mit <strong>Gewicht</strong>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<a href=\"https://www.example.org/bericht\">des Geheimdiensts</a>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<a href=\"mailto:redaktion@example.org\">"_s), qPrintable(body));
    }

    void shouldApplyGermanTypographyToTextNodesOnly()
    {
        // GIVEN a body with straight quotes, "25. Oktober", "10 %", "S. 5", "z. B." and "..."
        const QString html = pageOf(ExportSamples::normal());
        const QString body = capture(html, u"<div class=\"body\">\n(.*?)</div>"_s);

        // THEN the text is typeset the German way
        QVERIFY2(body.contains(u"„ernst“"_s), qPrintable(body));
        QVERIFY2(body.contains(u"25.\u00A0Oktober"_s), qPrintable(body));
        QVERIFY2(body.contains(u"10\u00A0%"_s), qPrintable(body));
        QVERIFY2(body.contains(u"S.\u00A05"_s), qPrintable(body));
        QVERIFY2(body.contains(u"z.\u00A0B."_s), qPrintable(body));
        QVERIFY2(body.contains(u"Übungen …"_s), qPrintable(body));
        QVERIFY2(body.contains(u"(dpa)\u00A0– Die"_s), qPrintable(body));
        // AND attributes keep straight quotes: no typographic character inside any tag
        const QRegularExpression tag(u"<[^>]*[„“‚‘…\u00A0][^>]*>"_s);
        QVERIFY2(!tag.match(html).hasMatch(), qPrintable(tag.match(html).captured(0)));
    }

    void shouldSetSwissGermanQuotesForSwissArticles()
    {
        // GIVEN the article written for a Swiss paper
        Article swiss = ExportSamples::normal();
        swiss.language = u"de-CH"_s;

        // WHEN exporting it
        const QString html = pageOf(swiss);
        const QString body = capture(html, u"<div class=\"body\">\n(.*?)</div>"_s);

        // THEN its quotes are guillemets, not German low-high quotes, and the page says de-CH
        QVERIFY2(body.contains(u"«ernst»"_s), qPrintable(body));
        QVERIFY2(!body.contains(u"„"_s), qPrintable(body));
        QVERIFY2(html.contains(u"<html lang=\"de-CH\""_s), qPrintable(html.left(300)));
    }

    void shouldLeaveTextAloneWithTypographyOff()
    {
        // GIVEN typography switched off
        ExportOptions options = testOptions();
        options.typography = false;

        // WHEN exporting
        const QString html = pageOf(ExportSamples::normal(), options);

        // THEN quotes and dots are as typed (escaped)
        QVERIFY2(html.contains(u"&quot;ernst&quot;"_s), qPrintable(html));
        QVERIFY2(html.contains(u"Übungen ..."_s), qPrintable(html));
    }

    void shouldListRelatedArticlesAndExternalLinks()
    {
        // GIVEN an article related to article 7 and to an external page
        const QString html = pageOf(ExportSamples::normal());
        const QString aside = capture(html, u"(<aside class=\"related\">.*?</aside>)"_s);

        // THEN the aside names the topic and lists section, linked headline, date and teaser
        QVERIFY2(aside.contains(u"<h2>Mehr zum Thema</h2>"_s), qPrintable(aside));
        QVERIFY2(aside.contains(u"<p class=\"section\">Außenpolitik</p>\n"
                                "<h3><a href=\"https://www.example.de/artikel/Suedkorea-erhoeht-die-Wachsamkeit.html\">Südkorea erhöht die Wachsamkeit</a></h3>\n"
                                "<p class=\"meta\"><time datetime=\"2024-10-24T18:30:00+02:00\">24.10.2024</time></p>\n"
                                "<p>Seoul reagiert auf Berichte über Truppenbewegungen.</p>"_s),
                 qPrintable(aside));
        // AND the external link
        QVERIFY2(aside.contains(u"<li><a href=\"https://www.example.org/hintergrund\">Hintergrund: Grüße aus Pjöngjang</a></li>"_s),
                 qPrintable(aside));
    }

    void shouldDescribeArticleInMetadata()
    {
        // GIVEN the normal article and a base URL
        const QString html = pageOf(ExportSamples::normal());

        // THEN title, description, canonical, Open Graph and Twitter tags are there
        QCOMPARE(capture(html, u"<title>(.*?)</title>"_s), u"Nordkorea-Soldaten in Russland"_s);
        QVERIFY2(html.contains(u"<meta name=\"description\" content=\"Südkoreas Geheimdienst"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<link rel=\"canonical\" href=\"https://www.example.de/artikel/Nordkorea-Soldaten-in-Russland.html\">"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<meta property=\"og:title\" content=\"Nordkorea-Soldaten in Russland\">"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<meta property=\"og:image\" content=\"https://www.example.de/artikel/Nordkorea-Soldaten-in-Russland-foto-1200.jpg\">"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<meta name=\"twitter:card\" content=\"summary_large_image\">"_s), qPrintable(html));
        // AND the JSON-LD is a NewsArticle with every required field
        const QJsonObject ld = jsonLdOf(html);
        QCOMPARE(ld.value(u"@type"_s).toString(), u"NewsArticle"_s);
        QCOMPARE(ld.value(u"headline"_s).toString(), u"Nordkorea-Soldaten in Russland"_s);
        QVERIFY(ld.value(u"description"_s).toString().startsWith(u"Südkoreas"_s));
        QCOMPARE(ld.value(u"image"_s).toArray().first().toString(), u"https://www.example.de/artikel/Nordkorea-Soldaten-in-Russland-foto-1200.jpg"_s);
        QCOMPARE(ld.value(u"datePublished"_s).toString(), u"2024-10-25T10:15:00+02:00"_s);
        QCOMPARE(ld.value(u"dateModified"_s).toString(), u"2024-10-25T11:00:00+02:00"_s);
        QCOMPARE(ld.value(u"author"_s).toArray().at(1).toObject().value(u"name"_s).toString(), u"Jörg Weiß"_s);
        QCOMPARE(ld.value(u"articleSection"_s).toString(), u"Politik"_s);
        QCOMPARE(ld.value(u"keywords"_s).toArray().at(2).toString(), u"Südkorea"_s);
        QVERIFY2(ld.value(u"wordCount"_s).toInt() > 50, qPrintable(QString::number(ld.value(u"wordCount"_s).toInt())));
        QCOMPARE(ld.value(u"timeRequired"_s).toString(), u"PT1M"_s);
        QCOMPARE(ld.value(u"inLanguage"_s).toString(), u"de-DE"_s);
    }

    void shouldReportReadingTimeAsIsoDuration()
    {
        // GIVEN an article of about 460 words (two minutes at 230 words a minute)
        Article article = ExportSamples::normal();
        article.teaser.clear();
        article.bodyHtml = u"<p>"_s + QString(u"Wörter "_s).repeated(460) + u"</p>"_s;

        // WHEN exporting
        const QString html = pageOf(article);

        // THEN page and JSON-LD agree on two minutes
        QVERIFY2(html.contains(u"Lesezeit: 2 Min."_s), qPrintable(capture(html, u"(<header>.*</header>)"_s)));
        QCOMPARE(jsonLdOf(html).value(u"timeRequired"_s).toString(), u"PT2M"_s);
        QCOMPARE(jsonLdOf(html).value(u"wordCount"_s).toInt(), 460);
    }

    void shouldNotBreakOutOfAnyContextWithHostileText()
    {
        // GIVEN an article full of markup, script and comment openers in every field
        const ExportResult result = exportOf(ExportSamples::hostile());
        const QString html = QString::fromUtf8(result.data);
        QVERIFY2(result.ok(), qPrintable(result.error));

        // THEN there is exactly one script element, the JSON-LD, and it cannot be closed early
        QCOMPARE(count(html, u"<script"_s), 1);
        QCOMPARE(count(html, u"</script"_s), 1);
        const QString json = capture(html, u"<script type=\"application/ld\\+json\">(.*?)</script>"_s);
        QVERIFY2(!json.contains(u'<') && !json.contains(u'>') && !json.contains(u'&'), qPrintable(json));
        QVERIFY2(json.contains(u"\\u003c/script\\u003e"_s), qPrintable(json));
        // AND the JSON still parses back to the original headline
        QCOMPARE(jsonLdOf(html).value(u"headline"_s).toString(), ExportSamples::hostile().headline);
        // AND no element the article did not create: no img besides the photo, no iframe, no style attr
        QCOMPARE(count(html, u"<img"_s), 1);
        QCOMPARE(count(html, u"<iframe"_s), 0);
        QCOMPARE(count(html, u"<b>"_s), 0);
        QCOMPARE(count(html, u" on[a-z]+=\""_s), 0);
        QCOMPARE(count(html, u"<!--"_s), 0);
        // AND unsafe links became plain text, safe ones stay links
        QCOMPARE(count(html, u"javascript:"_s), 0);
        QCOMPARE(count(html, u"href=\"data:"_s), 0);
        QVERIFY2(html.contains(u"<li>Klick mich</li>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"böser Link"_s), qPrintable(html));
        // AND remote resources are gone: the only src is the article's own image
        const QRegularExpression src(u"src=\"([^\"]*)\""_s);
        for (auto it = src.globalMatch(html); it.hasNext();) {
            const QString value = it.next().captured(1);
            QVERIFY2(!value.contains(u':') && !value.startsWith(u'/'), qPrintable(value));
        }
        // AND an invalid language tag falls back to German
        QVERIFY2(html.contains(u"<html lang=\"de-DE\">"_s), qPrintable(html.left(200)));
        // AND invalid UTF-8 became replacement characters, control characters are gone
        QVERIFY2(html.contains(QChar(0xFFFD)), qPrintable(capture(html, u"(Ungültiges.*?Ende)"_s)));
        for (const QChar c : html) {
            const char16_t u = c.unicode();
            QVERIFY2(u >= 0x20 || u == u'\n', qPrintable(u"control character U+%1"_s.arg(int(u), 4, 16, QChar(u'0'))));
            QVERIFY2(u < 0x7F || u > 0x9F, qPrintable(u"C1 character U+%1"_s.arg(int(u), 4, 16, QChar(u'0'))));
        }
        // AND the missing related article 99 is left out
        QCOMPARE(count(html, u"<h3>"_s), 0);
    }

    void shouldExportEveryFieldAtItsLimit()
    {
        // GIVEN an article with every field as long as allowed
        const ExportResult result = exportOf(ExportSamples::atLimit());
        const QString html = QString::fromUtf8(result.data);

        // THEN it exports with all ten authors, thirty tags and ten links
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(html.contains(u"Jürgen Straßmann-Öztürk 9 und Jürgen Straßmann-Öztürk 10"_s), qPrintable(html.left(3000)));
        QCOMPARE(count(html, u"<meta property=\"article:tag\""_s), 30);
        QCOMPARE(count(html, u"<li><a href=\"https://www.example.org/artikel/"_s), 10);
        QCOMPARE(jsonLdOf(html).value(u"keywords"_s).toArray().size(), 30);
        // AND the file name stays within the slug limit
        QVERIFY2(result.fileName.size() <= 80 + 5, qPrintable(result.fileName));
    }

    void shouldWriteOnlyArticleElementInFragmentMode()
    {
        // GIVEN fragment mode
        ExportOptions options = testOptions();
        options.fragment = true;

        // WHEN exporting
        const QString html = pageOf(ExportSamples::normal(), options);

        // THEN the output is one article element, without document or metadata
        QVERIFY2(html.startsWith(u"<article lang=\"de-DE\">"_s), qPrintable(html.left(100)));
        QVERIFY2(html.trimmed().endsWith(u"</article>"_s), qPrintable(html.right(100)));
        QCOMPARE(count(html, u"<html"_s), 0);
        QCOMPARE(count(html, u"<script"_s), 0);
    }

    void shouldUseTemplateFolderOverride()
    {
        // GIVEN a template folder with its own page.html but no style.css
        QTemporaryDir folder;
        QFile page(folder.filePath(u"page.html"_s));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta charset=\"utf-8\"><title>{{title}} – Märkische Zeitung</title>"
                   "<style>{{style}}</style></head><body>{{article}}</body></html>");
        page.close();
        ExportOptions options = testOptions();
        options.templateFolder = folder.path();

        // WHEN exporting
        const QString html = pageOf(ExportSamples::normal(), options);

        // THEN the user's template is used with the built-in style sheet
        QVERIFY2(html.contains(u"<title>Nordkorea-Soldaten in Russland – Märkische Zeitung</title>"_s), qPrintable(html.left(300)));
        QVERIFY2(html.contains(u".kicker {"_s), qPrintable(html.left(300)));
        QVERIFY2(html.contains(u"<h1>Nordkorea-Soldaten in Russland</h1>"_s), qPrintable(html));
    }

    void shouldNotExpandPlaceholdersTypedIntoArticle()
    {
        // GIVEN a headline that looks like a placeholder
        Article article = ExportSamples::normal();
        article.headline = u"Was {{style}} über {{article}} verrät"_s;

        // WHEN exporting
        const QString html = pageOf(article);

        // THEN it stays text
        QVERIFY2(html.contains(u"<h1>Was {{style}} über {{article}} verrät</h1>"_s), qPrintable(capture(html, u"(<h1>.*?</h1>)"_s)));
    }

    void shouldFailClearlyOnMissingTemplateFolder()
    {
        // GIVEN a template folder that does not exist
        ExportOptions options = testOptions();
        options.templateFolder = u"/nicht/vorhanden/Vorlagen"_s;

        // WHEN exporting
        const ExportResult result = exportOf(ExportSamples::normal(), options);

        // THEN the error names the folder
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"/nicht/vorhanden/Vorlagen"_s), qPrintable(result.error));
    }

    void shouldPreviewWithoutMetadataOrFiles()
    {
        // GIVEN the normal article
        // WHEN rendering the preview
        const QString html = HtmlExporter().previewHtml(ExportSamples::normal(), {ExportSamples::related()});

        // THEN it shows the article markup with the photo as the preview resource
        QVERIFY2(html.contains(u"<h1>Nordkorea-Soldaten in Russland</h1>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"src=\"newsdesk-preview:photo\""_s), qPrintable(html));
        QVERIFY2(html.contains(u"Mehr zum Thema"_s), qPrintable(html));
        QCOMPARE(count(html, u"<script"_s), 0);
    }

    void shouldEscapeJsonForScriptBlocks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("nominal: plain") << QByteArray(R"({"a":"Straße"})") << QByteArray(R"({"a":"Straße"})");
        QTest::newRow("robustness: script end") << QByteArray(R"({"a":"</script>"})") << QByteArray(R"({"a":"\u003c/script\u003e"})");
        QTest::newRow("robustness: comment") << QByteArray(R"({"a":"<!--"})") << QByteArray(R"({"a":"\u003c!--"})");
        QTest::newRow("robustness: ampersand") << QByteArray(R"({"a":"&amp;"})") << QByteArray(R"({"a":"\u0026amp;"})");
    }

    void shouldEscapeJsonForScriptBlocks()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        QCOMPARE(HtmlExporter::escapeJsonForScript(json), expected);
    }
};

QTEST_MAIN(HtmlExporterTest)
#include "htmlexportertest.moc"
