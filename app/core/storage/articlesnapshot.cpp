#include "articlesnapshot.h"

#include "body/htmlescape.h"
#include "readingtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QStringList toList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

bool isInlineTag(QStringView name)
{
    return name == u"strong" || name == u"em" || name == u"a" || name == u"b" || name == u"i" || name == u"span";
}

} // namespace

namespace ArticleSnapshot {
QString toJson(const Article &article)
{
    QString json;
    json.reserve(article.bodyHtml.size() + article.teaser.size() + 1024);
    const auto string = [&json](QStringView text) {
        json += u'"';
        qsizetype clean = 0; // start of the run that needs no escaping
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            json += text.sliced(clean, i - clean);
            // A table of escapes on purpose, its cases alike: one per character JSON must escape.
            switch (c) {
            case u'"':
                json += u"\\\""_s;
                break;
            case u'\\':
                json += u"\\\\"_s;
                break;
            case u'\n':
                json += u"\\n"_s;
                break;
            case u'\t':
                json += u"\\t"_s;
                break;
            case u'\r':
                json += u"\\r"_s;
                break;
            default:
                json += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
            }
            clean = i + 1;
        }
        json += text.sliced(clean);
        json += u'"';
    };
    const auto field = [&](QStringView name, QStringView value) {
        json += u'"' + name + u"\":"_s;
        string(value);
        json += u',';
    };
    const auto number = [&](QStringView name, qint64 value) {
        json += u'"' + name + u"\":"_s + QString::number(value) + u',';
    };
    const auto list = [&](QStringView name, const QStringList &values) {
        json += u'"' + name + u"\":["_s;
        for (const QString &value : values) {
            string(value);
            json += u',';
        }
        if (json.endsWith(u','))
            json.chop(1);
        json += u"],"_s;
    };
    json += u'{';
    field(u"section", article.section);
    field(u"kicker", article.kicker);
    field(u"headline", article.headline);
    field(u"teaser", article.teaser);
    field(u"bodyHtml", article.bodyHtml);
    list(u"authors", article.authors);
    field(u"dateline", article.dateline);
    field(u"published", article.published.isValid() ? timestamp(article.published) : QString());
    number(u"status", static_cast<int>(article.status));
    list(u"tags", article.tags);
    field(u"language", article.language);
    field(u"sourceUri", article.sourceUri);
    field(u"sourceVersion", article.sourceVersion);
    field(u"embargoed", article.embargoed.isValid() ? timestamp(article.embargoed) : QString());
    json += u"\"target\":{"_s;
    number(u"unit", static_cast<int>(article.target.unit));
    number(u"amount", article.target.amount);
    number(u"tolerance", article.target.tolerance);
    json.chop(1);
    json += u"},"_s;
    json += u"\"photo\":{"_s;
    field(u"mimeType", article.photo.mimeType);
    number(u"width", article.photo.width);
    number(u"height", article.photo.height);
    field(u"fileName", article.photo.fileName);
    field(u"caption", article.photo.caption);
    field(u"credit", article.photo.credit);
    field(u"altText", article.photo.altText);
    json.chop(1);
    json += u"},\"related\":["_s;
    for (const RelatedLink &link : article.related) {
        json += u'{';
        if (link.isInternal())
            number(u"articleId", link.articleId);
        else
            field(u"url", link.url.toString(QUrl::FullyEncoded));
        field(u"title", link.title);
        json.chop(1);
        json += u"},"_s;
    }
    if (json.endsWith(u','))
        json.chop(1);
    json += u"]}"_s;
    return json;
}

std::optional<Article> fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Article article;
    article.section = object.value(u"section"_s).toString();
    article.kicker = object.value(u"kicker"_s).toString();
    article.headline = object.value(u"headline"_s).toString();
    article.teaser = object.value(u"teaser"_s).toString();
    article.bodyHtml = object.value(u"bodyHtml"_s).toString();
    article.authors = toList(object.value(u"authors"_s));
    article.dateline = object.value(u"dateline"_s).toString();
    article.published = fromTimestamp(object.value(u"published"_s).toString());
    article.status = static_cast<ArticleStatus>(std::clamp(object.value(u"status"_s).toInt(), 0, 3));
    article.tags = toList(object.value(u"tags"_s));
    article.language = object.value(u"language"_s).toString(u"de-DE"_s);
    article.sourceUri = object.value(u"sourceUri"_s).toString();
    article.sourceVersion = object.value(u"sourceVersion"_s).toString();
    article.embargoed = fromTimestamp(object.value(u"embargoed"_s).toString());
    const QJsonObject target = object.value(u"target"_s).toObject();
    article.target.unit = static_cast<LengthTarget::Unit>(std::clamp(target.value(u"unit"_s).toInt(), 0, 3));
    article.target.amount = std::max(0, target.value(u"amount"_s).toInt());
    article.target.tolerance = std::max(0, target.value(u"tolerance"_s).toInt());
    if (article.target.unit == LengthTarget::Unit::None || article.target.amount == 0)
        article.target = {};
    const QJsonObject photo = object.value(u"photo"_s).toObject();
    article.photo.mimeType = photo.value(u"mimeType"_s).toString();
    article.photo.width = photo.value(u"width"_s).toInt();
    article.photo.height = photo.value(u"height"_s).toInt();
    article.photo.fileName = photo.value(u"fileName"_s).toString();
    article.photo.caption = photo.value(u"caption"_s).toString();
    article.photo.credit = photo.value(u"credit"_s).toString();
    article.photo.altText = photo.value(u"altText"_s).toString();
    const QJsonArray related = object.value(u"related"_s).toArray();
    for (const QJsonValue &value : related) {
        const QJsonObject item = value.toObject();
        RelatedLink link;
        link.articleId = item.value(u"articleId"_s).toInteger();
        if (link.articleId <= 0) {
            link.articleId = 0;
            link.url = QUrl(item.value(u"url"_s).toString(), QUrl::StrictMode);
        }
        link.title = item.value(u"title"_s).toString();
        article.related.append(link);
    }
    return article;
}

QString bodyText(QStringView html)
{
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                break;
            QStringView tag = html.mid(i + 1, end - i - 1);
            if (tag.startsWith(u'/'))
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && tag[nameEnd].isLetterOrNumber())
                ++nameEnd;
            // Block boundaries separate words; inline markup does not ("Über<em>gang</em>").
            if (!isInlineTag(tag.first(nameEnd)) && !text.isEmpty() && !text.endsWith(u'\n'))
                text.append(u'\n');
            i = end + 1;
        } else if (c == u'&') {
            const qsizetype end = html.indexOf(u';', i);
            if (end > i && end - i <= 10) {
                text.append(HtmlEscape::decodeReference(html.mid(i + 1, end - i - 1)));
                i = end + 1;
            } else {
                text.append(c);
                ++i;
            }
        } else {
            text.append(c);
            ++i;
        }
    }
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

int words(const Article &article)
{
    return ReadingTime::countWords(article.teaser) + ReadingTime::countWords(bodyText(article.bodyHtml));
}

SearchDocument searchDocument(const Article &article)
{
    return {article.headline, article.teaser, bodyText(article.bodyHtml), article.tags.join(u' '), article.photo.caption};
}

QString timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    return result.toUTC();
}
} // namespace ArticleSnapshot
