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

QList<ChecklistFinding> toChecklist(const QList<Finding> &findings)
{
    QList<ChecklistFinding> result;
    for (const Finding &finding : findings)
        result.append(ChecklistFinding{ArticleFields::name(finding.field), severity(finding.severity), finding.message});
    return result;
}
} // namespace

namespace ValidatorChecks {
QList<ChecklistFinding> run(const Article &article, const ValidationLimits &limits)
{
    return toChecklist(Validator(limits).validate(article));
}

QList<ChecklistFinding> run(const Article &article, const NewsroomSettings &newsroom, const LineCounter &lines)
{
    Validator validator;
    validator.setNewsroomSettings(newsroom, lines);
    return toChecklist(validator.validate(article));
}
} // namespace ValidatorChecks
