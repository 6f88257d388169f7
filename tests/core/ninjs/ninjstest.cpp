#include "article.h"
#include "body/bodydocument.h"
#include "ninjs/ninjsreader.h"
#include "ninjs/ninjswriter.h"
#include "ninjstestdata.h"
#include "../photo/photofixtures.h"
#include "testenvironment.h"
#include "testimages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

// Every field set, German text, the body in its clean stored form.
Article fullArticle()
{
    Article article;
    article.id = 4711;
    article.section = u"Wirtschaft"_s;
    article.kicker = u"Haushalt 2025"_s;
    article.headline = u"Übergangsfinanzierung für die Straßenbahn „gesichert“"_s;
    article.teaser = u"Der Stadtrat hat die Übergangsfinanzierung beschlossen.\nGrößere Änderungen gibt es nicht – vorerst."_s;
    article.bodyHtml = BodyDocument::sanitize(
        u"<p>Die <strong>Straße</strong> wird <em>gesperrt</em>, sagt <a href=\"https://example.org/stra%C3%9Fe?a=1&amp;b=2\">die Stadt</a>.</p>"
        "<h2>Wie geht es weiter?</h2><p>Erste Zeile<br>zweite Zeile</p>"
        "<blockquote><p>„Wir sind froh“, sagte Jürgen Öztürk.</p></blockquote>"
        "<h3>Die Zahlen</h3><ul><li>Äpfel</li><li>Birnen</li></ul><ol><li>Erstens</li><li>Zweitens</li></ol>"
        "<p>1. Januar 2025: Das Gesetz tritt in Kraft. # Kein Hashtag &lt;script&gt;</p>"_s);
    article.authors = {u"Jörg Weiß"_s, u"Anna-Lena Müller"_s};
    article.dateline = u"Köln"_s;
    article.published = utc(u"2024-10-25T10:00:00Z"_s);
    article.embargoed = utc(u"2024-10-25T08:15:00Z"_s);
    article.status = ArticleStatus::Approved;
    article.tags = {u"Straßenbahn"_s, u"Übergangsfinanzierung"_s, u"Köln"_s};
    article.language = u"de-DE"_s;
    article.photo.data = TestImages::encoded(4, 3, "PNG", QColor(200, 180, 20));
    article.photo.mimeType = u"image/png"_s;
    article.photo.width = 4;
    article.photo.height = 3;
    article.photo.fileName = u"straßenbahn-köln.png"_s;
    article.photo.caption = u"Die Straßenbahn am Neumarkt in Köln."_s;
    article.photo.credit = u"Foto: Jürgen Schäfer/dpa"_s;
    article.photo.altText = u"Eine gelbe Straßenbahn hält an einer Haltestelle, Fahrgäste steigen ein."_s;
    article.related = {RelatedLink{12, {}, {}},
                       RelatedLink{0, QUrl(u"https://www.stadt-koeln.de/verkehr/straßenbahn?linie=ä#karte"_s), u"Stadt Köln: Verkehr"_s},
                       RelatedLink{99, QUrl(u"https://zeitung.example/wirtschaft/haushalt"_s), u"Der Haushalt im Überblick"_s},
                       RelatedLink{0, QUrl(u"http://example.org/alt"_s), u"Ältere Seite"_s}};
    article.created = utc(u"2024-10-24T16:02:03.456Z"_s);
    article.modified = utc(u"2024-10-25T07:59:59Z"_s);
    article.revision = 17;
    return article;
}

Article minimalArticle()
{
    Article article;
    article.headline = u"Nur eine Überschrift"_s;
    return article;
}

// Raw, never-sanitized input: what a careless caller or an attacker could hand the writer.
Article hostileArticle()
{
    Article article = fullArticle();
    article.headline = u"</script><script>alert(\"ß\")</script> \u202Eevil\0 \\\" {}"_s;
    article.kicker = QString(u"Null\0Byte"_s);
    article.bodyHtml = u"<p onclick=\"x()\">Text<script>alert(1)</script><img src=x onerror=alert(2)>"
                       "<a href=\"javascript:alert(3)\">klick</a><br><iframe src=\"https://evil.example\"></iframe>"
                       "<style>p{}</style>&lt;/p&gt; ]]&gt; &amp;nbsp;</p><h2></h2><unknown>Ünbekannt</unknown>"_s;
    article.related.append(RelatedLink{0, QUrl(u"javascript:alert(4)"_s), u"Böse"_s});
    article.related.append(RelatedLink{0, QUrl(u"file:///etc/passwd"_s), u"Datei"_s});
    article.tags.append(u"\" : { ] }"_s);
    article.photo.fileName = u"../../etc/passwd"_s;
    return article;
}

