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

// A switch on purpose, alike in shape to the CLI's completion table: one key per status, checked by the compiler.
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
