#include "body/bodydocument.h"
#include "import/articleimporter.h"
#include "import/zipinspector.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArticleImporter::Format)

namespace {
QString docxDir()
{
    return TestEnvironment::sourceDir() + u"/tests/data/docx"_s;
}

// A document written by pandoc from Markdown (the test's own set-up: ODT and RTF fixtures and
// the German document are made here, not stored).
QByteArray pandocWrite(const QString &markdown, const QString &to)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"doc."_s + to);
    QProcess pandoc;
    pandoc.start(u"pandoc"_s, {u"--from=markdown"_s, u"--to="_s + to, u"--standalone"_s, u"--output="_s + out});
    if (!pandoc.waitForStarted())
        qFatal("pandoc is not installed (Debian package pandoc): %s", qPrintable(pandoc.errorString()));
    pandoc.write(markdown.toUtf8());
    pandoc.closeWriteChannel();
    pandoc.waitForFinished(60'000);
    if (pandoc.exitCode() != 0)
        qFatal("pandoc failed: %s", pandoc.readAllStandardError().constData());
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("pandoc wrote no %s", qPrintable(out));
    return file.readAll();
}

// A ZIP archive written by hand: members deflated (raw deflate out of qCompress's zlib
// stream). CRCs are left zero: the inspector refuses these before anything inflates them.
QByteArray zipOf(const QList<std::pair<QByteArray, QByteArray>> &members)
{
    QByteArray zip;
    QByteArray directory;
    const auto put16 = [](QByteArray &to, quint16 v) { char b[2]; qToLittleEndian(v, b); to.append(b, 2); };
    const auto put32 = [](QByteArray &to, quint32 v) { char b[4]; qToLittleEndian(v, b); to.append(b, 4); };
    for (const auto &[name, data] : members) {
        const QByteArray zlib = qCompress(data, 9);
        const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
        const quint32 offset = quint32(zip.size());
        put32(zip, 0x04034b50);
        put16(zip, 20); put16(zip, 0); put16(zip, 8); put16(zip, 0); put16(zip, 0);
        put32(zip, 0); put32(zip, quint32(deflated.size())); put32(zip, quint32(data.size()));
        put16(zip, quint16(name.size())); put16(zip, 0);
        zip += name;
        zip += deflated;
        put32(directory, 0x02014b50);
        put16(directory, 20); put16(directory, 20); put16(directory, 0); put16(directory, 8);
        put16(directory, 0); put16(directory, 0);
        put32(directory, 0); put32(directory, quint32(deflated.size())); put32(directory, quint32(data.size()));
        put16(directory, quint16(name.size())); put16(directory, 0); put16(directory, 0);
        put16(directory, 0); put16(directory, 0); put32(directory, 0); put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0); put16(zip, 0);
    put16(zip, quint16(members.size())); put16(zip, quint16(members.size()));
    put32(zip, quint32(directory.size())); put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}

const QString germanMarkdown = uR"(---
title: Stadtrat beschließt Übergangsfinanzierung
subtitle: Die Brücke über die Wörnitz wird bis 2026 saniert
author: Jörg Müller
lang: de-DE
---

Der Stadtrat hat am Dienstag „einstimmig“ beschlossen, die Sanierung der Brücke vorzufinanzieren.

## Was jetzt passiert

1. Ausschreibung im Frühjahr
2. Baubeginn im Sommer
3. Freigabe für Fußgänger und Radfahrer

> „Wir lassen die Bürgerinnen und Bürger nicht im Regen stehen“, sagte Bürgermeisterin Özlem Kaya.

Mehr unter [der Seite der Stadt](https://www.example.de/bruecke).
)"_s;

QString describe(const ArticleImporter::Result &result)
{
    if (!result.ok())
        return u"error: "_s + result.error;
    const Article &a = *result.article;
    return u"headline=["_s + a.headline + u"] teaser=["_s + a.teaser + u"] authors=["_s + a.authors.join(u'|')
        + u"] language="_s + a.language + u"\nbody:\n"_s + a.bodyHtml + u"\nwarnings:\n"_s + result.warnings.join(u'\n');
}
} // namespace

class DocumentImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldImportEveryWordFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("teaser");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QStringList>("inBody");
        QTest::addColumn<QStringList>("notInBody");
        QTest::addColumn<int>("changes");
        QTest::addColumn<QStringList>("comments");
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("footnotes");
        const QStringList none;
        QTest::newRow("nominal: block_quotes.docx")
            << u"block_quotes.docx"_s << QString() << QString() << none
            << QStringList{u"<h2>Some block quotes, in different ways</h2>"_s,
                           u"<blockquote>\n<p>This is called the Intense Quote style.</p>\n</blockquote>"_s,
                           u"<p>And back to the normal style.</p>"_s}
            << QStringList{u"<h1"_s} << 0 << none << 0 << 0 << 0;
        QTest::newRow("nominal: comments.docx")
            << u"comments.docx"_s << QString() << QString() << none
            << QStringList{u"<p>I want some text to have a comment on it.</p>"_s, u"<p>And so is this.</p>"_s,
                           u"comment in a comment."_s}
            << QStringList{u"I left a comment"_s, u"Do something"_s, u"multiple paragraphs"_s} << 0
            << QStringList{u"Jesse Rosenthal: I left a comment."_s, u"Jesse Rosenthal: A comment across paragraphs."_s,
                           u"Jesse Rosenthal: This one has multiple paragraphs. See?"_s,
                           u"Jesse Rosenthal: Do something."_s, u"Jesse Rosenthal: Do something else."_s}
            << 0 << 0 << 0;
        QTest::newRow("nominal: german-reference.docx (one Heading 1)")
            << u"german-reference.docx"_s << u"Test"_s << QString() << none << none << QStringList{u"Test"_s} << 0
            << none << 0 << 0 << 0;
        QTest::newRow("nominal: headers.docx")
            << u"headers.docx"_s << u"A Test of Headers"_s << QString() << none
            << QStringList{u"<h2>Second Level</h2>"_s, u"<h3>Third level</h3>"_s, u"<h3>Fourth level</h3>"_s,
                           u"<h3>Sixth level</h3>"_s, u"<p>Seventh level</p>"_s}
            << QStringList{u"A Test of Headers"_s} << 0 << none << 0 << 0 << 0;
        QTest::newRow("nominal: image.docx")
            << u"image.docx"_s << QString() << QString() << none << QStringList{u"<p>An image:</p>"_s}
            << QStringList{u"<img"_s, u"data:"_s} << 0 << none << 1 << 0 << 0;
        QTest::newRow("nominal: inline_formatting.docx")
            << u"inline_formatting.docx"_s << QString() << QString() << none
            << QStringList{u"<em>italics</em>"_s, u"<strong>bold "_s, u"<em>bold italics</em>"_s,
                           u"this is strikethrough."_s, u"superscript"_s, u"A line<br>break."_s}
            << QStringList{u"<u>"_s, u"<sup>"_s, u"<del>"_s} << 0 << none << 0 << 0 << 0;
        QTest::newRow("nominal: links.docx")
            << u"links.docx"_s << QString() << QString() << none
            << QStringList{u"<a href=\"http://google.com\">external link</a>"_s,
                           u"<a href=\"http://pandoc.org/README.html#synopsis\">external link</a>"_s,
                           u"<p>An internal link to a section header.</p>"_s}
            << QStringList{u"href=\"#"_s} << 0 << none << 0 << 0 << 0;
        QTest::newRow("nominal: lists.docx")
            << u"lists.docx"_s << QString() << QString() << none
            << QStringList{u"<h2>Some nested lists</h2>"_s, u"<ol>\n<li>one</li>\n<li>two<ol>"_s,
                           u"<li>three<ul>\n<li>four"_s, u"<li>Different list adjacent to the one above.</li>"_s}
            << none << 0 << none << 0 << 0 << 0;
        QTest::newRow("nominal: metadata.docx (title, two authors, abstract)")
            << u"metadata.docx"_s << u"This Is the Title"_s
            << u"This is a test of how this all works. I’ve skipped lines here, which pandoc doesn’t do, but which shouldn’t make a difference."_s
            << QStringList{u"Mary Ann Evans"_s, u"Aurore Dupin"_s}
            << QStringList{u"<p>And now this is normal text.</p>"_s}
            << QStringList{u"This Is the Title"_s, u"Mary Ann"_s} << 0 << none << 0 << 0 << 0;
        QTest::newRow("nominal: notes.docx (a footnote and an endnote)")
            << u"notes.docx"_s << QString() << QString() << none
            << QStringList{u"<h2>A footnote</h2>"_s, u"<p>Test footnote.[1] Test endnote.[2]</p>"_s,
                           u"<p>[1] My note.</p>"_s, u"<p>[2] This is an endnote at the end of the document.</p>"_s}
            << QStringList{u"↩"_s, u"href=\"#fn"_s} << 0 << none << 0 << 0 << 2;
        QTest::newRow("nominal: table_one_row.docx")
            << u"table_one_row.docx"_s << QString() << QString() << none
            << QStringList{u"<p>One</p>\n<p>Row</p>\n<p>Table</p>"_s} << QStringList{u"<table"_s, u"<td"_s} << 0
            << none << 0 << 1 << 0;
        QTest::newRow("nominal: track_changes_deletion.docx")
            << u"track_changes_deletion.docx"_s << QString() << QString() << none
            << QStringList{u"<p>This is a text with a deletion.</p>"_s} << QStringList{u"excessively"_s} << 1 << none
            << 0 << 0 << 0;
        QTest::newRow("nominal: track_changes_insertion.docx")
            << u"track_changes_insertion.docx"_s << QString() << QString() << none
            << QStringList{u"<p>This is a text with two exciting insertions.</p>"_s} << none << 1 << none << 0 << 0 << 0;
        QTest::newRow("nominal: track_changes_move.docx (moved paragraph once, at its new place)")
            << u"track_changes_move.docx"_s << QString() << QString() << none
            << QStringList{u"<p>Here is some text.</p>\n<p>Here is the text to be moved.</p>\n<p>Here is some more text.</p>"_s}
            << none << 2 << none << 0 << 0 << 0;
        QTest::newRow("nominal: unicode.docx")
            << u"unicode.docx"_s << QString() << QString() << none << QStringList{u"Hello, 世界. This costs €10."_s}
            << none << 0 << none << 0 << 0 << 0;
        m_covered = {u"block_quotes.docx"_s, u"comments.docx"_s, u"german-reference.docx"_s, u"headers.docx"_s,
                     u"image.docx"_s, u"inline_formatting.docx"_s, u"links.docx"_s, u"lists.docx"_s,
                     u"metadata.docx"_s, u"notes.docx"_s, u"table_one_row.docx"_s,
                     u"track_changes_deletion.docx"_s, u"track_changes_insertion.docx"_s,
                     u"track_changes_move.docx"_s, u"unicode.docx"_s};
    }

    void shouldImportEveryWordFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, headline);
        QFETCH(QString, teaser);
        QFETCH(QStringList, authors);
        QFETCH(QStringList, inBody);
        QFETCH(QStringList, notInBody);
        QFETCH(int, changes);
        QFETCH(QStringList, comments);
        QFETCH(int, images);
        QFETCH(int, tables);
        QFETCH(int, footnotes);
        // GIVEN a Word document from pandoc's test suite
        // WHEN it is imported like any file
        const ArticleImporter::Result result = ArticleImporter().importFile(docxDir() + u'/' + file);
        const QString actual = describe(result);
        // THEN it is a new draft with the document's structure, and the report says what it lost
        QVERIFY2(result.ok(), qPrintable(actual));
        QCOMPARE(result.format, ArticleImporter::Format::Docx);
        const Article &article = *result.article;
        QVERIFY2(article.headline == headline, qPrintable(actual));
        QVERIFY2(article.teaser == teaser, qPrintable(actual));
        QVERIFY2(article.authors == authors, qPrintable(actual));
        QCOMPARE(article.id, 0);
        QCOMPARE(article.status, ArticleStatus::Draft);
        for (const QString &expected : inBody)
            QVERIFY2(article.bodyHtml.contains(expected), qPrintable(u"missing "_s + expected + u"\n"_s + actual));
        for (const QString &unexpected : notInBody)
            QVERIFY2(!article.bodyHtml.contains(unexpected), qPrintable(u"unexpected "_s + unexpected + u"\n"_s + actual));
        // Always the clean subset, nothing pandoc-specific survives.
        QVERIFY2(!article.bodyHtml.contains(u"class="_s) && !article.bodyHtml.contains(u"<span"_s), qPrintable(actual));
        const DocumentReport &report = result.document;
        QVERIFY2(report.trackedChanges == changes, qPrintable(actual));
        QVERIFY2(report.changesAccepted, qPrintable(actual));
        QVERIFY2(report.comments == comments, qPrintable(report.comments.join(u'\n')));
        QVERIFY2(report.images.size() == images, qPrintable(actual));
        QVERIFY2(report.tables == tables, qPrintable(actual));
        QVERIFY2(report.footnotes == footnotes, qPrintable(actual));
        // The summary's warnings name each loss; a document with changes or comments gets a
        // checklist note.
        const QString warnings = result.warnings.join(u'\n');
        for (const QString &comment : comments)
            QVERIFY2(warnings.contains(comment), qPrintable(warnings));
        if (changes > 0) {
            QVERIFY2(warnings.contains(u"accepted"_s), qPrintable(warnings));
            QVERIFY2(result.checklistNotes.join(u'\n').contains(u"tracked change"_s), qPrintable(actual));
        }
        if (!comments.isEmpty())
            QVERIFY2(result.checklistNotes.join(u'\n').contains(u"comment"_s), qPrintable(actual));
        if (changes == 0 && comments.isEmpty())
            QVERIFY2(result.checklistNotes.isEmpty(), qPrintable(result.checklistNotes.join(u'\n')));
        if (images > 0)
            QVERIFY2(warnings.contains(u"Image not imported: Image 1 (JPEG"_s), qPrintable(warnings));
        if (headline.isEmpty())
            QVERIFY2(warnings.contains(u"No headline was recognised"_s), qPrintable(warnings));
    }

    void shouldHaveARowForEveryWordFixture()
    {
        // GIVEN every .docx in the fixture folder; THEN each has its expectations above, so that
        // a document added to the folder cannot go untested
        QStringList files = QDir(docxDir()).entryList({u"*.docx"_s}, QDir::Files, QDir::Name);
        QStringList covered = m_covered;
        covered.sort();
        QVERIFY2(files.size() >= 15, qPrintable(files.join(u", "_s)));
        QCOMPARE(covered, files);
    }

    void shouldTakeHeadlineAndTeaserFromBoldFirstParagraphs()
    {
        // GIVEN a press release without styles: a bold first line, a bold second paragraph
        const QByteArray bytes = pandocWrite(u"**Freibad öffnet am 1. Mai**\n\n**Die Saison beginnt zwei Wochen "
                                             u"früher als geplant.**\n\nDas Wasser hat 19 Grad.\n"_s,
                                             u"docx"_s);
        // WHEN imported
        const ArticleImporter::Result result = ArticleImporter().importBytes(bytes, u"pm.docx"_s);
        // THEN they are headline and teaser, the rest the body
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->headline, u"Freibad öffnet am 1. Mai"_s);
        QCOMPARE(result.article->teaser, u"Die Saison beginnt zwei Wochen früher als geplant."_s);
        QCOMPARE(result.article->bodyHtml, u"<p>Das Wasser hat 19 Grad.</p>\n"_s);
    }

    void shouldLeaveEverythingInTheBodyWithoutAClearHeadline()
    {
        // GIVEN a document of plain paragraphs
        const QByteArray bytes = pandocWrite(u"Erster Absatz mit Text.\n\nZweiter Absatz.\n"_s, u"docx"_s);
        const ArticleImporter::Result result = ArticleImporter().importBytes(bytes, u"notiz.docx"_s);
        // THEN no headline is guessed; the summary and the checklist ask for one
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article->headline.isEmpty());
        QCOMPARE(result.article->bodyHtml, u"<p>Erster Absatz mit Text.</p>\n<p>Zweiter Absatz.</p>\n"_s);
        QVERIFY2(result.warnings.join(u'\n').contains(u"No headline was recognised"_s), qPrintable(result.warnings.join(u'\n')));
    }

    void shouldRejectTrackedChangesWhenAsked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        QTest::newRow("nominal: deletion kept") << u"track_changes_deletion.docx"_s
                                                << u"<p>This is a text with an excessively modified deletion.</p>"_s << QString();
        QTest::newRow("nominal: insertion left out") << u"track_changes_insertion.docx"_s
                                                     << u"<p>This is a text with insertions.</p>"_s << u"exciting"_s;
        QTest::newRow("nominal: move undone")
            << u"track_changes_move.docx"_s
            << u"<p>Here is some text.</p>\n<p>Here is some more text.</p>\n<p>Here is the text to be moved.</p>"_s
            << QString();
    }

    void shouldRejectTrackedChangesWhenAsked()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        // GIVEN an importer told to keep the text before the changes (not the default)
        ArticleImporter importer;
        importer.setTrackedChanges(PandocHtmlReader::TrackedChanges::Reject);
        // WHEN a document with tracked changes is imported
        const ArticleImporter::Result result = importer.importFile(docxDir() + u'/' + file);
        // THEN the original text is there, and the summary says the changes were rejected
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.article->bodyHtml.contains(expected), qPrintable(describe(result)));
        if (!absent.isEmpty())
            QVERIFY2(!result.article->bodyHtml.contains(absent), qPrintable(describe(result)));
        QVERIFY(!result.document.changesAccepted);
        QVERIFY2(result.warnings.join(u'\n').contains(u"rejected"_s), qPrintable(describe(result)));
    }

    void shouldImportAGermanDocumentInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("teaser");
        QTest::addColumn<bool>("realList");
        QTest::newRow("nominal: .docx (Title, Subtitle, Author)")
            << u"docx"_s << u"Stadtrat beschließt Übergangsfinanzierung"_s
            << u"Die Brücke über die Wörnitz wird bis 2026 saniert"_s << true;
        // pandoc writes the title block of an .odt as plain paragraphs and reads them back as
        // such: no headline is clear, so everything goes to the body.
        QTest::newRow("nominal: .odt") << u"odt"_s << QString() << QString() << true;
        // pandoc's RTF writer types the numbers in ("1. Ausschreibung"): paragraphs come back.
        QTest::newRow("nominal: .rtf (bold title line)") << u"rtf"_s << u"Stadtrat beschließt Übergangsfinanzierung"_s
                                                       << QString() << false;
    }

    void shouldImportAGermanDocumentInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, headline);
        QFETCH(QString, teaser);
        QFETCH(bool, realList);
        // GIVEN a German document with umlauts, „…“, a numbered list, a quote and a link
        const QByteArray bytes = pandocWrite(germanMarkdown, format);
        // WHEN imported
        const ArticleImporter::Result result = ArticleImporter().importBytes(bytes, u"meldung."_s + format);
        const QString actual = describe(result);
        // THEN the structure and every special character arrive
        QVERIFY2(result.ok(), qPrintable(actual));
        const Article &article = *result.article;
        QVERIFY2(article.headline == headline, qPrintable(actual));
        QVERIFY2(article.teaser == teaser, qPrintable(actual));
        QVERIFY2(article.bodyHtml.contains(u"„einstimmig“"_s), qPrintable(actual));
        QVERIFY2(article.bodyHtml.contains(u"<h2>Was jetzt passiert</h2>"_s), qPrintable(actual));
        QVERIFY2(article.bodyHtml.contains(u"Freigabe für Fußgänger und Radfahrer"_s), qPrintable(actual));
        QVERIFY2(article.bodyHtml.contains(u"Bürgermeisterin Özlem Kaya"_s), qPrintable(actual));
        QVERIFY2(article.bodyHtml.contains(u"<a href=\"https://www.example.de/bruecke\">der Seite der Stadt</a>"_s),
                 qPrintable(actual));
        if (realList) {
            QVERIFY2(article.bodyHtml.contains(u"<ol>\n<li>Ausschreibung im Frühjahr</li>\n<li>Baubeginn im Sommer</li>"_s),
                     qPrintable(actual));
            QVERIFY2(article.bodyHtml.contains(u"<blockquote>\n<p>„Wir lassen"_s), qPrintable(actual));
        }
        if (format == u"docx"_s) {
            QCOMPARE(article.authors, QStringList{u"Jörg Müller"_s});
            QCOMPARE(article.language, u"de-DE"_s);
        }
    }

    void shouldRefuseHostileDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        const QByteArray zeros(16 * 1024 * 1024, ' ');
        QTest::newRow("robustness: ZIP bomb (one member packed a thousand times)")
            << zipOf({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", zeros}}) << u"bombe.docx"_s
            << u"looks like a ZIP bomb"_s;
        QList<std::pair<QByteArray, QByteArray>> many;
        const QByteArray text = QByteArray("<w:t>Wort</w:t>").repeated(1024 * 1024); // 15 MB, packs ~100x
        for (int i = 0; i < 20; ++i)
            many.append({"word/part" + QByteArray::number(i) + ".xml", text});
        QTest::newRow("robustness: ZIP bomb (300 MB in twenty members)") << zipOf(many) << u"viele.docx"_s
                                                                         << u"looks like a ZIP bomb"_s;
        QTest::newRow("robustness: .docx that is not a ZIP")
            << QByteArray("Sehr geehrte Damen und Herren,\nanbei die Pressemitteilung.") << u"pm.docx"_s
            << u"not a real Word document (.docx)"_s;
        QTest::newRow("robustness: old Word .doc renamed")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0') << u"alt.docx"_s
            << u"old Microsoft Office document (.doc, .xls)"_s;
        QTest::newRow("robustness: cut-off .docx") << pandocWrite(germanMarkdown, u"docx"_s).left(3000) << u"halb.docx"_s
                                                  << u"not a real Word document (.docx)"_s;
        QTest::newRow("robustness: .odt that is not a ZIP") << QByteArray("<office:document/>") << u"text.odt"_s
                                                           << u"not a real OpenDocument text (.odt)"_s;
        QTest::newRow("robustness: .rtf that is not RTF") << QByteArray("Hallo") << u"text.rtf"_s
                                                         << u"not a real RTF document (.rtf)"_s;
    }

    void shouldRefuseHostileDocuments()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        // WHEN a hostile or broken document is imported
        const ArticleImporter::Result result = ArticleImporter().importBytes(bytes, fileName);
        // THEN a clear message, and no article at all
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }

    void shouldRefuseA200MegabyteFileBeforeReadingIt()
    {
        // GIVEN a 200 MB .docx (sparse: no disk space used, never committed)
        QTemporaryDir dir;
        QFile file(dir.filePath(u"riesig.docx"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("PK\x03\x04", 4) == 4);
        QVERIFY(file.resize(200LL * 1024 * 1024));
        file.close();
        // WHEN imported
        const ArticleImporter::Result result = ArticleImporter().importFile(file.fileName());
        // THEN it is refused by its size, with the numbers
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error.contains(u"too large"_s) && result.error.contains(u"200 MB"_s), qPrintable(result.error));
    }

    void shouldKeepScriptTextAsVisibleTextOnly()
    {
        // GIVEN a document whose text holds a script element (an article about a web attack)
        const QByteArray bytes = pandocWrite(u"# Angriff auf das Bürgerportal\n\nDie Täter schrieben "
                                             u"`<script>alert(\"pwned\")</script>` in das Formular.\n\n"
                                             u"<script>alert(1)</script>\n"_s,
                                             u"docx"_s);
        // WHEN imported
        const ArticleImporter::Result result = ArticleImporter().importBytes(bytes, u"angriff.docx"_s);
        const QString actual = describe(result);
        // THEN the whole article arrives, the markup as escaped text only, and the summary says so
        QVERIFY2(result.ok(), qPrintable(actual));
        QCOMPARE(result.article->headline, u"Angriff auf das Bürgerportal"_s);
        QVERIFY2(!result.article->bodyHtml.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(actual));
        QVERIFY2(result.article->bodyHtml.contains(u"&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"_s),
                 qPrintable(actual));
        QVERIFY2(result.document.markupInText, qPrintable(actual));
        QVERIFY2(result.warnings.join(u'\n').contains(u"kept as visible text"_s), qPrintable(actual));
    }

    void shouldCleanMonospaceAndFontsWithoutAGuiApplication_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("robustness: font face") << u"<p><font face=\"Arial\">x</font></p>"_s;
        QTest::newRow("robustness: font-family style") << u"<p><span style=\"font-family:Arial\">x</span></p>"_s;
        QTest::newRow("robustness: code") << u"<p><code>x</code></p>"_s;
        QTest::newRow("robustness: pre") << u"<pre>x</pre>"_s;
        // Qt reads quoted tag names and entities in them: these crashed newsdesk-cli until the
        // sanitizer's fuzzing found a quoted <"pre">.
        QTest::newRow("hostile: quoted code tag") << u"<p>Vorspann</p><\"code\">Straße</code>"_s;
        QTest::newRow("hostile: code tag with an entity") << u"<p>Vorspann</p><&#99;ode>Straße</code>"_s;
        QTest::newRow("hostile: quoted pre tag") << u"<'pre'>Grüße</pre>"_s;
    }

    void shouldCleanMonospaceAndFontsWithoutAGuiApplication()
    {
        QFETCH(QString, html);
        const ArticleImporter::Result result = ArticleImporter().importBytes(html.toUtf8(), u"x.html"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // The words stay, whatever became of the tag.
        const QString plain = result.article->headline + u' ' + BodyDocument::toPlainText(result.article->bodyHtml);
        QVERIFY2(plain.contains(u"x"_s) || plain.contains(u"Straße"_s) || plain.contains(u"Grüße"_s), qPrintable(plain));
    }

    void shouldSayWhatToInstallWithoutPandoc()
    {
        // GIVEN a machine without pandoc
        ArticleImporter importer;
        PandocConverter missing;
        missing.setProgram(u"/nonexistent/bin/pandoc"_s);
        importer.setPandoc(missing);
        // WHEN a Word document is imported
        const ArticleImporter::Result result = importer.importFile(docxDir() + u"/headers.docx"_s);
        // THEN nothing is imported and the message names the Debian package
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"apt install pandoc"_s), qPrintable(result.error));
    }

    void shouldStopPandocAtItsLimits_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<qint64>("maxOutput");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("message");
        QTest::newRow("robustness: time limit") << 1 << qint64(1 << 20) << false << u"did not finish"_s;
        QTest::newRow("robustness: output limit") << 60'000 << qint64(100) << false << u"larger than"_s;
        QTest::newRow("robustness: cancelled") << 60'000 << qint64(1 << 20) << true << u"cancelled"_s;
    }

    void shouldStopPandocAtItsLimits()
    {
        QFETCH(int, timeoutMs);
        QFETCH(qint64, maxOutput);
        QFETCH(bool, cancelled);
        QFETCH(QString, message);
        PandocConverter pandoc;
        PandocConverter::Limits limits;
        limits.timeoutMs = timeoutMs;
        limits.maxOutputBytes = maxOutput;
        pandoc.setLimits(limits);
        ArticleImporter importer;
        importer.setPandoc(pandoc);
        std::atomic_bool cancel = cancelled;
        importer.setCancelFlag(&cancel);
        const ArticleImporter::Result result = importer.importFile(docxDir() + u"/headers.docx"_s);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }

    void shouldRecogniseDocumentsByContent_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<ArticleImporter::Format>("expected");
        QTest::newRow("nominal: docx") << u"docx"_s << ArticleImporter::Format::Docx;
        QTest::newRow("nominal: odt") << u"odt"_s << ArticleImporter::Format::Odt;
        QTest::newRow("nominal: rtf") << u"rtf"_s << ArticleImporter::Format::Rtf;
    }

    void shouldRecogniseDocumentsByContent()
    {
        QFETCH(QString, format);
        QFETCH(ArticleImporter::Format, expected);
        // A mail attachment saved without its extension
        QCOMPARE(ArticleImporter::detectFormat(pandocWrite(u"Text"_s, format), u"anhang"_s), expected);
    }

    void shouldOfferEveryKindInTheFileDialog()
    {
        const QString filter = ArticleImporter::fileDialogFilter();
        for (const QString &pattern : {u"*.docx"_s, u"*.odt"_s, u"*.rtf"_s, u"*.json"_s, u"*.html"_s, u"*.txt"_s})
            QVERIFY2(filter.section(u";;"_s, 0, 0).contains(pattern), qPrintable(filter));
        QVERIFY2(filter.contains(u"Word document (*.docx)"_s), qPrintable(filter));
    }

private:
    QStringList m_covered; // the files shouldImportEveryWordFixture_data() has rows for
};

QTEST_GUILESS_MAIN(DocumentImporterTest)
#include "documentimportertest.moc"
