#include "articleimporter.h"

#include "body/bodydocument.h"
#include "body/htmlescape.h"
#include "body/clipboardcleaner.h"
#include "import/zipinspector.h"
#include "language/languages.h"
#include "newsml/newsmlg2reader.h"
#include "ninjs/ninjsreader.h"
#include "photo/creditformat.h"
#include "photo/photometadatafill.h"
#include "photoimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// A single-line field from free text: no control characters, no runs of spaces.
QString oneLine(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!HtmlEscape::isControl(c.unicode()))
            out += c;
        else if (c == u'\t')
            out += u' ';
    }
    return out.simplified();
}

// The first line is the headline, the rest the body, for plain text as for HTML (whose first
// block is the first line of its clean form).
void splitHeadline(const QString &cleanBody, Article &article)
{
    const qsizetype end = cleanBody.indexOf(u'\n');
    const QString first = end < 0 ? cleanBody : cleanBody.left(end);
    const bool simpleBlock = first.startsWith(u"<p>"_s) || first.startsWith(u"<h2>"_s) || first.startsWith(u"<h3>"_s);
    if (simpleBlock) {
        article.headline = oneLine(BodyDocument::toPlainText(first));
        article.bodyHtml = end < 0 ? QString() : cleanBody.mid(end + 1);
    } else {
        // A list or a quote first: no line of it is a headline; the journalist writes one.
        article.bodyHtml = cleanBody;
    }
}
} // namespace

const QList<ArticleImporter::Kind> &ArticleImporter::kinds()
{
    static const QList<Kind> list{
        {Format::Ninjs, QT_TR_NOOP("IPTC ninjs"), {u"json"_s}},
        {Format::NewsmlG2, QT_TR_NOOP("IPTC NewsML-G2"), {u"xml"_s, u"newsml"_s}},
        {Format::Html, QT_TR_NOOP("HTML"), {u"html"_s, u"htm"_s, u"xhtml"_s}},
        {Format::PlainText, QT_TR_NOOP("Text"), {u"txt"_s, u"text"_s, u"md"_s}},
        {Format::Docx, QT_TR_NOOP("Word document"), {u"docx"_s}},
        {Format::Odt, QT_TR_NOOP("OpenDocument text"), {u"odt"_s}},
        {Format::Rtf, QT_TR_NOOP("RTF document"), {u"rtf"_s}},
    };
    return list;
}

QString ArticleImporter::kindName(Format format)
{
    for (const Kind &kind : kinds()) {
        if (kind.format == format)
            return tr(kind.name) + u" (."_s + kind.suffixes.constFirst() + u')';
    }
    return {};
}

QString ArticleImporter::fileDialogFilter()
{
    QStringList all;
    QStringList each;
    for (const Kind &kind : kinds()) {
        QStringList patterns;
        for (const QString &suffix : kind.suffixes)
            patterns << u"*."_s + suffix;
        all << patterns;
        each << tr(kind.name) + u" ("_s + patterns.join(u' ') + u')';
    }
    return tr("All supported files") + u" ("_s + all.join(u' ') + u");;"_s + each.join(u";;"_s);
}

ArticleImporter::Format ArticleImporter::detectFormat(const QByteArray &bytes, const QString &fileName)
{
    // Agency copy often comes as .txt, .html or without an extension: the content decides.
    if (NewsmlG2Reader::looksLikeNewsml(bytes))
        return Format::NewsmlG2;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const Kind &kind : kinds()) {
        if (kind.suffixes.contains(suffix))
            return kind.format;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        // An OpenDocument file names its type in the uncompressed first member "mimetype".
        if (bytes.left(200).contains("application/vnd.oasis.opendocument.text"))
            return Format::Odt;
        return Format::Docx;
    }
    if (bytes.startsWith("{\\rtf"))
        return Format::Rtf;
    const QByteArray start = bytes.left(512).trimmed();
    if (start.startsWith('{'))
        return Format::Ninjs;
    if (start.startsWith('<'))
        return Format::Html;
    return Format::PlainText;
}

QString ArticleImporter::unsupportedKind(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QByteArray head = bytes.left(8192);
    if (head.startsWith("%PDF"))
        return tr("a PDF document");
    if (head.startsWith("\xFF\xD8\xFF"))
        return tr("a JPEG image");
    if (head.startsWith("\x89PNG"))
        return tr("a PNG image");
    if (head.startsWith("GIF8"))
        return tr("a GIF image");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return tr("a WebP image");
    if (head.startsWith("II*") || head.startsWith("MM\x00*"))
        return tr("a TIFF image");
    if (head.startsWith("\x1F\x8B"))
        return tr("a gzip archive");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return tr("an old Microsoft Office document (.doc, .xls)");
    if (head.startsWith("PK\x03\x04")) {
        if (suffix == u"docx"_s || suffix == u"odt"_s || head.contains("word/") || head.contains("[Content_Types].xml")
            || head.left(200).contains("application/vnd.oasis.opendocument.text"))
            return {};
        return tr("a ZIP archive");
    }
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        return tr("a binary file");
    const QByteArray start = head.trimmed();
    if (start.startsWith('<') && !NewsmlG2Reader::looksLikeNewsml(bytes)) {
        const QString root = NewsmlG2Reader::rootElementName(bytes);
        const bool html = root.compare(u"html"_s, Qt::CaseInsensitive) == 0;
        // An XML declaration or a namespace says XML; an HTML fragment ("<p>…") has neither.
        const bool xml = start.startsWith("<?xml") || start.left(400).contains("xmlns=");
        if (!root.isEmpty() && !html && xml)
            return tr("XML of another kind (root element <%1>)").arg(root);
    }
    return {};
}

