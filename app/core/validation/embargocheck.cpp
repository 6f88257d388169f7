#include "validation/embargocheck.h"

#include "article.h"
#include "i18n/germanformat.h"

QList<Finding> EmbargoCheck::check(const Article &article)
{
    QList<Finding> findings;
    if (!article.embargoed.isValid())
        return findings;
    const QString until = GermanFormat::dateTime(article.embargoed);
    if (article.published.isValid() && article.published < article.embargoed) {
        findings.append({ArticleField::Published, Finding::Severity::Error,
                         tr("The publication (%1) is before the embargo ends (%2).")
                             .arg(GermanFormat::dateTime(article.published), until),
                         std::nullopt});
        return findings;
    }
    findings.append({ArticleField::Published, Finding::Severity::Info, tr("Embargo until %1: not before then.").arg(until),
                     std::nullopt});
    return findings;
}
