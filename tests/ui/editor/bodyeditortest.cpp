#include "body/htmlwriter.h"
#include "editor/bodyeditor.h"

#include <QMimeData>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;

// Exposes the protected paste entry point, as a paste from the clipboard reaches it.
class PastingBodyEditor : public BodyEditor
{
public:
    void paste(const QMimeData &mime) { insertFromMimeData(&mime); }
    [[nodiscard]] bool accepts(const QMimeData &mime) const { return canInsertFromMimeData(&mime); }
};

class BodyEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepOnlyAllowedStructureWhenPasting_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("dropped");
        QTest::newRow("nominal: Word paragraph with fonts, colours and sizes")
            << u"<html><head><style>p.MsoNormal{font-family:Calibri}</style></head><body>"
               u"<p class=\"MsoNormal\" style=\"font-family:Calibri;font-size:14pt;color:#FF0000\">"
               u"<span style=\"font-size:20pt;background:yellow\">Übergangsfinanzierung</span> für "
               u"<b>Straßen</b></p></body></html>"_s
            << QStringList{u"<p>Übergangsfinanzierung für <strong>Straßen</strong>"_s}
            << QStringList{u"font"_s, u"color"_s, u"Calibri"_s, u"style"_s, u"class"_s, u"span"_s};
        QTest::newRow("nominal: web page with heading, list, quote and link")
            << u"<h1 style=\"color:blue\">Titel</h1><ul><li>eins</li></ul><blockquote><p>Zitat</p></blockquote>"
               u"<p><a href=\"https://example.org/\" style=\"color:red\">Link</a></p>"_s
            << QStringList{u"<h2>Titel</h2>"_s, u"<li>eins</li>"_s, u"<blockquote>"_s,
                           u"<a href=\"https://example.org/\">Link</a>"_s}
            << QStringList{u"color"_s, u"<h1"_s};
        QTest::newRow("robustness: script, image and javascript link")
            << u"<p>Text<script>alert('x')</script><img src=\"https://evil.example/x.png\">"
               u"<a href=\"javascript:alert(1)\">klick</a></p>"_s
            << QStringList{u"Text"_s, u"klick"_s}
            << QStringList{u"script"_s, u"alert"_s, u"img"_s, u"evil"_s, u"javascript"_s};
    }

    void shouldKeepOnlyAllowedStructureWhenPasting()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, dropped);
        // GIVEN an empty body
        PastingBodyEditor editor;
        // WHEN messy HTML is pasted
        QMimeData data;
        data.setHtml(html);
        data.setText(u"plain fallback"_s);
        QVERIFY(editor.accepts(data));
        editor.paste(data);
        // THEN the body holds the clean structure only
        const QString body = editor.bodyHtml();
        for (const QString &piece : std::as_const(kept))
            QVERIFY2(body.contains(piece), qPrintable(u"missing "_s + piece + u" in: "_s + body));
        for (const QString &piece : std::as_const(dropped))
            QVERIFY2(!body.contains(piece, Qt::CaseInsensitive), qPrintable(u"kept "_s + piece + u" in: "_s + body));
        // AND no formatting survives inside the document either (what the user would see)
        const QString internal = editor.document()->toHtml();
        QVERIFY2(!internal.contains(u"Calibri"_s) && !internal.contains(u"#ff0000"_s, Qt::CaseInsensitive),
                 qPrintable(internal));
    }

    void shouldRefuseAnImageOnlyPaste()
    {
        PastingBodyEditor editor;
        QMimeData data;
        data.setImageData(QImage(4, 4, QImage::Format_RGB32));
        QVERIFY(!editor.accepts(data));
    }

    void shouldFormatBlocksAsTheWriterKeepsThem_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: subheading") << u"h2"_s << u"<h2>Zwischenüberschrift</h2>"_s;
        QTest::newRow("nominal: level 3") << u"h3"_s << u"<h3>Zwischenüberschrift</h3>"_s;
        QTest::newRow("nominal: quote") << u"quote"_s << u"<blockquote>"_s;
        QTest::newRow("nominal: bulleted list") << u"ul"_s << u"<li>Zwischenüberschrift</li>"_s;
        QTest::newRow("nominal: numbered list") << u"ol"_s << u"<ol>"_s;
        QTest::newRow("nominal: bold") << u"bold"_s << u"<strong>Zwischenüberschrift</strong>"_s;
        QTest::newRow("nominal: italic") << u"italic"_s << u"<em>Zwischenüberschrift</em>"_s;
        QTest::newRow("nominal: link")
            << u"link"_s << u"<a href=\"https://example.org/\">Zwischenüberschrift</a>"_s;
        QTest::newRow("robustness: heading back to paragraph") << u"h2p"_s << u"<p>Zwischenüberschrift</p>"_s;
    }

    void shouldFormatBlocksAsTheWriterKeepsThem()
    {
        QFETCH(QString, style);
        QFETCH(QString, expected);
        // GIVEN a body with one paragraph, all of it selected
        BodyEditor editor;
        editor.setBodyHtml(u"<p>Zwischenüberschrift</p>"_s);
        editor.selectAll();
        // WHEN a format is applied as the toolbar does
        if (style == u"h2"_s)
            editor.setHeading(2);
        else if (style == u"h3"_s)
            editor.setHeading(3);
        else if (style == u"quote"_s)
            editor.toggleQuote();
        else if (style == u"ul"_s)
            editor.toggleList(false);
        else if (style == u"ol"_s)
            editor.toggleList(true);
        else if (style == u"bold"_s)
            editor.toggleBold();
        else if (style == u"italic"_s)
            editor.toggleItalic();
        else if (style == u"link"_s)
            editor.setLink(u"https://example.org/"_s);
        else if (style == u"h2p"_s) {
            editor.setHeading(2);
            editor.setParagraph();
        }
        // THEN the clean HTML has the structure, and it loads back the same
        const QString html = editor.bodyHtml();
        QVERIFY2(html.contains(expected), qPrintable(html));
        BodyEditor reloaded;
        reloaded.setBodyHtml(html);
        QCOMPARE(reloaded.bodyHtml(), html);
    }

    void shouldStartWithoutUndoHistoryWhenABodyIsLoaded()
    {
        BodyEditor editor;
        editor.setBodyHtml(u"<p>Alt</p>"_s);
        QVERIFY(!editor.document()->isUndoAvailable());
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, u" und neu"_s);
        QVERIFY(editor.document()->isUndoAvailable());
        editor.undo();
        QCOMPARE(editor.document()->toPlainText(), u"Alt"_s);
    }
};

QTEST_MAIN(BodyEditorTest)
#include "bodyeditortest.moc"
