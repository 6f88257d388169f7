#include "articlejsonld.h"

using namespace Qt::StringLiterals;

namespace {
// A JSON string literal, escaped as QJsonDocument escapes it.
void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default:
            if (u < 0x20)
                out += u"\\u00"_s + QString::number(u, 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    out += u'"';
}
} // namespace

QByteArray ArticleJsonLd::toJson() const
{
    // Written directly rather than through QJsonObject, which cost a third of the page
    // head in a batch export. Keys in QJsonObject's (sorted) order, so the output is the same.
    QString json;
    json.reserve(1024);
    bool first = true;
    const auto beginKey = [&](QStringView name) {
        json += first ? u"{\""_s : u",\""_s;
        first = false;
        json += name;
        json += u"\":"_s;
    };
    const auto field = [&](QStringView name, QStringView value) {
        beginKey(name);
        appendJsonString(json, value);
    };
    const auto list = [&](QStringView name, const QStringList &items, QStringView before, QStringView after) {
        beginKey(name);
        json += u'[';
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                json += u',';
            json += before;
            appendJsonString(json, items.at(i));
            json += after;
        }
        json += u']';
    };
    field(u"@context", u"https://schema.org");
    field(u"@type", u"NewsArticle");
    if (!section.isEmpty())
        field(u"articleSection", section);
    if (!authors.isEmpty())
        list(u"author", authors, u"{\"@type\":\"Person\",\"name\":", u"}");
    if (!dateModified.isEmpty())
        field(u"dateModified", dateModified);
    if (!datePublished.isEmpty())
        field(u"datePublished", datePublished);
    if (!description.isEmpty())
        field(u"description", description);
    field(u"headline", headline);
    if (!image.isEmpty())
        list(u"image", {image}, {}, {});
    field(u"inLanguage", language);
    if (!keywords.isEmpty())
        list(u"keywords", keywords, {}, {});
    if (!url.isEmpty())
        field(u"mainEntityOfPage", url);
    field(u"timeRequired", u"PT%1M"_s.arg(minutes));
    if (!url.isEmpty())
        field(u"url", url);
    beginKey(u"wordCount");
    json += QString::number(words);
    json += u'}';
    return json.toUtf8();
}
