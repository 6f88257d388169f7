// A little over our ~500-line guide on purpose: the Reader below maps ninjs 1.x to 2.2 field by
// field (docs/import.md is its table), and one field's versions read best side by side.
#include "ninjsreader.h"

#include "body/bodydocument.h"
#include "body/htmlescape.h"
#include "body/htmlwriter.h"
#include "ninjs/ninjsvocabulary.h"
#include "photo/creditformat.h"
#include "photo/photometadatafill.h"
#include "photoimporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
namespace V = NinjsVocabulary;

namespace {
// Thrown inside read() only, caught there and turned into Result::error: it keeps each check a
// single line instead of an if-return after every field.
struct ReadError {
    QString message;
};

enum class Lines { Single, Multi };

// Text as it may enter an article: no control characters (NUL, escape sequences, C1), no
// bidi overrides that could disguise a headline; a single-line field gets no line breaks.
QString cleanText(const QString &raw, Lines lines)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == u'\r' && lines == Lines::Multi)
            continue; // \r\n and \n are the same line break
        if (u == u'\n' || u == u'\r' || u == u'\t' || u == 0x2028 || u == 0x2029) {
            out += (lines == Lines::Multi && u != u'\t') ? u'\n' : u' ';
            continue;
        }
        if (HtmlEscape::isControl(u) || HtmlEscape::isBidiControl(u))
            continue;
        out += c;
    }
    if (lines == Lines::Single)
        return out.simplified();
    return out.trimmed();
}

ArticleStatus statusFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == u"draft"_s) return ArticleStatus::Draft;
    if (name == u"editing"_s) return ArticleStatus::Editing;
    if (name == u"approved"_s) return ArticleStatus::Approved;
    if (name == u"published"_s) return ArticleStatus::Published;
    *ok = false;
    return ArticleStatus::Draft;
}

bool isRichContentType(const QString &contentType, const QString &role)
{
    const QString type = contentType.toLower();
    if (type.contains(u"html"_s)) // text/html, application/xhtml+xml, body_xhtml (IPTC example 004)
        return true;
    return type.isEmpty() && role == V::bodyRich;
}

class Reader
{
public:
    Reader(const NinjsReader::Limits &limits, const QString &uriPrefix, QStringList &warnings, ImportedItem &item)
        : m_limits(limits)
        , m_uriPrefix(uriPrefix)
        , m_warnings(warnings)
        , m_item(item)
    {
    }

