#include "body/bodydocument.h"
#include "body/clipboardcleaner.h"

#include <QMimeData>
#include <QTest>

using namespace Qt::StringLiterals;

// The cleaner's rules one by one; tests/ui/editor/pastetest.cpp pastes whole recorded-style
// clipboards of Word, LibreOffice, Google Docs and a news page through the editor.
class ClipboardCleanerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCleanForeignHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: Word numbered list, typed numbers removed")
            << u"<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>"
               u"<span style='mso-list:Ignore'>1.<span>&nbsp;</span></span></span><![endif]>eins</p>\n"
               u"<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]>"
               u"<span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><![endif]>zwei</p>"_s
            << u"<ol>\n<li>eins</li>\n<li>zwei</li></ol>\n"_s;
        QTest::newRow("nominal: Word list from a saved web page (comment form of the markers)")
            << u"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span "
               u"style='font-family:Symbol'>·<span>&nbsp;&nbsp;</span></span><!--[endif]-->Punkt</p>"_s
            << u"<ul>\n<li>Punkt</li></ul>\n"_s;
        QTest::newRow("nominal: two Word lists of different ids stay two lists")
            << u"<p style='mso-list:l0 level1 lfo1'><![if !supportLists]>·<![endif]>a</p>"
               u"<p style='mso-list:l1 level1 lfo2'><![if !supportLists]>·<![endif]>b</p>"_s
            << u"<ul>\n<li>a</li></ul>\n<ul>\n<li>b</li></ul>\n"_s;
        QTest::newRow("nominal: Word comments are not text")
            << u"<p class=MsoNormal>Text<a class=msocomanchor id=\"_anchor_1\" href=\"#_msocom_1\">[JR1]</a></p>"
               u"<div style='mso-element:comment-list'><hr class=msocomoff><div style='mso-element:comment'>"
               u"<p class=MsoCommentText>Bitte prüfen!</p></div></div>"_s
            << u"<p>Text</p>\n"_s;
        QTest::newRow("nominal: Word title and quote classes")
            << u"<p class=MsoTitle>Titel</p><p class=MsoQuote>Zitat</p>"_s
            << u"<h2>Titel</h2>\n<blockquote>\n<p>Zitat</p>\n</blockquote>\n"_s;
        QTest::newRow("robustness: a script and a hidden tracking pixel in a paragraph")
            << u"<p>Text<script>alert(1)</script><span style=\"display:none\">px</span> bleibt</p>"_s
            << u"<p>Text bleibt</p>\n"_s;
        QTest::newRow("robustness: nested junk of the same tag")
            << u"<div class=\"ad\"><div>Anzeige</div><div>mehr</div></div><p>Text</p>"_s << u"<p>Text</p>\n"_s;
        QTest::newRow("robustness: javascript: and on…= as escaped text stay words, the link goes")
            << u"<p>Im Quelltext stand &lt;a href=&quot;javascript:x&quot; onclick = 1&gt;, <a href=\"javascript:alert(1)\">hier</a> "
               u"<span onmouseover=\"alert(1)\">groß</span>.</p>"_s
            << u"<p>Im Quelltext stand &lt;a href=&quot;javascript:x&quot; onclick = 1&gt;, hier groß.</p>\n"_s;
        QTest::newRow("robustness: a teaser class is content, not junk")
            << u"<p class=\"article-teaser\">Vorspann</p>"_s << u"<p>Vorspann</p>\n"_s;
    }

    void shouldCleanForeignHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(ClipboardCleaner::cleanHtml(html), expected);
    }

    // Found by tests/fuzz (bodysanitizefuzz, the input is in its corpus): whitespace that CSS
    // `white-space: pre-wrap` kept (Google Docs puts it on every span) collapsed only at the
    // second cleaning, so cleaning a clean body changed it.
    void shouldStayTheSameWhenCleanedAgain_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: Google Docs spaces before a bold run, a tab and a run of spaces")
            << u"<b style=\"font-weight:normal;\" id=\"docs-internal-guid-7a3f5c21\"><p dir=\"ltr\">"
               u"<span style=\"white-space:pre;white-space:pre-wrap;\">„Endlich können die Kinder wieder schwimmen“, "
               u"sagte sie. Die Linie 443 </span><span style=\"font-weight:700;white-space:pre-wrap;\"> fährt nicht</span>"
               u"<span style=\"white-space:pre-wrap;\">\tbis   Grünwald.</span></p></b>"_s
            << u"<p>„Endlich können die Kinder wieder schwimmen“, sagte sie. Die Linie 443 <strong>fährt nicht</strong> "
               u"bis Grünwald.</p>\n"_s;
        QTest::newRow("robustness: white-space: pre in the text is a journalist's word, not a rule")
            << u"<p>Die Regel white-space: pre   hält Leerzeichen fest.</p>"_s
            << u"<p>Die Regel white-space: pre hält Leerzeichen fest.</p>\n"_s;
        // Found by tests/fuzz/bodysanitizefuzz (corpus: disguised-pre-tag-name.html): Qt read the
        // quoted name as <pre> and kept the leading space until the second cleaning.
        QTest::newRow("hostile: a quoted tag name stays text") << u"<\"pre\"> Grüße aus Köln"_s << u"<p>&lt;&quot;pre&quot;&gt; Grüße aus Köln</p>\n"_s;
        // Found by the sanitizer suite's 20 s of bodysanitizefuzz (corpus: quote-inside-tag-name.html):
        // Qt took `l"` for the name and obeyed the style, our passes paired the quotes otherwise.
        QTest::newRow("hostile: a quote inside a tag name stays text")
            << u"<l\" style=\"white-space:pre\">\tSüßes"_s << u"<p>&lt;l&quot; style=&quot;white-space:pre&quot;&gt; Süßes</p>\n"_s;
        // And the '<' before such a name (corpus: angle-before-quoted-tag-name.html): escaping only
        // the second of "<<\"" made the first open a tag whose name was our "&lt;".
        QTest::newRow("hostile: a second angle before a quoted tag name")
            << u"<<\" style=white-space:pre>\tHeiß"_s << u"<p>&lt;&lt;&quot; style=white-space:pre&gt; Heiß</p>\n"_s;
        // A quote that follows a value directly is a letter to Qt, not the start of another value
        // (corpus: quote-after-attribute-value.html): the tag ends at its '>' and the rule goes.
        QTest::newRow("hostile: a quote right after an attribute value")
            << u"<a style=\"white-space:pre\"l\">\tMaß"_s << u"<p>Maß</p>\n"_s;
    }

    void shouldStayTheSameWhenCleanedAgain()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        // GIVEN foreign HTML WHEN cleaned THEN the runs of whitespace are collapsed at once
        const QString clean = ClipboardCleaner::cleanHtml(html);
        QCOMPARE(clean, expected);
        // AND cleaning the clean body again changes nothing
        const QString again = BodyDocument::sanitize(clean);
        QVERIFY2(again == clean, qPrintable(u"\nonce:  "_s + clean + u"\ntwice: "_s + again));
    }

    void shouldFoldLines()
    {
        QCOMPARE(ClipboardCleaner::foldLines(u"Zeile eins\r\n\r\n  Zeile\tzwei\u2029drei"_s), u"Zeile eins Zeile zwei drei"_s);
        QMimeData mime;
        mime.setText(u"\nÜberschrift\n"_s);
        QCOMPARE(ClipboardCleaner::forSingleLine(mime), u"Überschrift"_s);
    }
};

QTEST_GUILESS_MAIN(ClipboardCleanerTest)
#include "clipboardcleanertest.moc"
