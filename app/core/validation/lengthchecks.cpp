#include "validation/lengthchecks.h"

#include "article.h"
#include "settings/newsroomsettings.h"
#include "text/articlelength.h"
#include "text/lengthtargetstatus.h"
#include "text/textlength.h"

namespace {
QString hardLimitMessage(ArticleField field, int count, int limit)
{
    const int over = count - limit;
    // One whole sentence per field on purpose: translators need the sentence, not a field name pasted in.
    switch (field) {
    case ArticleField::Kicker:
        return LengthChecks::tr("The kicker has %1 characters, %n more than the newsroom's limit of %2.", nullptr, over)
            .arg(count)
            .arg(limit);
    case ArticleField::Headline:
        return LengthChecks::tr("The headline has %1 characters, %n more than the newsroom's limit of %2.", nullptr, over)
            .arg(count)
            .arg(limit);
    case ArticleField::Teaser:
        return LengthChecks::tr("The teaser has %1 characters, %n more than the newsroom's limit of %2.", nullptr, over)
            .arg(count)
            .arg(limit);
    case ArticleField::PhotoCaption:
        return LengthChecks::tr("The caption has %1 characters, %n more than the newsroom's limit of %2.", nullptr, over)
            .arg(count)
            .arg(limit);
    case ArticleField::PhotoAlt:
        return LengthChecks::tr("The alternative text has %1 characters, %n more than the newsroom's limit of %2.",
                                nullptr, over)
            .arg(count)
            .arg(limit);
    default:
        return {};
    }
}
} // namespace

QList<Finding> LengthChecks::check(const Article &article, const NewsroomSettings &settings)
{
    QList<Finding> findings;
    for (const NewsroomSettings::LimitSetting &setting : NewsroomSettings::limitSettings()) {
        const QString text = ArticleLength::fieldText(article, setting.field);
        const int count = TextLength::characters(text);
        const NewsroomSettings::FieldLimit limit = settings.limit(setting.field);
        if (count > limit.hard) {
            findings.append({setting.field, Finding::Severity::Error, hardLimitMessage(setting.field, count, limit.hard),
                             TextLength::offsetAfterCharacters(text, limit.hard)});
        } else if (setting.field == ArticleField::PhotoCaption && count > limit.recommended) {
            findings.append({setting.field, Finding::Severity::Warning,
                             tr("The caption has %1 characters; at most %2 are recommended.").arg(count).arg(limit.recommended),
                             TextLength::offsetAfterCharacters(text, limit.recommended)});
        }
    }
    return findings;
}

QStringList LengthChecks::hardLimitProblems(const Article &article, const NewsroomSettings &settings)
{
    QStringList problems;
    for (const Finding &finding : check(article, settings)) {
        if (finding.severity == Finding::Severity::Error)
            problems.append(finding.message);
    }
    return problems;
}

QList<Finding> LengthChecks::checkTarget(const Article &article, const LineCounter &lines)
{
    if (article.target.unit == LengthTarget::Unit::None || article.target.amount <= 0)
        return {};
    const bool needsLines = article.target.unit == LengthTarget::Unit::Lines;
    const TextMetrics metrics = ArticleLength::measure(article, needsLines ? &lines : nullptr).total();
    const LengthTargetStatus status = LengthTargetStatus::of(article.target, metrics);
    const auto severity = status.state() == LengthTargetStatus::State::TooLong ? Finding::Severity::Warning
                                                                               : Finding::Severity::Info;
    return {Finding{ArticleField::Body, severity, status.explanation(), std::nullopt}};
}
