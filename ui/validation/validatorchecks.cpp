#include "validation/validatorchecks.h"

#include "article.h"
#include "articlefield.h"
#include "validation/validator.h"

using namespace Qt::StringLiterals;

namespace {
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
        findings.append(ChecklistFinding{ArticleFields::name(finding.field), severity(finding.severity), finding.message});
    return findings;
}
} // namespace ValidatorChecks
