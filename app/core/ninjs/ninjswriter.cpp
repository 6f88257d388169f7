#include "ninjswriter.h"

#include "article.h"
#include "articlestatustext.h"
#include "body/bodydocument.h"
#include "ninjs/ninjsvocabulary.h"
#include "text/textlength.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
namespace V = NinjsVocabulary;

namespace {

// RFC 3339 as the schema's date-time format wants it: always with an offset (Z, the article's
// times are UTC), milliseconds only where there are some so that nothing is rounded away.
QString dateTime(const QDateTime &value)
{
    const QDateTime utc = value.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject text(QStringView role, const QString &value)
{
    return QJsonObject{{u"role"_s, role.toString()}, {u"contenttype"_s, V::contentTypePlain.toString()}, {u"value"_s, value}};
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https"_s || scheme == u"http"_s) && !url.host().isEmpty();
}
} // namespace

NinjsWriter::Options NinjsWriter::defaultOptions()
{
    Options options;
    options.uriPrefix = V::defaultUriPrefix.toString();
    return options;
}

NinjsWriter::NinjsWriter()
    : NinjsWriter(defaultOptions())
{
}

NinjsWriter::NinjsWriter(const Options &options)
    : m_options(options)
{
    if (m_options.uriPrefix.isEmpty())
        m_options.uriPrefix = V::defaultUriPrefix.toString();
}

QString NinjsWriter::toXhtml(const QString &bodyHtml)
{
    // Sanitized first, so that the output is well-formed whatever the caller passes in: the
    // clean form escapes every text piece and closes every element, and as text never holds a
    // raw "<", every "<br>" is the element.
    return BodyDocument::sanitize(bodyHtml).replace(u"<br>"_s, u"<br/>"_s);
}

QString NinjsWriter::photoFileName(const Article &article)
{
    const QString name = QFileInfo(article.photo.fileName.trimmed()).fileName();
    if (!name.isEmpty())
        return name;
    const QString type = article.photo.mimeType.section(u'/', 1);
    return u"foto-"_s + QString::number(article.id) + u'.' + (type.isEmpty() ? u"bin"_s : type);
}

QJsonObject NinjsWriter::toJson(const Article &article) const
{
    const QString id = article.id > 0 ? QString::number(article.id) : V::unsavedId.toString();
    QJsonObject json;
    // An imported article goes back out under the identity it came with, so that the system
    // it came from (or another database of ours) recognises it; ours otherwise.
    json[u"uri"_s] = article.sourceUri.isEmpty() ? QString(m_options.uriPrefix + id) : article.sourceUri;
    json[u"type"_s] = u"text"_s;
    if (!article.sourceVersion.isEmpty())
        json[u"version"_s] = article.sourceVersion;
    else if (article.revision > 0)
        json[u"version"_s] = QString::number(article.revision);
    json[u"standard"_s] = QJsonObject{{u"name"_s, u"ninjs"_s}, {u"version"_s, u"2.2"_s},
                                      {u"schema"_s, V::schemaUri.toString()}};
    if (article.created.isValid())
        json[u"firstcreated"_s] = dateTime(article.created);
    if (article.modified.isValid())
        json[u"versioncreated"_s] = dateTime(article.modified);
    if (article.embargoed.isValid())
        json[u"embargoed"_s] = dateTime(article.embargoed);
    const bool released = article.status == ArticleStatus::Approved || article.status == ArticleStatus::Published;
    json[u"pubstatus"_s] = released ? u"usable"_s : u"withheld"_s;
    QJsonArray altids{
        QJsonObject{{u"role"_s, V::altIdStatus.toString()}, {u"value"_s, ArticleStatusText::key(article.status)}}};
    // ninjs has no field for a scheduled publication (embargoed is "not before", a different
    // promise): it travels as our own alternative id, like the status.
    if (article.published.isValid())
        altids.append(QJsonObject{{u"role"_s, V::altIdPublished.toString()}, {u"value"_s, dateTime(article.published)}});
    json[u"altids"_s] = altids;
    if (!article.language.isEmpty())
        json[u"language"_s] = article.language;

    QJsonArray headlines;
    if (!article.headline.isEmpty())
        headlines.append(text(V::headlineMain, article.headline));
    if (!article.kicker.isEmpty())
        headlines.append(text(V::headlineKicker, article.kicker));
    if (!headlines.isEmpty())
        json[u"headlines"_s] = headlines;
    if (!article.teaser.isEmpty())
        json[u"descriptions"_s] = QJsonArray{text(V::descriptionTeaser, article.teaser)};

    if (!article.bodyHtml.trimmed().isEmpty()) {
        const QString plain = BodyDocument::toPlainText(article.bodyHtml);
        QJsonObject plainBody = text(V::bodyPlain, plain);
        const TextMetrics length = TextLength::measure(plain);
        plainBody[u"charcount"_s] = length.characters;
        plainBody[u"wordcount"_s] = length.words;
        json[u"bodies"_s] = QJsonArray{plainBody,
                                      QJsonObject{{u"role"_s, V::bodyRich.toString()},
                                                  {u"contenttype"_s, V::contentTypeXhtml.toString()},
                                                  {u"value"_s, toXhtml(article.bodyHtml)}}};
    }
    if (!article.authors.isEmpty())
        json[u"by"_s] = article.authors.join(V::authorSeparator);
    if (!article.dateline.isEmpty())
        json[u"located"_s] = article.dateline;

    QJsonArray subjects;
    if (!article.section.isEmpty())
        subjects.append(QJsonObject{{u"name"_s, article.section}, {u"rel"_s, V::subjectSection.toString()}});
    for (const QString &tag : article.tags)
        subjects.append(QJsonObject{{u"name"_s, tag}, {u"rel"_s, V::subjectTag.toString()}});
    if (!subjects.isEmpty())
        json[u"subjects"_s] = subjects;

    QJsonArray associations;
    const Photo &photo = article.photo;
    if (!photo.isEmpty()) {
        QJsonObject picture{{u"name"_s, V::associationPhoto.toString()},
                            {u"uri"_s, QString(m_options.uriPrefix + id + V::photoUriSuffix.toString())},
                            {u"type"_s, u"picture"_s}};
        // Same shape as the headlines above on purpose: ninjs lists each text with its role.
        QJsonArray descriptions;
        if (!photo.caption.isEmpty())
            descriptions.append(text(V::descriptionCaption, photo.caption));
        if (!photo.altText.isEmpty())
            descriptions.append(text(V::descriptionAltText, photo.altText));
        if (!descriptions.isEmpty())
            picture[u"descriptions"_s] = descriptions;
        if (!photo.credit.isEmpty())
            picture[u"by"_s] = photo.credit;
        QJsonObject rendition{{u"name"_s, V::renditionOriginal.toString()}};
        if (m_options.photoMode == PhotoMode::Embed) {
            rendition[u"href"_s] = QString(u"data:"_s + photo.mimeType + u";base64,"_s + QString::fromLatin1(photo.data.toBase64()));
        } else {
            const QString name = m_options.photoFileName.isEmpty() ? photoFileName(article) : m_options.photoFileName;
            // Percent-encoded as a path segment: a name with "?" or "#" must stay one file name.
            const QUrl relative(QString::fromUtf8(QUrl::toPercentEncoding(name)), QUrl::StrictMode);
            rendition[u"href"_s] = m_options.photoBaseUrl.resolved(relative).toString(QUrl::FullyEncoded);
        }
        if (!photo.mimeType.isEmpty())
            rendition[u"contenttype"_s] = photo.mimeType;
        if (photo.width > 0 && photo.height > 0) {
            rendition[u"width"_s] = photo.width;
            rendition[u"height"_s] = photo.height;
        }
        rendition[u"sizeinbytes"_s] = photo.data.size();
        if (!photo.fileName.isEmpty())
            rendition[u"title"_s] = photo.fileName;
        picture[u"renditions"_s] = QJsonArray{rendition};
        associations.append(picture);
    }
    int index = 0;
    for (const RelatedLink &link : article.related) {
        QJsonObject related{{u"type"_s, u"text"_s}};
        if (link.isInternal()) {
            // The linked article's own identity where the caller knows it (an imported one).
            const QString identity = m_options.relatedIdentities.value(link.articleId);
            related[u"uri"_s] = identity.isEmpty() ? QString(m_options.uriPrefix + QString::number(link.articleId)) : identity;
            if (isWebUrl(link.url))
                related[u"renditions"_s] = QJsonArray{QJsonObject{{u"name"_s, V::renditionWeb.toString()},
                                                                  {u"href"_s, link.url.toString(QUrl::FullyEncoded)},
                                                                  {u"contenttype"_s, u"text/html"_s}}};
        } else if (isWebUrl(link.url)) {
            // The web page's own address identifies it, as in the IPTC associations example.
            related[u"uri"_s] = link.url.toString(QUrl::FullyEncoded);
        } else {
            continue; // javascript:, file:, empty: nothing a receiver should follow
        }
        related[u"name"_s] = QString(V::associationRelated.toString() + QString::number(++index));
        if (!link.title.isEmpty())
            related[u"headlines"_s] = QJsonArray{text(V::headlineMain, link.title)};
        associations.append(related);
    }
    if (!associations.isEmpty())
        json[u"associations"_s] = associations;
    return json;
}

QByteArray NinjsWriter::write(const Article &article) const
{
    return QJsonDocument(toJson(article)).toJson(QJsonDocument::Indented);
}
