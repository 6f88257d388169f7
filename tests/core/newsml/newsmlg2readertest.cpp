#include "import/articleimporter.h"
#include "newsml/newsmlg2reader.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString dataFile(const QString &name)
{
    return TestEnvironment::dataDir() + u"/newsml-g2/"_s + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class NewsmlG2ReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMapAGermanNitfItemToTheFieldsAJournalistNeeds()
    {
        // GIVEN a German agency item with an NITF body
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"de/wahl-nitf.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.items.size(), 1);
        const ImportedItem &item = result.items.first();
        const Article &a = item.article;
        // THEN identity, dates, metadata and body land in their fields
        QCOMPARE(item.sourceUri, u"urn:newsml:agentur.example.de:20241025:landtag-haushalt"_s);
        QCOMPARE(item.sourceVersion, u"2"_s);
        QCOMPARE(a.created, utc("2024-10-25T08:15:00Z")); // 25.10.2024 10:15 in Berlin
        QCOMPARE(a.modified, utc("2024-10-25T08:40:00Z"));
        QCOMPARE(item.embargoed, utc("2024-10-25T10:00:00Z"));
        QVERIFY2(!a.published.isValid(), "an embargo is not a publication time");
        QCOMPARE(a.headline, u"Landtag beschließt Haushalt für 2025"_s);
        QCOMPARE(a.kicker, u"Nach zwölf Stunden Debatte"_s);
        QCOMPARE(a.teaser, u"Nach langer Debatte hat der Landtag den Haushalt verabschiedet. Die Opposition kritisiert neue Schulden."_s);
        QCOMPARE(a.authors, (QStringList{u"Anna Schmidt"_s, u"Jörg Weiß"_s}));
        QCOMPARE(a.dateline, u"Berlin (BA)"_s);
        QCOMPARE(a.language, u"de"_s); // normalised by ArticleImporter
        QCOMPARE(a.tags, (QStringList{u"Landtag-Haushalt"_s, u"Politik"_s, u"Haushalt"_s}));
        QVERIFY2(a.bodyHtml.contains(u"<h2>Streit um neue Schulden</h2>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"<em>knapper</em>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"<a href=\"https://www.landtag.example.de/haushalt\">Seite des Landtags</a>"_s),
                 qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"<li>Neue Kredite: 1,2 Milliarden Euro</li>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(!a.bodyHtml.contains(u"javascript"_s), qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"ohne Ziel"_s), qPrintable(a.bodyHtml));
        QVERIFY2(!a.bodyHtml.contains(u"bild.jpg"_s), qPrintable(a.bodyHtml));
    }

    void shouldReadAnXhtmlBody()
    {
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"de/kultur-xhtml.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &a = result.items.first().article;
        QCOMPARE(a.headline, u"Museum in Graz öffnet nach Umbau"_s);
        QCOMPARE(a.teaser, u"Nach drei Jahren Umbau öffnet das Museum wieder."_s);
        QCOMPARE(a.language, u"de-AT"_s);
        QVERIFY2(!a.bodyHtml.contains(u"<h2>Museum in Graz"_s), qPrintable(a.bodyHtml)); // the repeated title
        QVERIFY2(a.bodyHtml.contains(u"<strong>200 Werke</strong>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"<h2>Neue Räume</h2>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"<ol>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(a.bodyHtml.contains(u"<blockquote>"_s), qPrintable(a.bodyHtml));
        QVERIFY2(!a.bodyHtml.contains(u"alert"_s), qPrintable(a.bodyHtml));
    }

    void shouldReadTheIptcExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("guid");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("bodyStart");
        QTest::newRow("nominal: LISTING 2, NITF") << u"LISTING_2_NewsML-G2_Text_Document.xml"_s
                                                  << u"urn:newsml:acmenews.com:20161121:US-FINANCE-FED"_s
                                                  << u"Fed to halt QE to avert \"bubble\""_s << u"<p>(New York, NY - October 21) Et, sent"_s;
        QTest::newRow("nominal: LISTING 22, sports NITF") << u"LISTING_22_Sports_story_in_NewsML-G2NITF.xml"_s
                                                          << u"tag:xmlteam.com,2016:xt.5932656-preview"_s
                                                          << u"Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m."_s
                                                          << u"<p>(Sports Network) - A pair"_s;
        QTest::newRow("nominal: LISTING 25, NITF in inlineXML") << u"LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"_s
                                                                << QString() << QString() << QString();
        QTest::newRow("nominal: LISTING 1, empty inlineXML") << u"LISTING_1_A_NewsML-G2_News_Item.xml"_s
                                                             << u"urn:newsml:acmenews.com:20161018:US-FINANCE-FED"_s
                                                             << u"Fed to halt QE to avert \"bubble\""_s << QString();
        QTest::newRow("nominal: LISTING 28, located") << u"LISTING_28_Illustrating_Located_Subject_and_Dateline.xml"_s
                                                      << QString() << QString() << QString();
    }
    void shouldReadTheIptcExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, guid);
        QFETCH(QString, headline);
        QFETCH(QString, bodyStart);
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(file));
        if (guid.isEmpty()) {
            // Fragments of the specification: either read, or refused with a reason.
            QVERIFY2(result.ok() || !result.error.isEmpty(), qPrintable(file));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ImportedItem &item = result.items.first();
        QCOMPARE(item.sourceUri, guid);
        QCOMPARE(item.sourceVersion, u"11"_s);
        QCOMPARE(item.article.headline, headline);
        QVERIFY2(item.article.bodyHtml.startsWith(bodyStart), qPrintable(item.article.bodyHtml.left(200)));
        QVERIFY(item.article.modified.isValid());
    }

    void shouldMapLocatedAndCreatorOfListing1()
    {
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"LISTING_1_A_NewsML-G2_News_Item.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ImportedItem &item = result.items.first();
        QCOMPARE(item.article.dateline, u"Berlin"_s);
        QCOMPARE(item.article.authors, QStringList{u"Meredith Jameson"_s});
        QCOMPARE(item.embargoed, utc("2018-10-23T12:00:00Z"));
        QCOMPARE(item.article.created, utc("2016-10-18T18:12:21Z"));
        QCOMPARE(item.article.language, u"en-GB"_s);
        QVERIFY2(item.article.tags.contains(u"labour market"_s), qPrintable(item.article.tags.join(u'|')));
    }

    void shouldTurnAStoryAndItsPhotoItemIntoOneArticle()
    {
        // GIVEN a news message with a package, a story and its picture item
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"de/nachricht-mit-foto.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        // THEN one article, with the photo by reference and its caption and credit
        QCOMPARE(result.items.size(), 1);
        const ImportedItem &item = result.items.first();
        QCOMPARE(item.sourceUri, u"urn:newsml:agentur.example.de:20241025:hafen-text"_s);
        QCOMPARE(item.article.headline, u"Hamburger Hafen schlägt mehr Container um"_s);
        QCOMPARE(item.photoHref, u"hafen.jpg"_s);
        QCOMPARE(item.article.photo.caption, u"Ein Containerschiff läuft in den Hamburger Hafen ein."_s);
        QCOMPARE(item.article.photo.credit, u"Beispiel-Agentur/Max Muster"_s);
        // AND the package's other story is a related item by guid
        QCOMPARE(item.related.size(), 1);
        QCOMPARE(item.related.first().uri, u"urn:newsml:agentur.example.de:20241024:hafen-vortag"_s);
        QCOMPARE(item.related.first().title, u"Hafen meldet Rekord"_s);
    }

    void shouldImportEachGuidOnceWhenPackagesShareAStory()
    {
        // GIVEN a message whose three packages all point at the harbour story, one of them with
        // its photo and the previous day's story, which the message carries in two versions
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"de/pakete-teilen-eine-meldung.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList guids;
        for (const ImportedItem &item : result.items)
            guids << item.sourceUri;
        // THEN every guid is one article: the story with its photo, the business package's own
        // article and the previous day's story in its newer version
        QCOMPARE(guids, QStringList({u"urn:newsml:agentur.example.de:20241025:hafen-text"_s,
                                     u"urn:newsml:agentur.example.de:20241025:paket-wirtschaft"_s,
                                     u"urn:newsml:agentur.example.de:20241024:hafen-vortag"_s}));
        const ImportedItem &story = result.items.at(0);
        QCOMPARE(story.article.headline, u"Hamburger Hafen schlägt mehr Container um"_s);
        QCOMPARE(story.photoHref, u"hafen.jpg"_s);
        QCOMPARE(story.related.size(), 1);
        QCOMPARE(story.related.first().uri, u"urn:newsml:agentur.example.de:20241024:hafen-vortag"_s);
        // AND the second reference to the story is a link to it, not a second article
        const ImportedItem &business = result.items.at(1);
        QCOMPARE(business.article.headline, u"Wirtschaft am Freitag: Häfen, Börse, Löhne"_s);
        QCOMPARE(business.related.size(), 1);
        QCOMPARE(business.related.first().uri, u"urn:newsml:agentur.example.de:20241025:hafen-text"_s);
        QCOMPARE(business.related.first().title, u"Hamburger Hafen schlägt mehr Container um"_s);
        QCOMPARE(result.items.at(2).sourceVersion, u"2"_s);
        QCOMPARE(result.items.at(2).article.headline, u"Hafen meldet Rekord beim Umschlag"_s);
        // AND what was not imported is said: the package without a headline, the older copy
        const QString warnings = result.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"paket-uebersicht"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"hafen-vortag“ is in the file twice; version 2"_s), qPrintable(warnings));
    }

    void shouldReadAPackageThatOnlyReferencesItsItems()
    {
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"LISTING_6_Simple_NewsML-G2_Package.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ImportedItem &item = result.items.first();
        QCOMPARE(item.sourceUri, u"tag:example.com,2008:UK-NEWS-TOPTEN:UK20081220098658"_s);
        QCOMPARE(item.article.headline, u"UK"_s);
        QCOMPARE(item.related.size(), 1);
        QCOMPARE(item.related.first().title, u"Obama annonce son équipe"_s);
        QVERIFY2(result.warnings.join(u'\n').contains(u"tutorial—item-B"_s), qPrintable(result.warnings.join(u'\n')));
    }

    void shouldRefuseAMessageWhoseItemsAreEmpty()
    {
        const NewsmlG2Reader::Result result
            = NewsmlG2Reader().read(readData(u"LISTING_24_News_Message_conveying_a_complete_News_Package.xml"_s));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"no text article"_s), qPrintable(result.error));
    }

    void shouldRefuseAPictureItemAlone()
    {
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(readData(u"LISTING_3_Photo_in_NewsML-G2.xml"_s));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"picture"_s), qPrintable(result.error));
    }

    void shouldRefuseHostileXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: external entity") << readData(u"hostile/external-entity.xml"_s) << u"DTD"_s;
        QTest::newRow("robustness: billion laughs") << readData(u"hostile/billion-laughs.xml"_s) << u"DTD"_s;
        QTest::newRow("robustness: undeclared entity") << readData(u"hostile/undeclared-entity.xml"_s) << u"nbsp"_s;
        QByteArray deep = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\"><contentSet><inlineXML>";
        for (int i = 0; i < 10'000; ++i)
            deep += "<block>";
        QTest::newRow("robustness: deep nesting") << deep << u"nested more than 64 levels"_s;
        QByteArray longHeadline = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\"><contentMeta><headline>";
        longHeadline += QByteArray(20'000, 'a') + "</headline></contentMeta></newsItem>";
        QTest::newRow("robustness: field over its limit") << longHeadline << u"<headline> is too long"_s;
        QTest::newRow("robustness: not well-formed") << QByteArray("<newsItem><headline>x</newsItem>") << u"not well-formed"_s;
        QTest::newRow("robustness: XML of another kind") << QByteArray("<?xml version=\"1.0\"?><rss><channel/></rss>")
                                                         << u"<rss>"_s;
    }
    void shouldRefuseHostileXml()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const NewsmlG2Reader::Result result = NewsmlG2Reader().read(xml);
        QVERIFY(!result.ok());
        QVERIFY2(result.items.isEmpty(), "nothing half-read");
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void shouldRefuseAFiftyMegabyteFileThroughTheImporter()
    {
        // GIVEN a 50 MB NewsML-G2 file, generated here and never committed
        QTemporaryDir dir;
        const QString path = dir.filePath(u"riesig.xml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"big\">"
                   "<contentSet><inlineXML><nitf><body><body.content>");
        const QByteArray paragraph = "<p>" + QByteArray(1000, 'x') + "</p>\n";
        while (file.size() < 50 * 1024 * 1024)
            file.write(paragraph);
        file.write("</body.content></body></nitf></inlineXML></contentSet></newsItem>");
        file.close();
        // WHEN imported THEN refused by size, with nothing to save
        const ArticleImporter::Result result = ArticleImporter().importFile(path);
        QVERIFY(!result.ok());
        QVERIFY(result.items.isEmpty());
        QVERIFY2(result.error.contains(u"too large"_s) && result.error.contains(u"50 MB"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(NewsmlG2ReaderTest)
#include "newsmlg2readertest.moc"
