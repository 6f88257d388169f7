#include "validation/validatorchecks.h"

#include "article.h"
#include "validation/validator.h"

using namespace Qt::StringLiterals;

namespace {
// The names ArticleFields::fromName() of the form understands.
QString fieldName(ArticleField field)
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

ChecklistFinding::Severity severity(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return ChecklistFinding::Severity::Error;
    case Finding::Severity::Warning: return ChecklistFinding::Severity::Warning;
    case Finding::Severity::Info: return ChecklistFinding::Severity::Info;
    }
    return ChecklistFinding::Severity::Warning;
}
} // namespace

namespace ValidatorChecks {
QList<ChecklistFinding> run(const Article &article, const ValidationLimits &limits)
{
    QList<ChecklistFinding> findings;
    for (const Finding &finding : Validator(limits).validate(article))
        findings.append(ChecklistFinding{fieldName(finding.field), severity(finding.severity), finding.message});
    return findings;
}
} // namespace ValidatorChecks
