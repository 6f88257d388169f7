#include "compare/articlecomparison.h"

#include "articlestatustext.h"
#include "body/bodydocument.h"
#include "i18n/germanformat.h"

using namespace Qt::StringLiterals;

ArticleComparison::ArticleComparison(const Article &before, const Article &after)
{
    const auto list = [](const QStringList &items) { return items.join(u", "_s); };
    const auto date = [](const QDateTime &moment) { return moment.isValid() ? GermanFormat::dateTime(moment) : QString(); };
    add(u"section"_s, tr("Section"), before.section, after.section);
    add(u"status"_s, tr("Status"), ArticleStatusText::label(before.status), ArticleStatusText::label(after.status));
    add(u"kicker"_s, tr("Kicker"), before.kicker, after.kicker);
    add(u"headline"_s, tr("Headline"), before.headline, after.headline);
    add(u"teaser"_s, tr("Teaser"), before.teaser, after.teaser);
    add(u"authors"_s, tr("Byline"), list(before.authors), list(after.authors));
    add(u"dateline"_s, tr("Dateline"), before.dateline, after.dateline);
    add(u"published"_s, tr("Publication date"), date(before.published), date(after.published));
    add(u"embargoed"_s, tr("Embargo"), date(before.embargoed), date(after.embargoed));
    add(u"target"_s, tr("Target length"), targetText(before.target), targetText(after.target));
    add(u"language"_s, tr("Language"), before.language, after.language);
    add(u"tags"_s, tr("Tags"), list(before.tags), list(after.tags));
    // Paragraphs, list items and subheadings each become a line, so an added sentence marks
    // only that sentence and a new paragraph reads as a new line.
    add(u"body"_s, tr("Body"), BodyDocument::toPlainText(before.bodyHtml), BodyDocument::toPlainText(after.bodyHtml),
        before.bodyHtml != after.bodyHtml);
    add(u"photo"_s, tr("Photo"), photoText(before.photo), photoText(after.photo),
        before.photo.data != after.photo.data || before.photo.mimeType != after.photo.mimeType);
    add(u"photo.caption"_s, tr("Caption"), before.photo.caption, after.photo.caption);
    add(u"photo.credit"_s, tr("Photo credit"), before.photo.credit, after.photo.credit);
    add(u"photo.altText"_s, tr("Alt text"), before.photo.altText, after.photo.altText);
    add(u"related"_s, tr("Related links"), relatedText(before.related), relatedText(after.related));
    add(u"source"_s, tr("Source"), sourceText(before), sourceText(after));
}

void ArticleComparison::add(const QString &key, const QString &label, const QString &before, const QString &after,
                            bool storedDiffers)
{
    FieldComparison field{key, label, TextDiff::compare(before, after), false};
    field.formattingOnly = storedDiffers && !TextDiff::hasChanges(field.segments);
    m_fields.append(field);
}

QList<FieldComparison> ArticleComparison::changedFields() const
{
    QList<FieldComparison> result;
    for (const FieldComparison &field : m_fields)
        if (field.changed())
            result.append(field);
    return result;
}

const FieldComparison *ArticleComparison::field(const QString &key) const
{
    for (const FieldComparison &field : m_fields)
        if (field.key == key)
            return &field;
    return nullptr;
}

QString ArticleComparison::photoText(const Photo &photo)
{
    if (photo.isEmpty())
        return tr("(no photo)");
    const QString name = photo.fileName.isEmpty() ? tr("unnamed photo") : photo.fileName;
    return tr("%1, %2 × %3 pixels").arg(name).arg(photo.width).arg(photo.height);
}

QString ArticleComparison::targetText(const LengthTarget &target)
{
    if (!target.isSet())
        return QString();
    QString unit;
    switch (target.unit) {
    case LengthTarget::Unit::Lines: unit = tr("lines"); break;
    case LengthTarget::Unit::Characters: unit = tr("characters"); break;
    case LengthTarget::Unit::Words: unit = tr("words"); break;
    case LengthTarget::Unit::None: break;
    }
    return target.tolerance > 0 ? tr("%1 ± %2 %3").arg(target.amount).arg(target.tolerance).arg(unit)
                                : tr("%1 %2").arg(target.amount).arg(unit);
}

QString ArticleComparison::sourceText(const Article &article)
{
    if (article.sourceUri.isEmpty())
        return QString();
    return article.sourceVersion.isEmpty() ? article.sourceUri
                                           : tr("%1, version %2").arg(article.sourceUri, article.sourceVersion);
}

QString ArticleComparison::relatedText(const QList<RelatedLink> &links)
{
    QStringList lines;
    for (const RelatedLink &link : links)
        lines.append(link.isInternal() ? tr("%1 (article %2)").arg(link.title).arg(link.articleId)
                                       : link.title + u" – "_s + link.url.toString());
    return lines.join(u'\n');
}
