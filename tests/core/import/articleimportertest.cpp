#include "body/bodydocument.h"
#include "import/articleimporter.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArticleImporter::Format)

class ArticleImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDetectFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<ArticleImporter::Format>("expected");
        using F = ArticleImporter::Format;
        QTest::newRow("nominal: .json") << QByteArray("Straße") << u"a.json"_s << F::Ninjs;
        QTest::newRow("nominal: .HTML in capitals") << QByteArray("Straße") << u"Seite.HTML"_s << F::Html;
        QTest::newRow("nominal: .txt holding markup stays text") << QByteArray("<p>Straße</p>") << u"a.txt"_s << F::PlainText;
        QTest::newRow("nominal: no extension, JSON content") << QByteArray("  \n{\"uri\":\"x:1\"}") << u"agentur"_s << F::Ninjs;
        QTest::newRow("nominal: no extension, HTML content") << QByteArray("\n<h1>Straße</h1>") << u"paste"_s << F::Html;
        QTest::newRow("nominal: no extension, text") << QByteArray("Übergangsfinanzierung") << u"notiz"_s << F::PlainText;
    }

    void shouldDetectFormat()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(ArticleImporter::Format, expected);
        QCOMPARE(ArticleImporter::detectFormat(bytes, fileName), expected);
    }

    void shouldDecodeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: UTF-8") << u"Straße über Köln"_s.toUtf8() << u"Straße über Köln"_s;
        QTest::newRow("nominal: UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + u"Größe"_s.toUtf8() << u"Größe"_s;
        QTest::newRow("robustness: Windows-1252 from an old editor")
            << QByteArray("Stra\xDF" "e \x84Zitat\x93 \x80") << u"Straße „Zitat“ €"_s;
    }

    void shouldDecodeText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(ArticleImporter::decodeText(bytes), expected);
    }

    void shouldMakeANewDraftOfPlainText()
    {
        // GIVEN pasted text with blank lines and a control character
        const QByteArray text = u"\n  Übergangsfinanzierung steht \n\nDer Stadtrat\u0007 stimmt zu.\n\n# Kein Hashtag\n1. Januar 2025 bleibt Absatz\n"_s.toUtf8();
        // WHEN imported
        const ArticleImporter::Result result = ArticleImporter().importBytes(text, u"meldung.txt"_s);
        // THEN the first line is the headline, every other line a paragraph, nothing is markup
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->headline, u"Übergangsfinanzierung steht"_s);
        QCOMPARE(result.article->bodyHtml,
                 u"<p>Der Stadtrat stimmt zu.</p>\n<p># Kein Hashtag</p>\n<p>1. Januar 2025 bleibt Absatz</p>\n"_s);
        QCOMPARE(result.article->status, ArticleStatus::Draft);
        QCOMPARE(result.article->id, 0);
    }

    void shouldImportWordListItemsThatStayTheSameWhenCleanedAgain()
    {
        // GIVEN a Word web page whose list items' text sits in spans with white-space: pre-wrap,
        // a tab and spaces after the typed bullet (found by tests/fuzz/importfuzz, the input is
        // in its corpus: the spaces were kept at the import and dropped at the next cleaning)
        const QByteArray html =
            u"<p class=MsoNormal>Hochwasser in Passau</p>\n"
            u"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>"
            u"·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
            u"<span style='white-space:pre-wrap'>\tSandsäcke  liegen lassen</span></p>\n"
            u"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>"
            u"·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
            u"<span style='white-space:pre-wrap'>   Straßen meiden</span></p>\n"_s.toUtf8();
        // WHEN imported
        const ArticleImporter::Result result = ArticleImporter().importBytes(html, u"hochwasser.html"_s);
        // THEN the list items hold their words without the spaces
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->headline, u"Hochwasser in Passau"_s);
        QCOMPARE(result.article->bodyHtml, u"<ul>\n<li>Sandsäcke liegen lassen</li>\n<li>Straßen meiden</li></ul>\n"_s);
        // AND cleaning the imported body again changes nothing
        const QString again = BodyDocument::sanitize(result.article->bodyHtml);
        QVERIFY2(again == result.article->bodyHtml, qPrintable(u"\nimported: "_s + result.article->bodyHtml + u"\nagain:    "_s + again));
    }

    void shouldMakeANewDraftOfOurOwnNinjsKeepingItsIdentityAndDates()
    {
        // GIVEN a ninjs file of an article that is published elsewhere
        const QByteArray json = "{\"uri\":\"urn:newsdesk:article:77\",\"version\":\"9\",\"versioncreated\":\"2024-10-25T08:15:00Z\","
                                "\"altids\":[{\"role\":\"newsdesk:status\",\"value\":\"published\"}],"
                                "\"headlines\":[{\"role\":\"main\",\"value\":\"Straße frei\"}]}";
        // WHEN imported THEN it is a new draft (no id or revision to overwrite anything) that
        // keeps its source identity and its own dates
        const ArticleImporter::Result result = ArticleImporter().importBytes(json, u"x.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->headline, u"Straße frei"_s);
        QCOMPARE(result.article->id, 0);
        QCOMPARE(result.article->revision, 0);
        QCOMPARE(result.article->modified, QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC));
        QCOMPARE(result.article->status, ArticleStatus::Draft);
        QCOMPARE(result.items.first().sourceUri, u"urn:newsdesk:article:77"_s);
        QCOMPARE(result.items.first().sourceVersion, u"9"_s);
    }
};

QTEST_MAIN(ArticleImporterTest)
#include "articleimportertest.moc"