QString ArticleImporter::decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        QStringDecoder windows("windows-1252");
        text = windows.isValid() ? QString(windows.decode(bytes)) : QString::fromLatin1(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

ArticleImporter::Result ArticleImporter::importFile(const QString &path) const
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("The file %1 does not exist.").arg(path);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("%1 is not a file.").arg(path);
        return result;
    }
    if (info.size() > maxFileBytes) {
        result.error = tr("The file %1 is too large to import: %2 MB, at most %3 MB are accepted.")
                           .arg(path).arg(info.size() / (1024 * 1024)).arg(maxFileBytes / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    return importBytes(bytes, info.fileName(), info.absolutePath());
}

ArticleImporter::Result ArticleImporter::importBytes(const QByteArray &bytes, const QString &fileName, const QString &folder) const
{
    Result result;
    if (const QString kind = unsupportedKind(bytes, fileName); !kind.isEmpty()) {
        result.error = tr("This file is not imported: it looks like %1. Newsdesk imports ninjs, NewsML-G2, HTML, "
                          "text, Word, OpenDocument and RTF files.")
                           .arg(kind);
        return result;
    }
    result.format = detectFormat(bytes, fileName);
    Article article;
    QList<ImportedItem> items;
    if (result.format == Format::NewsmlG2) {
        const NewsmlG2Reader::Result read = NewsmlG2Reader().read(bytes);
        if (!read.ok()) {
            result.error = read.error;
            return result;
        }
        items = read.items;
        result.warnings = read.warnings;
    } else if (isDocument(result.format)) {
        result = importDocument(bytes, result.format);
        if (!result.ok())
            return result;
        article = *result.article;
    } else if (result.format == Format::Ninjs) {
        NinjsReader::Result read = NinjsReader().read(bytes);
        if (!read.ok()) {
            result.error = read.error;
            return result;
        }
        items.append(read.item);
        result.warnings = read.warnings;
    } else {
        const QString text = decodeText(bytes);
        // An HTML file may be Word's "Save as Web Page" or a saved news page: the paste's
        // cleaner turns Word's lists into lists and drops a page's navigation.
        const QString clean = result.format == Format::Html ? ClipboardCleaner::cleanHtml(text)
                                                            : NinjsReader::plainTextToBodyHtml(text);
        splitHeadline(clean, article);
        if (article.headline.isEmpty() && article.bodyHtml.trimmed().isEmpty()) {
            result.error = tr("The file %1 holds no text to import.").arg(fileName);
            return result;
        }
    }
    if (items.isEmpty()) {
        ImportedItem item;
        item.article = article;
        items.append(item);
    }
    for (ImportedItem &item : items) {
        Article &a = item.article;
        // Not this database's article yet, whatever its number was elsewhere; the dates the
        // source gave (created, modified) are the story's own and stay (docs/import.md).
        a.id = 0;
        a.revision = 0;
        a.status = ArticleStatus::Draft; // an imported story goes through this newsroom's desk
        a.sourceUri = item.sourceUri;
        a.sourceVersion = item.sourceVersion;
        a.embargoed = item.embargoed;

        const QString language = Languages::normalize(a.language, m_newsroomGerman);
        if (language.isEmpty()) {
            result.warnings << tr("The language „%1“ is not a language tag; the article is set to %2.")
                                   .arg(a.language.left(40), Languages::label(m_newsroomGerman));
            a.language = m_newsroomGerman;
        } else {
            a.language = language;
        }
        if (!item.photoHref.isEmpty())
            resolvePhoto(item, folder, result.warnings);
    }
    result.items = items;
    result.article = items.constFirst().article;
    return result;
}

void ArticleImporter::resolvePhoto(ImportedItem &item, const QString &folder, QStringList &warnings) const
{
    const QString href = item.photoHref;
    item.photoHref.clear();
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    QString path;
    if (scheme == u"file"_s) {
        path = url.toLocalFile();
    } else if (scheme.isEmpty() || (scheme.size() == 1 && href.size() > 2 && href.at(1) == u':')) {
        path = href; // a relative path (or a Windows drive letter, which the folder check refuses)
    } else {
        warnings << tr("The photo %1 is on another server; it was not fetched. Add it in the editor if it is needed.")
                        .arg(href.left(200));
        return;
    }
    if (folder.isEmpty()) {
        warnings << tr("The photo %1 is given as a file, but the import has no folder to read it from.").arg(href.left(200));
        return;
    }
    const QDir base(folder);
    const QString absolute = QDir::cleanPath(base.absoluteFilePath(path));
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    // Inside the imported file's folder only, also after following links: a file from
    // elsewhere must not make the importer read ~/.ssh or /etc.
    if (root.isEmpty() || canonical.isEmpty() || !canonical.startsWith(root + u'/')) {
        warnings << (canonical.isEmpty() && absolute.startsWith(QDir::cleanPath(base.absolutePath()) + u'/')
                         ? tr("The photo %1 was not found beside the imported file.").arg(href.left(200))
                         : tr("The photo %1 lies outside the folder of the imported file; it was not read.").arg(href.left(200)));
        return;
    }
    // The same checks as a photo chosen in the editor.
    PhotoImporter importer;
    const std::optional<Photo> checked = importer.importFile(canonical);
    if (!checked) {
        warnings << tr("The photo %1 was not imported: %2").arg(href.left(200), importer.lastError());
        return;
    }
    Photo photo = item.article.photo;
    photo.data = checked->data;
    photo.mimeType = checked->mimeType;
    photo.width = checked->width;
    photo.height = checked->height;
    photo.fileName = checked->fileName;
    PhotoMetadataFill::fillEmpty(photo, importer.metadata(), QString(CreditFormat::defaultFormat));
    for (const QString &problem : importer.metadata().problems)
        warnings << problem;
    item.article.photo = photo;
}

ArticleImporter::Result ArticleImporter::importDocument(const QByteArray &bytes, Format format) const
{
    Result result;
    result.format = format;
    const QString kind = kindName(format);
    // The caller names the file (CLI: "FILE: not imported: …", the summary: "FILE: skipped: …").
    const auto fail = [&](const QString &why) {
        result.error = why;
        return result;
    };
    if (!m_pandoc.isAvailable())
        return fail(PandocConverter::missingMessage());
    if (format == Format::Docx || format == Format::Odt) {
        if (const QString refused = ZipInspector::check(bytes, kind); !refused.isEmpty())
            return fail(refused);
    } else if (!bytes.startsWith("{\\rtf")) {
        return fail(tr("This is not a real %1: it does not begin with {\\rtf.").arg(kind));
    }
    const QString from = format == Format::Docx ? u"docx"_s : format == Format::Odt ? u"odt"_s : u"rtf"_s;
    const PandocConverter::Result converted = m_pandoc.toHtml(bytes, from, m_cancel);
    if (!converted.ok())
        return fail(converted.error);

    PandocHtmlReader::Result read = PandocHtmlReader::read(converted.html, m_changes);
    read.report.pandocMs = converted.elapsedMs;
    Article article = read.article;
    if (article.headline.isEmpty() && article.teaser.isEmpty() && article.bodyHtml.trimmed().isEmpty())
        return fail(tr("The document holds no text to import."));
    // A headline pandoc could not tell from a paragraph stays short and on one line.
    article.headline = oneLine(article.headline);
    article.teaser = oneLine(article.teaser);

    const DocumentReport &report = read.report;
    QStringList &warnings = result.warnings;
    if (report.trackedChanges > 0) {
        warnings << (report.changesAccepted
                         ? tr("%n tracked change(s) accepted: the article holds the document's final text.", nullptr,
                              report.trackedChanges)
                         : tr("%n tracked change(s) rejected: the article holds the text before the changes.", nullptr,
                              report.trackedChanges));
        result.checklistNotes << (report.changesAccepted
                                      ? tr("Imported from a document with %n tracked change(s), all accepted: "
                                           "check the text against the author's final version.",
                                           nullptr, report.trackedChanges)
                                      : tr("Imported from a document with %n tracked change(s), all rejected: "
                                           "check the text against the author's final version.",
                                           nullptr, report.trackedChanges));
    }
    for (const QString &comment : report.comments)
        warnings << tr("Comment not imported: %1").arg(comment);
    if (!report.comments.isEmpty()) {
        result.checklistNotes << tr("The document had %n comment(s); they were not imported (see the import summary).",
                                    nullptr, int(report.comments.size()));
    }
    for (const QString &image : report.images)
        warnings << tr("Image not imported: %1").arg(image);
    if (report.tables > 0)
        warnings << tr("%n table(s) dropped; their text is kept as paragraphs.", nullptr, report.tables);
    if (report.footnotes > 0)
        warnings << tr("%n footnote(s) appended as paragraphs at the end.", nullptr, report.footnotes);
    if (report.markupInText) {
        warnings << tr("The text contains HTML markup such as „<script>“; it was kept as visible text, "
                       "nothing of it runs.");
    }
    if (article.headline.isEmpty())
        warnings << tr("No headline was recognised; the whole text is in the body and the checklist asks for one.");
    warnings << tr("Fonts, colours and page layout are not taken over; fields keep the text they showed.");

    result.document = report;
    result.article = article;
    return result;
}
