#include "validation/basicchecks.h"

#include "article.h"
#include "editor/fieldlimits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace BasicChecks {
QList<ChecklistFinding> run(const Article &article, const FieldLimits &limits)
{
    using Severity = ChecklistFinding::Severity;
    QList<ChecklistFinding> findings;
    auto add = [&](const QString &field, Severity severity, const QString &message) {
        findings.append({field, severity, message});
    };
    auto length = [&](const QString &field, const QString &text, int limit, const QString &label) {
        if (text.size() > limit)
            add(field, Severity::Warning, QCoreApplication::translate("BasicChecks", "%1 is %n character(s) too long.", nullptr, int(text.size() - limit)).arg(label));
    };
    if (article.headline.trimmed().isEmpty())
        add(u"headline"_s, Severity::Error, QCoreApplication::translate("BasicChecks", "The headline is missing."));
    if (article.section.trimmed().isEmpty())
        add(u"section"_s, Severity::Error, QCoreApplication::translate("BasicChecks", "No section is chosen."));
    if (article.teaser.trimmed().isEmpty())
        add(u"teaser"_s, Severity::Warning, QCoreApplication::translate("BasicChecks", "The teaser is missing."));
    if (article.bodyHtml.trimmed().isEmpty())
        add(u"body"_s, Severity::Error, QCoreApplication::translate("BasicChecks", "The body is empty."));
    if (article.authors.isEmpty())
        add(u"authors"_s, Severity::Warning, QCoreApplication::translate("BasicChecks", "The byline is missing."));
    length(u"kicker"_s, article.kicker, limits.kicker, QCoreApplication::translate("BasicChecks", "The kicker"));
    length(u"headline"_s, article.headline, limits.headline, QCoreApplication::translate("BasicChecks", "The headline"));
    length(u"teaser"_s, article.teaser, limits.teaser, QCoreApplication::translate("BasicChecks", "The teaser"));
    if (!article.photo.isEmpty()) {
        if (article.photo.altText.trimmed().isEmpty())
            add(u"photo.altText"_s, Severity::Error, QCoreApplication::translate("BasicChecks", "The photo has no alt text."));
        length(u"photo.altText"_s, article.photo.altText, limits.altText, QCoreApplication::translate("BasicChecks", "The alt text"));
        if (article.photo.credit.trimmed().isEmpty())
            add(u"photo.credit"_s, Severity::Warning, QCoreApplication::translate("BasicChecks", "The photo has no credit."));
        if (article.photo.caption.trimmed().isEmpty())
            add(u"photo.caption"_s, Severity::Warning, QCoreApplication::translate("BasicChecks", "The photo has no caption."));
    }
    if (article.status == ArticleStatus::Published && !article.published.isValid())
        add(u"published"_s, Severity::Warning, QCoreApplication::translate("BasicChecks", "Published, but no publication time is set."));
    return findings;
}
} // namespace BasicChecks
