#include "articlestatustext.h"

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
