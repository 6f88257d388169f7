#include "body/bodydocument.h"
#include "body/htmlwriter.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class HtmlWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripThroughQTextDocument_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("nominal: paragraphs with umlauts")
            << u"<p>Die Übergangsfinanzierung für Straßenbahnen steht.</p>\n<p>Größer wird es nicht.</p>\n"_s;
        QTest::newRow("nominal: subheadings")
            << u"<h2>Zwischenüberschrift</h2>\n<p>Text</p>\n<h3>Unterpunkt „Süd“</h3>\n"_s;
        QTest::newRow("nominal: bold, italic, link")
            << u"<p>Ein <strong>fetter</strong>, <em>kursiver</em> und <a href=\"https://example.org/ä?x=1&amp;y=2\">verlinkter</a> Satz.</p>\n"_s;
        QTest::newRow("nominal: bold italic link nested")
            << u"<p><a href=\"https://example.org/\"><strong><em>alles</em></strong></a></p>\n"_s;
        QTest::newRow("nominal: block quote")
            << u"<blockquote>\n<p>„Wir schaffen das“, sagte sie.</p>\n<p>Zweiter Absatz.</p>\n</blockquote>\n<p>Danach.</p>\n"_s;
        QTest::newRow("nominal: block quote of two subheadings and a paragraph")
            << u"<blockquote>\n<h2>„Wir sind noch nicht über den Berg“</h2>\n<h3>Die Bürgermeisterin</h3>\n<p>Größer wird es nicht.</p>\n</blockquote>\n"_s;
        QTest::newRow("nominal: lists")
            << u"<ul>\n<li>Äpfel</li>\n<li>Birnen</li></ul>\n<ol>\n<li>Erstens</li>\n<li>Zweitens</li></ol>\n"_s;
        QTest::newRow("nominal: line break")
            << u"<p>Zeile eins<br>Zeile zwei</p>\n"_s;
        QTest::newRow("robustness: date at paragraph start is no list")
            << u"<p>1. Januar 2025: Das Gesetz tritt in Kraft.</p>\n<p># Hashtag bleibt Text</p>\n"_s;
        QTest::newRow("robustness: escaped markup stays text")
            << u"<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zitat&quot;</p>\n"_s;
    }

    void shouldRoundTripThroughQTextDocument()
    {
        QFETCH(QString, html);
        // GIVEN the clean form loaded into a document
        QTextDocument document;
        BodyDocument::load(document, html);
        // WHEN written again THEN nothing changed
        const QString written = HtmlWriter::write(document);
        QVERIFY2(written == html, qPrintable(u"\nexpected: "_s + QString(html).replace(u'\n', u'|') + u"\nactual:   "_s + QString(written).replace(u'\n', u'|')));
    }

    void shouldKeepEmptySubheadingOfLiveDocumentForValidation()
    {
        // GIVEN a document being edited with a subheading not yet written
        QTextDocument document;
        QTextCursor cursor(&document);
        cursor.insertText(u"Eins"_s);
        QTextBlockFormat heading;
        heading.setHeadingLevel(2);
        cursor.insertBlock(heading);
        // WHEN written THEN the empty subheading is there for validation to find
        QCOMPARE(HtmlWriter::write(document), u"<p>Eins</p>\n<h2></h2>\n"_s);
    }

    void shouldKeepOnlyAllowedStructureOfForeignHtml_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: Word fonts, colours, sizes")
            << u"<p class=MsoNormal style='font-family:Calibri;font-size:14pt;color:red'><span style='color:#ff0000'>Größe</span> <b>fett</b></p>"_s
            << u"<p>Größe <strong>fett</strong></p>\n"_s;
        QTest::newRow("robustness: script and javascript link")
            << u"<p>Vor<script>alert('x')</script> <a href=\"javascript:alert(1)\">Klick</a></p>"_s
            << u"<p>VorKlick</p>\n"_s;
        QTest::newRow("robustness: empty paragraphs dropped")
            << u"<p>Eins</p><p></p><p>   </p><p>Zwei</p>"_s << u"<p>Eins</p>\n<p>Zwei</p>\n"_s;
        QTest::newRow("robustness: image and h1")
            << u"<h1>Titel</h1><p>Bild <img src=\"https://tracker.example/p.gif\">hier</p>"_s
            << u"<h2>Titel</h2>\n<p>Bild hier</p>\n"_s;
        QTest::newRow("robustness: mailto kept, ftp dropped")
            << u"<p><a href=\"mailto:redaktion@example.de\">Mail</a> <a href=\"ftp://x.example/\">FTP</a></p>"_s
            << u"<p><a href=\"mailto:redaktion@example.de\">Mail</a> FTP</p>\n"_s;
        // The clean form has no styles: whitespace that CSS kept would collapse only at the next
        // cleaning (found by tests/fuzz, bodysanitizefuzz and importfuzz).
        QTest::newRow("robustness: a style sheet's white-space: pre, spaces at a paragraph's start")
            << u"<style>p.Zitat { white-space: pre }</style><p class=Zitat>  „Wir schließen   die Straße“</p>"_s
            << u"<p>„Wir schließen die Straße“</p>\n"_s;
        QTest::newRow("robustness: pre-wrap spans, a tab in a list item, spaces around a bold run")
            << u"<ul><li><span style='white-space:pre-wrap'>\tSandsäcke  </span><b style=\"white-space: pre-wrap\"> holen</b></li></ul>"_s
            << u"<ul>\n<li>Sandsäcke <strong>holen</strong></li></ul>\n"_s;
        // Qt makes no block of an empty <h2></h2>: one that broken markup left behind would
        // vanish at the next cleaning (found by bodysanitizefuzz).
        QTest::newRow("robustness: an unclosed <h1> in a table cell leaves no empty subheading")
            << u"<table><tr><td><h1></td></tr></table><p>Straße</p>"_s << u"<p>Straße</p>\n"_s;
        // A block of nothing but an image (or control characters) is written as nothing
        // (found by bodysanitizefuzz: an unclosed "<img" became <p></p>, an image-only <h2> <h2></h2>).
        QTest::newRow("robustness: an unclosed <img leaves no empty paragraph")
            << u"<p>Verkehr in Köln</p><img"_s << u"<p>Verkehr in Köln</p>\n"_s;
        QTest::newRow("robustness: a subheading holding only an image and a control character")
            << u"<p>Verkehr</p><h2><img src=\"https://tracker.example/p.gif\">\u0001</h2><p>Straße</p>"_s
            << u"<p>Verkehr</p>\n<p>Straße</p>\n"_s;
        QTest::newRow("robustness: two quotes around a dropped empty paragraph become one")
            << u"<blockquote>„Wir bauen“</blockquote><p> </p><blockquote>„sagte die Bürgermeisterin“</blockquote>"_s
            << u"<blockquote>\n<p>„Wir bauen“</p>\n<p>„sagte die Bürgermeisterin“</p>\n</blockquote>\n"_s;
        QTest::newRow("robustness: white-space: in a link's address is no rule to rename")
            << u"<p>Pegel: <a href=\"https://www.hnd.example/a;white-space:pre\" style=\"white-space:pre\">  Übersicht</a></p>"_s
            << u"<p>Pegel: <a href=\"https://www.hnd.example/a;white-space:pre\">Übersicht</a></p>\n"_s;
        QTest::newRow("robustness: style= inside another attribute's value")
            << u"<p><span title=\"x style=white-space:pre\" style='white-space: pre-wrap'>  Größe   zählt</span></p>"_s
            << u"<p>Größe zählt</p>\n"_s;
        QTest::newRow("robustness: pre-wrap in a tag whose name is garbled")
            << u"<h2><\uFFFD\uFFFDspan style=\"white-space:pre-wrap;\"> Wegen fehlender Fahrer fällt die Linie 443 aus</span></h2>"_s
            << u"<h2>Wegen fehlender Fahrer fällt die Linie 443 aus</h2>\n"_s;
        QTest::newRow("robustness: white-space after a '>' in a quoted attribute")
            << u"<p><span title=\"a>b\" style=\"white-space:pre\">  Größe   zählt</span></p>"_s
            << u"<p>Größe zählt</p>\n"_s;
    }

    void shouldKeepOnlyAllowedStructureOfForeignHtml()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString clean = BodyDocument::sanitize(input);
        QVERIFY2(clean == expected, qPrintable(u"\nexpected: "_s + QString(expected).replace(u'\n', u'|') + u"\nactual:   "_s + QString(clean).replace(u'\n', u'|')));
        // Cleaning a clean body changes nothing.
        const QString again = BodyDocument::sanitize(clean);
        QVERIFY2(again == clean, qPrintable(u"\nonce:  "_s + QString(clean).replace(u'\n', u'|') + u"\ntwice: "_s + QString(again).replace(u'\n', u'|')));
    }
};

QTEST_MAIN(HtmlWriterTest)
#include "htmlwritertest.moc"
