#include "articlestatustext.h"

using namespace Qt::StringLiterals;

QString ArticleStatusText::label(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return tr("Draft");
    case ArticleStatus::Editing:
        return tr("Editing");
    case ArticleStatus::Approved:
        return tr("Approved");
    case ArticleStatus::Published:
        return tr("Published");
    }
    return QString();
}

QString ArticleStatusText::key(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return u"draft"_s;
    case ArticleStatus::Editing:
        return u"editing"_s;
    case ArticleStatus::Approved:
        return u"approved"_s;
    case ArticleStatus::Published:
        return u"published"_s;
    }
    return QString();
}