    Article read(const QJsonObject &root)
    {
        Article article;
        const QString uri = textField(root, u"uri"_s, u"uri"_s, Lines::Single);
        if (uri.isEmpty())
            fail(NinjsReader::tr("The required field \"uri\" is missing or empty."));
        article.id = ourId(uri);
        m_item.sourceUri = uri;

        const QString type = textField(root, u"type"_s, u"type"_s, Lines::Single);
        if (!type.isEmpty() && type != u"text"_s && type != u"composite"_s)
            fail(NinjsReader::tr("The item is of type \"%1\", not a text article.").arg(type));

        const QString version = textField(root, u"version"_s, u"version"_s, Lines::Single);
        m_item.sourceVersion = version;
        bool versionOk = false;
        const int revision = version.toInt(&versionOk);
        article.revision = versionOk && revision > 0 ? revision : 0;

        // docs/import.md has the table: firstcreated (else contentcreated) is when the story
        // was first written, versioncreated this version, embargoed "not before" (never the
        // publication time this newsroom schedules).
        article.created = dateField(root, u"firstcreated"_s);
        if (!article.created.isValid())
            article.created = dateField(root, u"contentcreated"_s);
        article.modified = dateField(root, u"versioncreated"_s);
        m_item.embargoed = dateField(root, u"embargoed"_s);
        article.embargoed = m_item.embargoed;
        const QString language = textField(root, u"language"_s, u"language"_s, Lines::Single);
        if (!language.isEmpty())
            article.language = language;

        const QJsonArray headlines = listField(root, u"headlines"_s, u"headlines"_s);
        QString anyHeadline;
        for (qsizetype i = 0; i < headlines.size(); ++i) {
            const QString path = u"headlines[%1]"_s.arg(i);
            const QJsonObject headline = asObject(headlines.at(i), path);
            const QString role = textField(headline, u"role"_s, path + u".role"_s, Lines::Single);
            const QString value = textValue(headline, path, Lines::Single);
            if (role == V::headlineKicker) {
                if (article.kicker.isEmpty())
                    article.kicker = value;
            } else if (role == V::headlineMain) {
                if (article.headline.isEmpty())
                    article.headline = value;
            } else if (anyHeadline.isEmpty()) {
                anyHeadline = value;
            }
        }
        if (article.headline.isEmpty())
            article.headline = anyHeadline;

        const QJsonArray descriptions = listField(root, u"descriptions"_s, u"descriptions"_s);
        for (qsizetype i = 0; i < descriptions.size(); ++i) {
            const QString path = u"descriptions[%1]"_s.arg(i);
            const QJsonObject description = asObject(descriptions.at(i), path);
            const QString role = textField(description, u"role"_s, path + u".role"_s, Lines::Single);
            const QString value = textValue(description, path, Lines::Multi);
            const bool teaserRole = role.isEmpty() || role == V::descriptionTeaser || role == u"teaser"_s
                || role == u"abstract"_s || role.endsWith(u":summary"_s);
            if (teaserRole && article.teaser.isEmpty())
                article.teaser = value;
        }

        article.bodyHtml = readBody(listField(root, u"bodies"_s, u"bodies"_s));

        const QString by = textField(root, u"by"_s, u"by"_s, Lines::Single);
        if (!by.isEmpty()) {
            static const QRegularExpression separators(u"\\s*(?:,|;|\\s+and\\s+|\\s+und\\s+|\\s+&\\s+)\\s*"_s);
            for (const QString &author : by.split(separators, Qt::SkipEmptyParts))
                article.authors.append(author.trimmed());
            checkListLength(article.authors.size(), u"by"_s);
        }
        article.dateline = textField(root, u"located"_s, u"located"_s, Lines::Single);

        const QJsonArray subjects = listField(root, u"subjects"_s, u"subjects"_s);
        QSet<QString> seenTags;
        for (qsizetype i = 0; i < subjects.size(); ++i) {
            const QString path = u"subjects[%1]"_s.arg(i);
            const QJsonObject subject = asObject(subjects.at(i), path);
            QString name = textField(subject, u"name"_s, path + u".name"_s, Lines::Single);
            if (name.isEmpty())
                name = textField(subject, u"literal"_s, path + u".literal"_s, Lines::Single);
            const QString rel = textField(subject, u"rel"_s, path + u".rel"_s, Lines::Single);
            if (name.isEmpty())
                continue;
            if (rel == V::subjectSection) {
                if (article.section.isEmpty())
                    article.section = name;
            } else if (!seenTags.contains(name)) {
                seenTags.insert(name);
                article.tags.append(name);
            }
        }

        const QJsonArray altids = listField(root, u"altids"_s, u"altids"_s);
        for (qsizetype i = 0; i < altids.size(); ++i) {
            const QString path = u"altids[%1]"_s.arg(i);
            const QJsonObject altid = asObject(altids.at(i), path);
            const QString role = textField(altid, u"role"_s, path + u".role"_s, Lines::Single);
            if (role == V::altIdPublished) {
                article.published = dateField(altid, u"value"_s);
                continue;
            }
            if (role != V::altIdStatus)
                continue;
            bool known = false;
            const ArticleStatus status = statusFromName(textField(altid, u"value"_s, path + u".value"_s, Lines::Single), &known);
            if (known)
                article.status = status;
        }
        // Without our own status, an item from elsewhere arrives as a draft: a wire story marked
        // "usable" by its agency has not been through this newsroom's desk yet.

        const QJsonArray associations = listField(root, u"associations"_s, u"associations"_s);
        for (qsizetype i = 0; i < associations.size(); ++i)
            readAssociation(asObject(associations.at(i), u"associations[%1]"_s.arg(i)), u"associations[%1]"_s.arg(i), article);
        return article;
    }

private:
    [[noreturn]] static void fail(const QString &message) { throw ReadError{message}; }

    qint64 ourId(const QString &uri) const
    {
        if (!uri.startsWith(m_uriPrefix))
            return 0;
        bool ok = false;
        const qint64 id = QStringView(uri).mid(m_uriPrefix.size()).toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    }

