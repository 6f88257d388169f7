#include "body/bodydocument.h"
#include "body/cleanbody.h"

#include <QTest>

using namespace Qt::StringLiterals;

class CleanBodyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldAcceptWhatHtmlWriterWrites_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("nominal: paragraphs") << u"<p>Grüße aus Köln.</p><p>Zweiter Absatz über Straßen.</p>"_s;
        QTest::newRow("nominal: headings and quote") << u"<h2>Größere Übung</h2><p>Text</p><blockquote><p>Zitat eins</p><p>Zitat zwei</p></blockquote>"_s;
        QTest::newRow("nominal: lists") << u"<ul><li>eins</li><li>zwei <em>kursiv</em></li></ul><ol><li>erstens</li></ol>"_s;
        QTest::newRow("nominal: nested list") << u"<ul><li>außen<ul><li>innen</li></ul></li><li>weiter</li></ul>"_s;
        QTest::newRow("nominal: links") << u"<p><a href=\"https://example.org/a?b=1&amp;c=2\">Link</a> und <a href=\"mailto:a@example.org\"><strong>Mail</strong></a></p>"_s;
        QTest::newRow("nominal: escaped text") << u"<p>5 &lt; 7 &amp; \"Zitat\" &gt; nichts</p>"_s;
        QTest::newRow("nominal: line break") << u"<p>Zeile eins<br>Zeile zwei</p>"_s;
        QTest::newRow("robustness: pasted Word HTML") << u"<div style=\"color:red\"><span class=MsoNormal>Überschrift</span><b>fett</b><i>kursiv</i></div>"_s;
        QTest::newRow("robustness: script and image") << u"<p>Text<script>alert(1)</script><img src=\"x.png\"></p>"_s;
    }

    void shouldAcceptWhatHtmlWriterWrites()
    {
        // GIVEN any body after the sanitizer
        QFETCH(QString, input);
        const QString clean = BodyDocument::sanitize(input);
        // WHEN checking it
        // THEN it is recognised as clean, so export can skip the second parse
        QVERIFY2(CleanBody::isClean(clean), qPrintable(clean));
    }

    void shouldRejectAnythingElse_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("robustness: script") << u"<p>a</p><script>alert(1)</script>"_s;
        QTest::newRow("robustness: attribute") << u"<p onclick=\"alert(1)\">Straße</p>"_s;
        QTest::newRow("robustness: class") << u"<p class=\"x\">Straße</p>"_s;
        QTest::newRow("robustness: javascript link") << u"<p><a href=\"javascript:alert(1)\">x</a></p>"_s;
        QTest::newRow("robustness: data link") << u"<p><a href=\"data:text/html,x\">x</a></p>"_s;
        QTest::newRow("robustness: quote in href") << u"<p><a href=\"https://a.de/\" onclick=\"x\">x</a></p>"_s;
        QTest::newRow("robustness: second attribute") << u"<p><a href=\"https://a.de/\" target=\"_blank\">x</a></p>"_s;
        QTest::newRow("robustness: unknown entity") << u"<p>&nbsp;</p>"_s;
        QTest::newRow("robustness: quote in link") << u"<p><a href=\"https://a.de/\"x\">y</a></p>"_s;
        QTest::newRow("robustness: numeric entity") << u"<p>&#60;script&#62;</p>"_s;
        QTest::newRow("robustness: raw greater-than") << u"<p>a > b</p>"_s;
        QTest::newRow("robustness: unclosed") << u"<p>offen"_s;
        QTest::newRow("robustness: misnested") << u"<p><strong><em>x</strong></em></p>"_s;
        QTest::newRow("robustness: text at top level") << u"lose Wörter"_s;
        QTest::newRow("robustness: link in link") << u"<p><a href=\"https://a.de/\"><strong><a href=\"https://b.de/\">x</a></strong></a></p>"_s;
        QTest::newRow("robustness: uppercase tag") << u"<P>Groß</P>"_s;
        QTest::newRow("robustness: h1") << u"<h1>Titel</h1>"_s;
        QTest::newRow("robustness: li outside list") << u"<li>x</li>"_s;
        QTest::newRow("robustness: paragraph in paragraph") << u"<p><p>x</p></p>"_s;
        QTest::newRow("robustness: comment") << u"<p>x</p><!-- y -->"_s;
        QTest::newRow("robustness: control character") << u"<p>x\u0001y</p>"_s;
        QTest::newRow("robustness: closing br") << u"<p>x</br></p>"_s;
        QTest::newRow("robustness: unterminated tag") << u"<p>x</p><p"_s;
    }

    void shouldRejectAnythingElse()
    {
        // GIVEN HTML outside the clean form
        QFETCH(QString, html);
        // WHEN checking it
        // THEN it is not clean and must go through the sanitizer
        QVERIFY2(!CleanBody::isClean(html), qPrintable(html));
    }
};

QTEST_MAIN(CleanBodyTest)
#include "cleanbodytest.moc"
