#include "body/htmlescape.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Issue #13: escaping, unescaping, character references and the control-character rules live
// in one module that the writer, its validator, the export, the ninjs reader and the
// snapshot's plain text call.
class HtmlEscapeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldEscapeAndUnescapeTheFourMarkupCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("nominal: plain text") << u"Größere Übung im Süden"_s << u"Größere Übung im Süden"_s;
        QTest::newRow("nominal: all four") << u"a < b & \"c\" > d"_s << u"a &lt; b &amp; &quot;c&quot; &gt; d"_s;
        QTest::newRow("robustness: an entity as text") << u"&lt;p&gt;"_s << u"&amp;lt;p&amp;gt;"_s;
        QTest::newRow("robustness: apostrophe and line breaks stay") << u"It's\n\t"_s << u"It's\n\t"_s;
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void shouldEscapeAndUnescapeTheFourMarkupCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(HtmlEscape::escape(text), escaped);
        QString appended = u"<p>"_s;
        HtmlEscape::append(appended, text);
        QCOMPARE(appended, u"<p>"_s + escaped);
        QCOMPARE(HtmlEscape::unescape(escaped), text);
    }

    void shouldTurnLineBreaksIntoSpacesOnlyWhenAsked()
    {
        // GIVEN text with every kind of break a field can hold, next to markup characters
        const QString text = u"Straße\n<Süd>\tÜber\r\u2028\u2029„Maß“ 😀"_s;
        // WHEN the export escapes it for a text node or an attribute (no markup for breaks)
        const QString asSpace = HtmlEscape::escape(text, HtmlEscape::Breaks::AsSpace);
        // THEN each break is one space and the rest is escaped as always
        QCOMPARE(asSpace, u"Straße &lt;Süd&gt; Über   „Maß“ 😀"_s);
        QString appended = u"x"_s;
        HtmlEscape::append(appended, text, HtmlEscape::Breaks::AsSpace);
        QCOMPARE(appended, u"x"_s + asSpace);
        // AND by default breaks are kept for the clean-HTML writer to handle
        QCOMPARE(HtmlEscape::escape(text), u"Straße\n&lt;Süd&gt;\tÜber\r\u2028\u2029„Maß“ 😀"_s);
    }

    void shouldLeaveOtherReferencesAloneWhenUnescaping()
    {
        // GIVEN references that are not among the four the writer produces
        const QString text = u"A&B &nbsp; &#x2014; &amp &amp;amp;"_s;
        // THEN only the complete four are turned back, once
        QCOMPARE(HtmlEscape::unescape(text), u"A&B &nbsp; &#x2014; &amp &amp;"_s);
    }

    void shouldMeasureKnownEntities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("nominal: amp") << u"&amp;x"_s << 5;
        QTest::newRow("nominal: quot") << u"&quot;"_s << 6;
        QTest::newRow("robustness: unknown") << u"&nbsp;"_s << 0;
        QTest::newRow("robustness: unterminated") << u"&amp"_s << 0;
        QTest::newRow("robustness: not at the start") << u"x&lt;"_s << 0;
    }

    void shouldMeasureKnownEntities()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(HtmlEscape::entityLength(text), qsizetype(length));
    }

    void shouldDecodeCharacterReferences_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: amp") << u"amp"_s << u"&"_s;
        QTest::newRow("nominal: apos") << u"apos"_s << u"'"_s;
        QTest::newRow("nominal: nbsp") << u"nbsp"_s << QString(QChar(0xa0));
        QTest::newRow("nominal: decimal") << u"#8222"_s << u"„"_s;
        QTest::newRow("nominal: hexadecimal") << u"#x201C"_s << u"“"_s;
        QTest::newRow("nominal: beyond the BMP") << u"#x1F4F0"_s << u"📰"_s;
        QTest::newRow("robustness: unknown name") << u"shy"_s << QString();
        QTest::newRow("robustness: zero") << u"#0"_s << QString();
        QTest::newRow("robustness: too large") << u"#x110000"_s << QString();
        QTest::newRow("robustness: not a number") << u"#xZZ"_s << QString();
    }

    void shouldDecodeCharacterReferences()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QCOMPARE(HtmlEscape::decodeReference(name), text);
    }

    void shouldClassifyCodePoints_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<bool>("c0");
        QTest::addColumn<bool>("control");
        QTest::addColumn<bool>("bidi");
        QTest::addColumn<bool>("forbidden");
        QTest::newRow("nominal: letter") << uint(u'ä') << false << false << false << false;
        QTest::newRow("nominal: NUL") << 0x0u << true << true << false << true;
        QTest::newRow("nominal: tab is allowed in a page") << uint(u'\t') << true << true << false << false;
        QTest::newRow("nominal: line feed is allowed in a page") << uint(u'\n') << true << true << false << false;
        QTest::newRow("nominal: escape") << 0x1Bu << true << true << false << true;
        QTest::newRow("nominal: DEL") << 0x7Fu << false << true << false << true;
        QTest::newRow("nominal: C1 CSI") << 0x9Bu << false << true << false << true;
        QTest::newRow("nominal: no-break space") << 0xA0u << false << false << false << false;
        QTest::newRow("nominal: right-to-left override") << 0x202Eu << false << false << true << false;
        QTest::newRow("nominal: first strong isolate") << 0x2068u << false << false << true << false;
        QTest::newRow("nominal: noncharacter FDD0") << 0xFDD0u << false << false << false << true;
        QTest::newRow("nominal: noncharacter FFFF") << 0xFFFFu << false << false << false << true;
        QTest::newRow("nominal: noncharacter 1FFFE") << 0x1FFFEu << false << false << false << true;
        QTest::newRow("robustness: emoji") << 0x1F4F0u << false << false << false << false;
    }

    void shouldClassifyCodePoints()
    {
        QFETCH(uint, codePoint);
        QFETCH(bool, c0);
        QFETCH(bool, control);
        QFETCH(bool, bidi);
        QFETCH(bool, forbidden);
        QCOMPARE(HtmlEscape::isC0Control(codePoint), c0);
        QCOMPARE(HtmlEscape::isControl(codePoint), control);
        QCOMPARE(HtmlEscape::isBidiControl(codePoint), bidi);
        QCOMPARE(HtmlEscape::isForbiddenInHtml(codePoint), forbidden);
    }

    void shouldRemoveForbiddenCodePointsFromAPage()
    {
        // GIVEN a page with controls, a noncharacter, a lone surrogate and a real emoji
        QString html = u"<p>a\u0001b\u0085c\uFDD0d</p>\n\t<p>"_s;
        html += QChar(0xD800); // lone high surrogate
        html += u"📰</p>"_s;
        // WHEN cleaned
        HtmlEscape::removeForbidden(html);
        // THEN only what a parser accepts is left, line breaks, tabs and the emoji included
        QCOMPARE(html, u"<p>abcd</p>\n\t<p>📰</p>"_s);
        // AND a clean page stays as it is
        QString clean = u"<p>Größere Übung</p>\n"_s;
        HtmlEscape::removeForbidden(clean);
        QCOMPARE(clean, u"<p>Größere Übung</p>\n"_s);
    }
};

QTEST_GUILESS_MAIN(HtmlEscapeTest)
#include "htmlescapetest.moc"