    QString textField(const QJsonObject &object, const QString &key, const QString &path, Lines lines) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(NinjsReader::tr("The field \"%1\" must be text.").arg(path));
        const QString raw = value.toString();
        if (raw.size() > m_limits.maxTextLength)
            fail(NinjsReader::tr("The field \"%1\" is too long: %2 characters, at most %3 are accepted.")
                     .arg(path).arg(raw.size()).arg(m_limits.maxTextLength));
        return cleanText(raw, lines);
    }

    // The "value" of a headline or description, which the schema requires.
    QString textValue(const QJsonObject &object, const QString &path, Lines lines) const
    {
        if (!object.contains(u"value"_s))
            fail(NinjsReader::tr("The required field \"%1\" is missing.").arg(path + u".value"_s));
        QString value = textField(object, u"value"_s, path + u".value"_s, lines);
        const QString contentType = textField(object, u"contenttype"_s, path + u".contenttype"_s, Lines::Single);
        if (contentType.contains(u"html"_s, Qt::CaseInsensitive))
            value = cleanText(BodyDocument::toPlainText(value), lines);
        return value;
    }

    QJsonArray listField(const QJsonObject &object, const QString &key, const QString &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(NinjsReader::tr("The field \"%1\" must be a list.").arg(path));
        const QJsonArray list = value.toArray();
        checkListLength(list.size(), path);
        return list;
    }

    void checkListLength(qsizetype size, const QString &path) const
    {
        if (size > m_limits.maxListLength)
            fail(NinjsReader::tr("The list \"%1\" is too long: %2 entries, at most %3 are accepted.")
                     .arg(path).arg(size).arg(m_limits.maxListLength));
    }

    static QJsonObject asObject(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            fail(NinjsReader::tr("The entry \"%1\" must be an object.").arg(path));
        return value.toObject();
    }

    QDateTime dateField(const QJsonObject &object, const QString &key) const
    {
        const QString text = textField(object, key, key, Lines::Single);
        if (text.isEmpty())
            return {};
        // RFC 3339 requires the offset; a time without one would be read in whatever zone this
        // computer is in, and the article would move by hours.
        static const QRegularExpression withOffset(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        const QDateTime value = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
        if (!withOffset.match(text).hasMatch() || !value.isValid())
            fail(NinjsReader::tr("The field \"%1\" is not a date and time with time zone (like 2024-10-25T08:15:00Z): %2")
                     .arg(key, text.left(40)));
        return value.toUTC();
    }

    QString readBody(const QJsonArray &bodies) const
    {
        QString rich;
        QString plain;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QString path = u"bodies[%1]"_s.arg(i);
            const QJsonObject body = asObject(bodies.at(i), path);
            const QString role = textField(body, u"role"_s, path + u".role"_s, Lines::Single);
            const QString contentType = textField(body, u"contenttype"_s, path + u".contenttype"_s, Lines::Single);
            const QJsonValue value = body.value(u"value"_s);
            if (value.isUndefined())
                fail(NinjsReader::tr("The required field \"%1\" is missing.").arg(path + u".value"_s));
            if (!value.isString())
                fail(NinjsReader::tr("The field \"%1\" must be text.").arg(path + u".value"_s));
            const QString text = value.toString();
            if (text.size() > m_limits.maxBodyLength)
                fail(NinjsReader::tr("The field \"%1\" is too long: %2 characters, at most %3 are accepted.")
                         .arg(path + u".value"_s).arg(text.size()).arg(m_limits.maxBodyLength));
            if (isRichContentType(contentType, role)) {
                if (rich.isEmpty())
                    rich = text;
            } else if (plain.isEmpty()) {
                plain = text;
            }
        }
        // The marked-up body keeps subheadings, emphasis and links; the plain one is the fallback.
        if (!rich.trimmed().isEmpty())
            return BodyDocument::sanitize(rich);
        return NinjsReader::plainTextToBodyHtml(plain);
    }

    void readAssociation(const QJsonObject &item, const QString &path, Article &article)
    {
        const QString uri = textField(item, u"uri"_s, path + u".uri"_s, Lines::Single);
        if (uri.isEmpty())
            fail(NinjsReader::tr("The required field \"%1\" is missing or empty.").arg(path + u".uri"_s));
        const QString name = textField(item, u"name"_s, path + u".name"_s, Lines::Single);
        const QString type = textField(item, u"type"_s, path + u".type"_s, Lines::Single);
        const QJsonArray renditions = listField(item, u"renditions"_s, path + u".renditions"_s);
        QString title;
        const QJsonArray headlines = listField(item, u"headlines"_s, path + u".headlines"_s);
        if (!headlines.isEmpty())
            title = textValue(asObject(headlines.at(0), path + u".headlines[0]"_s), path + u".headlines[0]"_s, Lines::Single);

        if (type == u"picture"_s) {
            if (!article.photo.isEmpty() || !m_photoSeen.isEmpty()) {
                m_warnings << NinjsReader::tr("The additional picture \"%1\" was not imported: an article has one lead photo.").arg(name.isEmpty() ? uri : name);
                return;
            }
            m_photoSeen = uri;
            readPhoto(item, path, renditions, article.photo);
            return;
        }
        if (!type.isEmpty() && type != u"text"_s && type != u"composite"_s) {
            m_warnings << NinjsReader::tr("The associated %1 \"%2\" was not imported.").arg(type, name.isEmpty() ? uri : name);
            return;
        }
        checkListLength(article.related.size() + 1, path);
        RelatedLink link;
        link.title = title;
        if (ourId(uri) > 0) {
            // One of our own articles: its number belongs to the database it was exported
            // from, so it is found by its identity like any other system's item.
            m_item.related.append({uri, title, article.related.size()});
            return;
        }
        const QUrl url(uri, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty()) {
            // A URN or another system's id: the item is looked up by its source identity in
            // the same batch and in everything imported before (ImportBatch).
            if (url.scheme().isEmpty() || scheme == u"javascript"_s || scheme == u"data"_s || scheme == u"file"_s) {
                m_warnings << NinjsReader::tr("The related item \"%1\" was not imported: it is neither a web address "
                                              "nor an item identifier.")
                                  .arg(uri.left(200));
                return;
            }
            m_item.related.append({uri, title, article.related.size()});
            return;
        }
        link.url = url;
        article.related.append(link);
    }

    void readPhoto(const QJsonObject &item, const QString &path, const QJsonArray &renditions, Photo &photo)
    {
        Photo result;
        const QJsonArray descriptions = listField(item, u"descriptions"_s, path + u".descriptions"_s);
        for (qsizetype i = 0; i < descriptions.size(); ++i) {
            const QString where = path + u".descriptions[%1]"_s.arg(i);
            const QJsonObject description = asObject(descriptions.at(i), where);
            const QString role = textField(description, u"role"_s, where + u".role"_s, Lines::Single);
            const QString value = textValue(description, where, Lines::Single);
            if ((role == V::descriptionAltText || role == u"alt"_s) && result.altText.isEmpty())
                result.altText = value;
            else if ((role.isEmpty() || role == V::descriptionCaption || role.endsWith(u":caption"_s)) && result.caption.isEmpty())
                result.caption = value;
        }
        result.credit = textField(item, u"by"_s, path + u".by"_s, Lines::Single);
        if (result.credit.isEmpty())
            result.credit = textField(item, u"copyrightholder"_s, path + u".copyrightholder"_s, Lines::Single);
        if (result.credit.isEmpty())
            result.credit = textField(item, u"copyrightnotice"_s, path + u".copyrightnotice"_s, Lines::Single);

        QString remote;
        for (qsizetype i = 0; i < renditions.size(); ++i) {
            const QString where = path + u".renditions[%1]"_s.arg(i);
            const QJsonObject rendition = asObject(renditions.at(i), where);
            const QJsonValue hrefValue = rendition.value(u"href"_s);
            if (hrefValue.isUndefined())
                continue;
            if (!hrefValue.isString())
                fail(NinjsReader::tr("The field \"%1\" must be text.").arg(where + u".href"_s));
            const QString href = hrefValue.toString();
            if (!href.startsWith(u"data:"_s, Qt::CaseInsensitive)) {
                if (remote.isEmpty()) {
                    remote = href.left(2000);
                    m_item.photoHrefField = where + u".href"_s;
                }
                continue;
            }
            // base64 is 4 characters for 3 bytes.
            if (href.size() / 4 * 3 > m_limits.maxPhotoBytes)
                fail(NinjsReader::tr("The photo in \"%1\" is too large: at most %2 MB are accepted.")
                         .arg(where + u".href"_s).arg(m_limits.maxPhotoBytes / (1024 * 1024)));
            const qsizetype comma = href.indexOf(u',');
            const QString header = href.left(comma).toLower();
            if (comma < 0 || !header.endsWith(u";base64"_s)) {
                m_warnings << NinjsReader::tr("The photo was not imported: its data is not base64-encoded.");
                return;
            }
            const auto decoded = QByteArray::fromBase64Encoding(QStringView(href).mid(comma + 1).toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                m_warnings << NinjsReader::tr("The photo was not imported: its base64 data is damaged.");
                return;
            }
            // The same checks as a photo opened in the editor: JPEG, PNG or WebP by content,
            // complete, at most 50 megapixels; width, height and type come from the image itself.
            const QString fileName = QFileInfo(textField(rendition, u"title"_s, where + u".title"_s, Lines::Single)).fileName();
            PhotoImporter importer;
            const std::optional<Photo> checked = importer.importBytes(*decoded, fileName.isEmpty() ? where : fileName);
            if (!checked) {
                m_warnings << NinjsReader::tr("The photo was not imported: %1").arg(importer.lastError());
                return;
            }
            result.data = checked->data;
            result.mimeType = checked->mimeType;
            result.width = checked->width;
            result.height = checked->height;
            // Only the name: a path in a file from elsewhere says nothing about this computer.
            result.fileName = fileName;
            // What the ninjs says comes first; the photo's own IPTC/XMP fills what it leaves
            // empty, by the same rule as a photo chosen in the editor.
            PhotoMetadataFill::fillEmpty(result, importer.metadata(), QString(CreditFormat::defaultFormat));
            for (const QString &problem : importer.metadata().problems)
                m_warnings << problem;
            photo = result;
            return;
        }
        if (!remote.isEmpty()) {
            // By reference: ArticleImporter reads it from the imported file's folder, or
            // names it in a warning; the caption and credit are kept meanwhile.
            m_item.photoHref = remote;
            photo = result;
            return;
        }
        m_warnings << NinjsReader::tr("The photo was not imported: it has no embedded image data.");
    }

    const NinjsReader::Limits &m_limits;
    const QString &m_uriPrefix;
    QStringList &m_warnings;
    ImportedItem &m_item;
    QString m_photoSeen;
};
} // namespace

