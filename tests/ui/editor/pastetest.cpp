#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "testenvironment.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(TestEnvironment::sourceDir() + u"/tests/data/clipboard/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing clipboard fixture %s", qPrintable(name));
    return file.readAll();
}

// The clipboard as the program leaves it: its rich format and, as every program adds, the text.
std::unique_ptr<QMimeData> clipboardOf(const QString &name)
{
    auto mime = std::make_unique<QMimeData>();
    const QByteArray bytes = fixture(name);
    if (name.endsWith(u".html"_s)) {
        const QString html = QString::fromUtf8(bytes);
        mime->setHtml(html);
        QTextDocument text;
        text.setHtml(html);
        mime->setText(text.toPlainText());
    } else {
        // LibreOffice offers text/rtf (and text/richtext), Word "Rich Text Format" as text/rtf.
        mime->setData(u"text/rtf"_s, bytes);
        mime->setText(u"(plain text)"_s);
    }
    return mime;
}
} // namespace

// Reaches the protected paste entry point, as a Ctrl+V or a drop reaches it.
class PastingEditor : public BodyEditor
{
public:
    void paste(const QMimeData &mime) { insertFromMimeData(&mime); }
};

class PastingLine : public FormLineEdit
{
public:
    void paste(const QMimeData &mime) { insertFromMimeData(&mime); }
};

class PasteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepStructureFromEveryProgram_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("dropped");
        const QStringList styleJunk{u"style"_s, u"class"_s, u"<span"_s, u"font"_s, u"mso"_s, u"<img"_s, u"<h1"_s};
        QTest::newRow("nominal: Word HTML with mso-list bullets, numbers, title and quote")
            << u"word-365.html"_s
            << QStringList{u"<h2>Hochwasser an der Donau: Pegel sinkt langsam</h2>"_s,
                           u"<p><strong>Regensburg</strong> – Nach dem Höchststand am Sonntag geht das Wasser zurück. "
                           u"Die Stadt hebt die <em>Katastrophenwarnung</em> aber noch nicht auf.</p>"_s,
                           u"<h2>Was Anwohner jetzt tun sollten</h2>"_s,
                           u"<ul>\n<li>Keller erst betreten, wenn der Strom abgeschaltet ist</li>\n"
                           u"<li>Sandsäcke liegen lassen, bis die Stadt sie abholt<ul>\n"
                           u"<li>Abholung unter 0941 507-0 anmelden</li></ul></li>\n"
                           u"<li>Schäden fotografieren, bevor aufgeräumt wird</li></ul>"_s,
                           u"<ol>\n<li>Pegel unter 5,50 Meter</li>\n<li>Deiche geprüft</li>\n"
                           u"<li>Freigabe durch das Wasserwirtschaftsamt</li></ol>"_s,
                           u"<blockquote>\n<p>„Wir sind noch nicht über den Berg“"_s,
                           u"<a href=\"https://www.hnd.bayern.de/\">Hochwassernachrichtendienst Bayern</a>"_s}
            << styleJunk + QStringList{u"·"_s, u"1."_s, u"o:p"_s, u"Font Definitions"_s, u"supportLists"_s};
        QTest::newRow("nominal: LibreOffice Writer HTML")
            << u"libreoffice-writer.html"_s
            << QStringList{u"<h2>Gemeinderat stimmt für neues Freibad</h2>"_s,
                           u"<p><strong>Lindau.</strong> Mit 14 zu 6 Stimmen"_s, u"von einem „<em>großen Tag</em>“.</p>"_s,
                           u"<h2>Der Zeitplan</h2>"_s,
                           u"<ol>\n<li>Ausschreibung der Bauarbeiten</li>\n<li>Abriss des alten Kiosks<ul>\n"
                           u"<li>Kiosk-Pächter zieht in die Uferpromenade</li></ul></li>\n<li>Eröffnung im Mai 2026</li></ol>"_s,
                           u"<blockquote>\n<p>„Endlich können unsere Kinder"_s,
                           u"<a href=\"https://www.lindau.de/freibad\">der Seite der Stadt</a>"_s}
            << styleJunk + QStringList{u"Liberation"_s, u"western"_s};
        QTest::newRow("nominal: Google Docs HTML")
            << u"google-docs.html"_s
            << QStringList{u"<h2>Schulbus fällt ab Montag aus</h2>"_s,
                           u"<p><strong>Kreis Ebersberg.</strong> Wegen fehlender Fahrer stellt das Busunternehmen die Linie 443 "
                           u"<em>vorübergehend</em> ein."_s,
                           u"<h2>Was Eltern wissen müssen</h2>"_s,
                           u"<ul>\n<li>Ersatzverkehr mit Kleinbussen ab 7.10 Uhr</li>"_s,
                           u"<ol>\n<li>Kind bis Freitag anmelden</li>\n<li>Bestätigung per E-Mail abwarten</li></ol>"_s,
                           u"<p>Mehr beim <a href=\"https://www.lra-ebe.de/schulbus\">Landratsamt</a>.</p>"_s}
            << styleJunk + QStringList{u"docs-internal"_s, u"<strong>Schulbus"_s, u"<strong>Wegen"_s};
        QTest::newRow("nominal: news web page (navigation, ads, images, tracking gone)")
            << u"news-webpage.html"_s
            << QStringList{u"<h2>Neue Radbrücke über den Main freigegeben</h2>"_s,
                           u"<p><strong>Würzburg. Nach zwei Jahren Bauzeit"_s,
                           u"Sie kostete <strong>11,4 Millionen Euro</strong>, zwei Drittel davon zahlt der "
                           u"<a href=\"https://www.stmb.bayern.de/\">Freistaat</a>.</p>"_s,
                           u"<h2>Was sich für Pendler ändert</h2>"_s,
                           u"<ul>\n<li>Der Radweg am Kranenkai"_s,
                           u"<blockquote>\n<p><em>„Das ist ein guter Tag"_s, u"<p>Die Brücke ist rund um die Uhr geöffnet.</p>"_s}
            << styleJunk + QStringList{u"Startseite"_s, u"Teilen"_s, u"Posten"_s, u"Link kopieren"_s, u"Foto: Stadt"_s,
                                       u"Anzeige"_s, u"Mehr zum Thema"_s, u"Newsletter"_s, u"Abonnieren"_s,
                                       u"dataLayer"_s, u"Impressum"_s, u"track."_s, u"120 Meter"_s};
        QTest::newRow("nominal: LibreOffice Writer RTF (through pandoc)")
            << u"libreoffice-writer.rtf"_s
            << QStringList{u"<h2>Gemeinderat stimmt für neues Freibad</h2>"_s,
                           u"<p><strong>Lindau.</strong> Mit 14 zu 6 Stimmen"_s, u"von einem „großen Tag“.</p>"_s,
                           u"<ol>\n<li>Ausschreibung der Bauarbeiten</li>\n<li>Abriss des alten Kiosks</li>\n"
                           u"<li>Eröffnung im Mai 2026</li></ol>"_s,
                           u"<a href=\"https://www.lindau.de/freibad\">der Seite der Stadt</a>"_s}
            << styleJunk + QStringList{u"Liberation"_s, u"(plain text)"_s};
        QTest::newRow("nominal: Word RTF (through pandoc)")
            << u"word-365.rtf"_s
            << QStringList{u"<h2>Hochwasser an der Donau: Pegel sinkt langsam</h2>"_s,
                           u"<p><strong>Regensburg</strong> – Nach dem Höchststand geht das Wasser zurück."_s,
                           u"<ul>\n<li>Keller erst betreten, wenn der Strom abgeschaltet ist</li>"_s,
                           u"<ol>\n<li>Pegel unter 5,50 Meter</li>\n<li>Deiche geprüft</li></ol>"_s,
                           u"„Wir sind noch nicht über den Berg“"_s}
            << styleJunk + QStringList{u"Calibri"_s, u"·"_s, u"(plain text)"_s};
    }

    void shouldKeepStructureFromEveryProgram()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, dropped);
        // GIVEN a body with a paragraph, the cursor at its end
        PastingEditor editor;
        editor.setBodyHtml(u"<p>Vorher.</p>"_s);
        editor.moveCursor(QTextCursor::End);
        QVERIFY(!editor.document()->isUndoAvailable());
        // WHEN the program's clipboard is pasted through the real QMimeData path
        const auto mime = clipboardOf(file);
        editor.paste(*mime);
        // THEN headings, lists, quotes, links, bold and italic arrive, the junk does not
        const QString body = editor.bodyHtml();
        for (const QString &expected : kept)
            QVERIFY2(body.contains(expected), qPrintable(u"missing: "_s + expected + u"\nbody:\n"_s + body));
        for (const QString &unexpected : dropped)
            QVERIFY2(!body.contains(unexpected), qPrintable(u"left: "_s + unexpected + u"\nbody:\n"_s + body));
        // AND the paste is one undo step: one Ctrl+Z restores the body exactly, and then
        // there is nothing left to undo
        editor.undo();
        QCOMPARE(editor.bodyHtml(), u"<p>Vorher.</p>\n"_s);
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    void shouldFoldAPasteIntoASingleLineField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("start");
        QTest::newRow("nominal: Word HTML into the headline") << u"word-365.html"_s
                                                             << u"Hochwasser an der Donau: Pegel sinkt langsam Regensburg"_s;
        QTest::newRow("nominal: web page into the headline") << u"news-webpage.html"_s << u"Startseite"_s;
    }

    void shouldFoldAPasteIntoASingleLineField()
    {
        QFETCH(QString, file);
        QFETCH(QString, start);
        // GIVEN an empty headline field
        PastingLine line;
        // WHEN a multi-paragraph clipboard is pasted
        line.paste(*clipboardOf(file));
        // THEN one line of plain text, no markup, no line breaks
        const QString text = line.text();
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY2(!text.contains(u'\n') && !text.contains(QChar(0x2029)) && !text.contains(u'<'), qPrintable(text));
        QCOMPARE(line.document()->blockCount(), 1);
    }

    void shouldFoldAnHtmlOnlyClipboardIntoASingleLineField()
    {
        // GIVEN a clipboard with HTML but no text flavour
        QMimeData mime;
        mime.setHtml(u"<h1 style=\"color:red\">Pegel <b>sinkt</b></h1><p>langsam</p>"_s);
        mime.removeFormat(u"text/plain"_s);
        PastingLine line;
        line.paste(mime);
        QCOMPARE(line.text(), u"Pegel sinkt langsam"_s);
    }

    void shouldPastePlainTextWithoutFormatting()
    {
        // GIVEN Word's clipboard with rich text and the cursor after bold text
        QGuiApplication::clipboard()->setMimeData(clipboardOf(u"word-365.html"_s).release());
        PastingEditor editor;
        editor.setBodyHtml(u"<p><strong>Fett</strong></p>"_s);
        editor.moveCursor(QTextCursor::End);
        // WHEN pasted as plain text (Edit → Paste as Plain Text)
        editor.pastePlainText();
        // THEN the text arrives without bold, lists or headings, as one undo step
        const QString body = editor.bodyHtml();
        QVERIFY2(body.startsWith(u"<p><strong>Fett</strong>Hochwasser an der Donau"_s), qPrintable(body));
        QVERIFY2(!body.contains(u"<ul>"_s) && !body.contains(u"<h2>"_s) && !body.contains(u"<strong>Regensburg"_s),
                 qPrintable(body));
        editor.undo();
        QCOMPARE(editor.bodyHtml(), u"<p><strong>Fett</strong></p>\n"_s);
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    void shouldLeaveDroppedFilesToTheWindow()
    {
        // GIVEN a file dragged from a file manager
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(u"/tmp/meldung.docx"_s)});
        mime.setText(u"file:///tmp/meldung.docx"_s);
        // THEN neither the body nor a line field takes it as text (the window imports it)
        struct BodyProbe : BodyEditor {
            bool accepts(const QMimeData &m) const { return canInsertFromMimeData(&m); }
        } body;
        struct LineProbe : FormLineEdit {
            bool accepts(const QMimeData &m) const { return canInsertFromMimeData(&m); }
        } line;
        QVERIFY(!body.accepts(mime));
        QVERIFY(!line.accepts(mime));
        // AND a link dragged from a browser is still text
        QMimeData link;
        link.setUrls({QUrl(u"https://www.example.de/"_s)});
        link.setText(u"https://www.example.de/"_s);
        QVERIFY(body.accepts(link));
    }
};

QTEST_MAIN(PasteTest)
#include "pastetest.moc"