// Field by field, so that a failed round trip names what was lost.
QString differences(const Article &a, const Article &b)
{
    QStringList out;
    const auto check = [&out](const char *name, const auto &x, const auto &y) {
        if (!(x == y))
            out << QString::fromLatin1(name);
    };
    check("id", a.id, b.id);
    check("section", a.section, b.section);
    check("kicker", a.kicker, b.kicker);
    check("headline", a.headline, b.headline);
    check("teaser", a.teaser, b.teaser);
    if (a.bodyHtml != b.bodyHtml)
        out << u"bodyHtml:\n  "_s + a.bodyHtml + u"\n  "_s + b.bodyHtml;
    check("authors", a.authors, b.authors);
    check("dateline", a.dateline, b.dateline);
    if (a.published != b.published)
        out << u"published "_s + a.published.toString(Qt::ISODateWithMs) + u" / "_s + b.published.toString(Qt::ISODateWithMs);
    check("status", a.status, b.status);
    check("tags", a.tags, b.tags);
    check("language", a.language, b.language);
    check("photo.data", a.photo.data, b.photo.data);
    check("photo.mimeType", a.photo.mimeType, b.photo.mimeType);
    check("photo.size", QSize(a.photo.width, a.photo.height), QSize(b.photo.width, b.photo.height));
    check("photo.fileName", a.photo.fileName, b.photo.fileName);
    check("photo.caption", a.photo.caption, b.photo.caption);
    check("photo.credit", a.photo.credit, b.photo.credit);
    check("photo.altText", a.photo.altText, b.photo.altText);
    if (a.related != b.related) {
        QString related = u"related:"_s;
        for (const auto *list : {&a.related, &b.related}) {
            related += u"\n "_s;
            for (const RelatedLink &link : *list)
                related += u" ["_s + QString::number(link.articleId) + u' ' + link.url.toString() + u' ' + link.title + u']';
        }
        out << related;
    }
    if (a.created != b.created)
        out << u"created "_s + a.created.toString(Qt::ISODateWithMs) + u" / "_s + b.created.toString(Qt::ISODateWithMs);
    if (a.modified != b.modified)
        out << u"modified "_s + a.modified.toString(Qt::ISODateWithMs) + u" / "_s + b.modified.toString(Qt::ISODateWithMs);
    check("revision", a.revision, b.revision);
    return out.join(u'\n');
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString example(const QString &name)
{
    return TestEnvironment::dataDir() + u"/ninjs/"_s + name;
}

struct NodeRun {
    int exitCode = -1;
    QString output;
};

// Runs validate-ninjs.js on the files. Missing node or ajv is a failure of the caller, never a skip.
NodeRun validateWithAjv(const QStringList &files)
{
    NodeRun run;
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString modules = TestEnvironment::npmTools();
    if (node.isEmpty() || modules.isEmpty()) {
        run.output = u"node (%1) or the npm tools (NEWSDESK_TOOLS: %2) are missing"_s.arg(node, modules);
        return run;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_PATH"_s, modules);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node, QStringList{TestEnvironment::sourceDir() + u"/tests/core/ninjs/validate-ninjs.js"_s,
                                    TestEnvironment::dataDir() + u"/ninjs"_s}
                            + files);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit) {
        run.output = u"node did not finish: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}
} // namespace

class NinjsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripWithoutLoss_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("nominal: every field, German text") << fullArticle();
        QTest::newRow("nominal: only a headline") << minimalArticle();
        Article published = fullArticle();
        published.status = ArticleStatus::Published;
        QTest::newRow("nominal: published") << published;
        Article draft = fullArticle();
        draft.status = ArticleStatus::Draft;
        draft.id = 0;
        draft.revision = 0;
        draft.created = {};
        draft.modified = {};
        draft.published = {};
        QTest::newRow("nominal: unsaved draft") << draft;
        Article editing = fullArticle();
        editing.status = ArticleStatus::Editing;
        editing.photo = Photo();
        editing.related.clear();
        QTest::newRow("nominal: editing, no photo, no related links") << editing;
        Article jsonish = fullArticle();
        jsonish.headline = u"Er sagte: \"Nein\" \\ {Klammer} </script> 👍🏽 Straße"_s;
        jsonish.photo.caption = u"„Zitat“ & <b>kein Tag</b>"_s;
        QTest::newRow("robustness: quotes, backslashes, markup and emoji as text") << jsonish;
    }

    void shouldRoundTripWithoutLoss()
    {
        QFETCH(Article, article);
        // GIVEN an article WHEN it is written as ninjs and read back
        const QByteArray json = NinjsWriter().write(article);
        const NinjsReader::Result result = NinjsReader().read(json);
        // THEN it is the same article, and nothing was left out; links to our own articles
        // wait for ImportBatch, which finds them by identity in the database imported into
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        Article expected = article;
        expected.related.clear();
        QList<PendingLink> pending;
        for (const RelatedLink &link : article.related) {
            if (link.isInternal())
                pending.append({u"urn:newsdesk:article:"_s + QString::number(link.articleId), link.title, expected.related.size()});
            else
                expected.related.append(link);
        }
        QCOMPARE(result.item.related, pending);
        QCOMPARE(result.item.embargoed, article.embargoed);
        expected.id = result.article->id; // our own URN gives the id back
        QVERIFY2(*result.article == expected, qPrintable(differences(expected, *result.article) + u"\n"_s + QString::fromUtf8(json.left(3000))));
    }

    void shouldMapFieldsOntoNinjs()
    {
        // GIVEN the full article WHEN written
        const QJsonObject json = NinjsWriter().toJson(fullArticle());
        const QString dump = QString::fromUtf8(QJsonDocument(json).toJson());
        // THEN the ninjs fields hold what the schema means by them
        QCOMPARE(json[u"uri"_s].toString(), u"urn:newsdesk:article:4711"_s);
        QCOMPARE(json[u"type"_s].toString(), u"text"_s);
        QCOMPARE(json[u"version"_s].toString(), u"17"_s);
        QCOMPARE(json[u"firstcreated"_s].toString(), u"2024-10-24T16:02:03.456Z"_s);
        QCOMPARE(json[u"versioncreated"_s].toString(), u"2024-10-25T07:59:59Z"_s);
        QCOMPARE(json[u"embargoed"_s].toString(), u"2024-10-25T08:15:00Z"_s);
        QCOMPARE(json[u"pubstatus"_s].toString(), u"usable"_s);
        QCOMPARE(json[u"language"_s].toString(), u"de-DE"_s);
        QCOMPARE(json[u"by"_s].toString(), u"Jörg Weiß, Anna-Lena Müller"_s);
        QCOMPARE(json[u"located"_s].toString(), u"Köln"_s);
        const QJsonArray headlines = json[u"headlines"_s].toArray();
        QCOMPARE(headlines.size(), 2);
        QCOMPARE(headlines[0][u"role"_s].toString(), u"main"_s);
        QCOMPARE(headlines[0][u"value"_s].toString(), fullArticle().headline);
        QCOMPARE(headlines[1][u"role"_s].toString(), u"kicker"_s);
        QCOMPARE(json[u"descriptions"_s][0][u"value"_s].toString(), fullArticle().teaser);
        const QJsonArray bodies = json[u"bodies"_s].toArray();
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies[0][u"contenttype"_s].toString(), u"text/plain"_s);
        QVERIFY2(bodies[0][u"value"_s].toString().startsWith(u"Die Straße wird gesperrt, sagt die Stadt.\nWie geht es weiter?\n"_s), qPrintable(dump));
        QVERIFY2(bodies[0][u"wordcount"_s].toInt() > 30, qPrintable(dump));
        QCOMPARE(bodies[1][u"contenttype"_s].toString(), u"application/xhtml+xml"_s);
        QVERIFY2(bodies[1][u"value"_s].toString().contains(u"Erste Zeile<br/>zweite Zeile"_s), qPrintable(dump));
        const QJsonArray subjects = json[u"subjects"_s].toArray();
        QCOMPARE(subjects.size(), 4);
        QCOMPARE(subjects[0].toObject(), (QJsonObject{{u"name"_s, u"Wirtschaft"_s}, {u"rel"_s, u"section"_s}}));
        QCOMPARE(subjects[1].toObject(), (QJsonObject{{u"name"_s, u"Straßenbahn"_s}, {u"rel"_s, u"keyword"_s}}));

        const QJsonArray associations = json[u"associations"_s].toArray();
        QCOMPARE(associations.size(), 5);
        const QJsonObject photo = associations[0].toObject();
        QCOMPARE(photo[u"type"_s].toString(), u"picture"_s);
        QCOMPARE(photo[u"uri"_s].toString(), u"urn:newsdesk:article:4711:photo"_s);
        QCOMPARE(photo[u"by"_s].toString(), u"Foto: Jürgen Schäfer/dpa"_s);
        QCOMPARE(photo[u"descriptions"_s][0][u"role"_s].toString(), u"caption"_s);
        const QJsonObject rendition = photo[u"renditions"_s][0].toObject();
        QCOMPARE(rendition[u"width"_s].toInt(), 4);
        QCOMPARE(rendition[u"height"_s].toInt(), 3);
        QCOMPARE(rendition[u"contenttype"_s].toString(), u"image/png"_s);
        QVERIFY2(rendition[u"href"_s].toString().startsWith(u"data:image/png;base64,iVBORw0KGgo"_s), qPrintable(dump.left(3000)));
        QCOMPARE(associations[1][u"uri"_s].toString(), u"urn:newsdesk:article:12"_s);
        QCOMPARE(associations[2][u"uri"_s].toString(), u"https://www.stadt-koeln.de/verkehr/stra%C3%9Fenbahn?linie=%C3%A4#karte"_s);
        QCOMPARE(associations[2][u"headlines"_s][0][u"value"_s].toString(), u"Stadt Köln: Verkehr"_s);
        QCOMPARE(associations[3][u"renditions"_s][0][u"href"_s].toString(), u"https://zeitung.example/wirtschaft/haushalt"_s);
    }

    void shouldReferencePhotoFileInReferenceMode()
    {
        // GIVEN reference mode with a base URL
        NinjsWriter::Options options = NinjsWriter::defaultOptions();
        options.photoMode = NinjsWriter::PhotoMode::Reference;
        options.photoBaseUrl = QUrl(u"https://cdn.example.org/fotos/"_s);
        // WHEN written THEN the href points at the file, no bytes are embedded
        const QJsonObject json = NinjsWriter(options).toJson(fullArticle());
        const QJsonObject rendition = json[u"associations"_s][0][u"renditions"_s][0].toObject();
        QCOMPARE(rendition[u"href"_s].toString(), u"https://cdn.example.org/fotos/stra%C3%9Fenbahn-k%C3%B6ln.png"_s);
        QCOMPARE(rendition[u"sizeinbytes"_s].toInt(), fullArticle().photo.data.size());
        // AND reading it back keeps the text and says why the photo is missing
        const NinjsReader::Result result = NinjsReader().read(QJsonDocument(json).toJson());
        QVERIFY2(result.ok() && result.article->photo.isEmpty(), qPrintable(result.error));
        // (the importer names it: a remote photo is never fetched)
        QVERIFY2(result.item.photoHref.contains(u"cdn.example.org"_s), qPrintable(result.item.photoHref));
    }

    void shouldFillEmptyPhotoFieldsFromTheEmbeddedPhotosMetadata()
    {
        // GIVEN a ninjs item whose embedded photo carries IPTC/XMP, with only a caption of its own
        Article article = fullArticle();
        article.photo.data = PhotoFixtures::agencyPhoto(320, 213);
        article.photo.mimeType = u"image/jpeg"_s;
        article.photo.fileName = u"koeln.jpg"_s;
        article.photo.caption = u"Die Bildunterschrift der Agenturmeldung"_s;
        article.photo.credit.clear();
        article.photo.altText.clear();
        const QJsonObject json = NinjsWriter().toJson(article);
        // WHEN it is imported
        const NinjsReader::Result result = NinjsReader().read(QJsonDocument(json).toJson());
        // THEN the ninjs caption stays, credit and alt text come from the photo itself
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Photo &photo = result.article->photo;
        QCOMPARE(photo.caption, u"Die Bildunterschrift der Agenturmeldung"_s);
        QCOMPARE(photo.credit, u"Foto: picture alliance/dpa | Max Mustermann"_s);
        QCOMPARE(photo.altText, u"Eine Frau durchschneidet ein rotes Band vor einer Straßenbahn."_s);
    }

    void shouldWriteWellFormedXhtml_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("nominal: every field") << fullArticle();
        QTest::newRow("robustness: hostile body") << hostileArticle();
    }

    void shouldWriteWellFormedXhtml()
    {
        QFETCH(Article, article);
        // GIVEN an article WHEN written THEN the XHTML body parses as XML
        const QJsonObject json = NinjsWriter().toJson(article);
        const QString xhtml = json[u"bodies"_s][1][u"value"_s].toString();
        QXmlStreamReader xml(u"<div>"_s + xhtml + u"</div>"_s);
        QStringList elements;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                elements << xml.name().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u"\n"_s + xhtml));
        // AND only the clean subset is in it
        const QStringList allowed{u"div"_s, u"p"_s, u"h2"_s, u"h3"_s, u"strong"_s, u"em"_s, u"a"_s, u"br"_s,
                                  u"blockquote"_s, u"ul"_s, u"ol"_s, u"li"_s};
        for (const QString &element : std::as_const(elements))
            QVERIFY2(allowed.contains(element), qPrintable(element + u" in "_s + xhtml));
        QVERIFY2(!xhtml.contains(u"javascript"_s) && !xhtml.contains(u"onerror"_s) && !xhtml.contains(u"<script"_s),
                 qPrintable(xhtml));
    }

    void shouldImportIptcExamples()
    {
        // GIVEN the IPTC's own ninjs 2.2 examples WHEN imported THEN every one is accepted
        // with the values it holds
        {
            const NinjsReader::Result result = NinjsReader().read(readFile(example(u"ninjs-2.2-example-003_associations_example.json"_s)));
            QVERIFY2(result.ok(), qPrintable(result.error));
            const Article &a = *result.article;
            QCOMPARE(a.headline, u"Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations"_s);
            QCOMPARE(a.id, 0);
            QCOMPARE(a.revision, 1);
            QCOMPARE(a.modified, utc(u"2013-05-16T04:01:00Z"_s));
            QCOMPARE(a.bodyHtml, u"<p>[ ... ]</p>\n"_s);
            QCOMPARE(a.status, ArticleStatus::Draft);
            QVERIFY(a.photo.isEmpty());
            QVERIFY(a.related.isEmpty());
            // The logo (a graphic) and the photo (no embedded data) are named in warnings.
            QVERIFY2(result.warnings.size() == 2 && result.warnings.join(u' ').contains(u"logo"_s),
                     qPrintable(result.warnings.join(u'\n')));
        }
        {
            const NinjsReader::Result result = NinjsReader().read(readFile(example(u"ninjs-2.2-example-004_simple_text_article.json"_s)));
            QVERIFY2(result.ok(), qPrintable(result.error));
            const Article &a = *result.article;
            QCOMPARE(a.headline, u"Captain of wrecked cruise ship on trial in Italy"_s);
            QCOMPARE(a.authors, (QStringList{u"Paulo Santalucia"_s, u"Frances d'Emilio"_s}));
            QCOMPARE(a.modified, utc(u"2013-07-09T10:37:00Z"_s));
            // The "body_xhtml" body is preferred to the plain one: four paragraphs.
            QCOMPARE(a.bodyHtml.count(u"<p>"_s), 4);
            QVERIFY2(a.bodyHtml.startsWith(u"<p>GROSSETO, Italy (AP) -- The trial"_s), qPrintable(a.bodyHtml));
            QVERIFY2(a.bodyHtml.contains(u"lawyers' strike.</p>"_s), qPrintable(a.bodyHtml));
            QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        }
        {
            const NinjsReader::Result result = NinjsReader().read(readFile(example(u"ninjs-2.2-example-005_complex_text_article.json"_s)));
            QVERIFY2(result.ok(), qPrintable(result.error));
            const Article &a = *result.article;
            QCOMPARE(a.headline, u"Captain of wrecked cruise ship on trial in Italy"_s);
            QCOMPARE(a.language, u"en"_s);
            QCOMPARE(a.dateline, u"Grossetto, Italy"_s);
            QCOMPARE(a.authors.size(), 2);
            QCOMPARE(a.bodyHtml.count(u"<p>"_s), 4);
            QVERIFY2(a.bodyHtml.contains(u"Schettino has denied wrongdoing.</p>"_s), qPrintable(a.bodyHtml));
        }
    }

    void shouldReadPlainTextBodyAsParagraphs()
    {
        // GIVEN a ninjs item with only a plain-text body
        const QByteArray json = plainTextBodyJson();
        // WHEN read THEN each line is a paragraph, markup stays text
        const NinjsReader::Result result = NinjsReader().read(json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->bodyHtml, u"<p>Erster Absatz über Straßen.</p>\n<p>Zweiter &lt;Absatz&gt; &amp; mehr.</p>\n"_s);
    }

    void shouldRejectBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // part of the error message

        for (const BadInput &row : badInputRows())
            QTest::newRow(row.name) << row.json << row.expected;
    }

    void shouldRejectBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        // GIVEN bad input WHEN read THEN nothing is imported and the error says what is wrong
        const NinjsReader::Result result = NinjsReader().read(json);
        QVERIFY2(!result.ok(), qPrintable(u"accepted: "_s + QString::fromUtf8(json.left(200))));
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void shouldRejectOversizedFile()
    {
        // GIVEN a reader with a small document limit WHEN a larger file arrives THEN it is refused unread
        NinjsReader::Limits limits;
        limits.maxDocumentBytes = 1024 * 1024;
        const NinjsReader::Result result = NinjsReader(limits).read(QByteArray(1024 * 1024 + 1, ' '));
        QVERIFY2(!result.ok() && result.error.contains(u"large"_s), qPrintable(result.error));
    }

    void shouldDefuseHostileContent()
    {
        // GIVEN a ninjs item full of hostile content
        const QByteArray json = hostileJson();
        // WHEN read
        const NinjsReader::Result result = NinjsReader().read(json);
        // THEN the text arrives, defused: no control characters, no script, no unsafe link
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &a = *result.article;
        QCOMPARE(a.headline, u"Straße gnurednä <script>alert(1)</script>[31m"_s);
        QCOMPARE(a.bodyHtml, defusedBody());
        QVERIFY(a.related.isEmpty());
        QVERIFY(a.photo.isEmpty());
        QVERIFY2(result.warnings.size() == 3, qPrintable(result.warnings.join(u'\n')));
    }

    void shouldProduceSchemaValidNinjs()
    {
        // GIVEN our output for several articles, plus one deliberately invalid control file
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        NinjsWriter::Options reference = NinjsWriter::defaultOptions();
        reference.photoMode = NinjsWriter::PhotoMode::Reference;
        reference.photoBaseUrl = QUrl(u"https://cdn.example.org/fotos/"_s);
        Article unsaved = fullArticle();
        unsaved.id = 0;
        const QList<std::pair<QString, QByteArray>> outputs{
            {u"full.json"_s, NinjsWriter().write(fullArticle())},
            {u"minimal.json"_s, NinjsWriter().write(minimalArticle())},
            {u"empty.json"_s, NinjsWriter().write(Article())},
            {u"hostile.json"_s, NinjsWriter().write(hostileArticle())},
            {u"unsaved.json"_s, NinjsWriter().write(unsaved)},
            {u"reference.json"_s, NinjsWriter(reference).write(fullArticle())},
        };
        QStringList files;
        for (const auto &[name, bytes] : outputs) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
            files << file.fileName();
        }
        // WHEN ajv validates them against the IPTC schema THEN all are valid
        const NodeRun valid = validateWithAjv(files);
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.output));
        QCOMPARE(valid.output.count(u"valid: "_s), files.size());

        // AND the check itself can fail: an unknown top-level field and a non-URI uri are caught
        QJsonObject broken = NinjsWriter().toJson(fullArticle());
        broken[u"status"_s] = u"freigegeben"_s;
        broken[u"uri"_s] = u"kein uri"_s;
        QFile control(dir.filePath(u"control.json"_s));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write(QJsonDocument(broken).toJson());
        control.close();
        const NodeRun invalid = validateWithAjv({control.fileName()});
        QVERIFY2(invalid.exitCode == 1 && invalid.output.contains(u"INVALID"_s) && invalid.output.contains(u"status"_s),
                 qPrintable(invalid.output));
    }
};

QTEST_MAIN(NinjsTest)
#include "ninjstest.moc"
