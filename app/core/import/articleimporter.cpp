#include "articleimporter.h"

#include "body/bodydocument.h"
#include "ninjs/ninjsreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
// A single-line field from free text: no control characters, no runs of spaces.
QString oneLine(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() < 0xA0))
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

ArticleImporter::Format ArticleImporter::detectFormat(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json"_s)
        return Format::Ninjs;
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s)
        return Format::Html;
    if (suffix == u"txt"_s || suffix == u"text"_s || suffix == u"md"_s)
        return Format::PlainText;
    const QByteArray start = bytes.left(512).trimmed();
    if (start.startsWith('{'))
        return Format::Ninjs;
    if (start.startsWith('<'))
        return Format::Html;
    return Format::PlainText;
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
    return importBytes(bytes, info.fileName());
}

ArticleImporter::Result ArticleImporter::importBytes(const QByteArray &bytes, const QString &fileName) const
{
    Result result;
    result.format = detectFormat(bytes, fileName);
    Article article;
    if (result.format == Format::Ninjs) {
        NinjsReader::Result read = NinjsReader().read(bytes);
        if (!read.ok()) {
            result.error = read.error;
            return result;
        }
        article = *read.article;
        result.warnings = read.warnings;
    } else {
        const QString text = decodeText(bytes);
        const QString clean = result.format == Format::Html ? BodyDocument::sanitize(text)
                                                            : NinjsReader::plainTextToBodyHtml(text);
        splitHeadline(clean, article);
        if (article.headline.isEmpty() && article.bodyHtml.trimmed().isEmpty()) {
            result.error = tr("The file %1 holds no text to import.").arg(fileName);
            return result;
        }
    }
    // A new draft, whatever the file said about its past.
    article.id = 0;
    article.revision = 0;
    article.created = {};
    article.modified = {};
    article.status = ArticleStatus::Draft;
    result.article = article;
    return result;
}
