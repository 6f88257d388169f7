#include "articlefield.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ArticleFields {
QString name(ArticleField field)
{
    switch (field) {
    case ArticleField::Section: return u"section"_s;
    case ArticleField::Kicker: return u"kicker"_s;
    case ArticleField::Headline: return u"headline"_s;
    case ArticleField::Teaser: return u"teaser"_s;
    case ArticleField::Body: return u"body"_s;
    case ArticleField::Byline: return u"authors"_s;
    case ArticleField::Dateline: return u"dateline"_s;
    case ArticleField::Published: return u"published"_s;
    case ArticleField::Status: return u"status"_s;
    case ArticleField::Tags: return u"tags"_s;
    case ArticleField::Language: return u"language"_s;
    case ArticleField::Photo: return u"photo"_s;
    case ArticleField::PhotoCaption: return u"photo.caption"_s;
    case ArticleField::PhotoCredit: return u"photo.credit"_s;
    case ArticleField::PhotoAlt: return u"photo.altText"_s;
    case ArticleField::Related: return u"related"_s;
    }
    return {};
}

bool fromName(const QString &name, ArticleField *field)
{
    static const QHash<QString, ArticleField> aliases = {
        {u"title"_s, ArticleField::Headline},     {u"bodyhtml"_s, ArticleField::Body},
        {u"byline"_s, ArticleField::Byline},     {u"alt"_s, ArticleField::PhotoAlt},
        {u"alttext"_s, ArticleField::PhotoAlt}, {u"caption"_s, ArticleField::PhotoCaption},
        {u"credit"_s, ArticleField::PhotoCredit}, {u"keywords"_s, ArticleField::Tags},
    };
    const QString key = name.trimmed().toLower();
    for (int i = 0; i <= int(ArticleField::Related); ++i) {
        if (ArticleFields::name(ArticleField(i)).toLower() == key) {
            *field = ArticleField(i);
            return true;
        }
    }
    const auto it = aliases.constFind(key);
    if (it == aliases.constEnd())
        return false;
    *field = it.value();
    return true;
}
} // namespace ArticleFields
