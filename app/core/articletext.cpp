#include "articletext.h"

QString ArticleText::untitled()
{
    return tr("Untitled");
}