NinjsReader::NinjsReader()
    : NinjsReader(Limits())
{
}

NinjsReader::NinjsReader(const Limits &limits, const QString &uriPrefix)
    : m_limits(limits)
    , m_uriPrefix(uriPrefix.isEmpty() ? V::defaultUriPrefix.toString() : uriPrefix)
{
}

QString NinjsReader::plainTextToBodyHtml(const QString &text)
{
    QString html;
    for (const QString &line : text.split(u'\n')) {
        const QString paragraph = cleanText(line, Lines::Single);
        if (!paragraph.isEmpty())
            html += u"<p>"_s + HtmlWriter::escape(paragraph) + u"</p>\n"_s;
    }
    // Once through the clean writer, so that the result is exactly the stored form.
    return html.isEmpty() ? QString() : BodyDocument::sanitize(html);
}

NinjsReader::Result NinjsReader::read(const QByteArray &json) const
{
    Result result;
    if (json.size() > m_limits.maxDocumentBytes) {
        result.error = tr("The file is too large: %1 MB, at most %2 MB are accepted.")
                           .arg(json.size() / (1024 * 1024)).arg(m_limits.maxDocumentBytes / (1024 * 1024));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The file is not a ninjs item: it holds no JSON object.");
        return result;
    }
    return read(document.object());
}

NinjsReader::Result NinjsReader::read(const QJsonObject &json) const
{
    Result result;
    try {
        Reader reader(m_limits, m_uriPrefix, result.warnings, result.item);
        result.article = reader.read(json);
        result.item.article = *result.article;
    } catch (const ReadError &error) {
        result.error = error.message;
        result.warnings.clear();
        result.item = {};
    }
    return result;
}
