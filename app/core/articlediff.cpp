#include "articlediff.h"

#include "articlestatustext.h"
#include "body/bodydocument.h"
#include "compare/textdiff.h"
#include "i18n/germanformat.h"

#include <QLocale>
#include <QTimeZone>


using namespace Qt::StringLiterals;

namespace {
QString dateText(const QDateTime &utc)
{
    return GermanFormat::dateTime(utc);
}

void append(QList<WordChange> &changes, WordChange::Kind kind, const QString &word)
{
    if (!changes.isEmpty() && changes.last().kind == kind)
        changes.last().text += u' ' + word;
    else
        changes.append({kind, word});
}
} // namespace

QString ArticleDiff::relatedText(const QList<RelatedLink> &links)
{
    QStringList lines;
    for (const RelatedLink &link : links)
        lines.append(link.isInternal() ? u"#%1 %2"_s.arg(link.articleId).arg(link.title)
                                       : link.title + u" <"_s + link.url.toString() + u'>');
    return lines.join(u'\n');
}

ArticleDiff::ArticleDiff(const Article &before, const Article &after)
{
    const auto compare = [this](const QString &field, const QString &a, const QString &b) {
        if (a != b)
            m_fields.append({field, a, b});
    };
    compare(u"section"_s, before.section, after.section);
    compare(u"kicker"_s, before.kicker, after.kicker);
    compare(u"headline"_s, before.headline, after.headline);
    compare(u"teaser"_s, before.teaser, after.teaser);
    compare(u"authors"_s, before.authors.join(u", "_s), after.authors.join(u", "_s));
    compare(u"dateline"_s, before.dateline, after.dateline);
    compare(u"published"_s, dateText(before.published), dateText(after.published));
    compare(u"status"_s, ArticleStatusText::label(before.status), ArticleStatusText::label(after.status));
    compare(u"tags"_s, before.tags.join(u", "_s), after.tags.join(u", "_s));
    compare(u"language"_s, before.language, after.language);
    if (before.photo.data != after.photo.data)
        m_fields.append({u"photo"_s, before.photo.fileName, after.photo.fileName});
    compare(u"photo.caption"_s, before.photo.caption, after.photo.caption);
    compare(u"photo.credit"_s, before.photo.credit, after.photo.credit);
    compare(u"photo.altText"_s, before.photo.altText, after.photo.altText);
    compare(u"related"_s, relatedText(before.related), relatedText(after.related));
    if (before.bodyHtml != after.bodyHtml)
        m_bodyWords = diffWords(BodyDocument::toPlainText(before.bodyHtml), BodyDocument::toPlainText(after.bodyHtml));
    else if (!before.bodyHtml.isEmpty())
        m_bodyWords = {{WordChange::Kind::Unchanged, BodyDocument::toPlainText(before.bodyHtml).simplified()}};
}

bool ArticleDiff::bodyChanged() const
{
    for (const WordChange &change : m_bodyWords)
        if (change.kind != WordChange::Kind::Unchanged)
            return true;
    return false;
}

QString ArticleDiff::fieldLabel(const QString &field)
{
    if (field == u"section")
        return tr("Section");
    if (field == u"kicker")
        return tr("Kicker");
    if (field == u"headline")
        return tr("Headline");
    if (field == u"teaser")
        return tr("Teaser");
    if (field == u"authors")
        return tr("Authors");
    if (field == u"dateline")
        return tr("Dateline");
    if (field == u"published")
        return tr("Publication date");
    if (field == u"status")
        return tr("Status");
    if (field == u"tags")
        return tr("Tags");
    if (field == u"language")
        return tr("Language");
    if (field == u"photo")
        return tr("Photo");
    if (field == u"photo.caption")
        return tr("Caption");
    if (field == u"photo.credit")
        return tr("Photo credit");
    if (field == u"photo.altText")
        return tr("Alt text");
    if (field == u"related")
        return tr("Related links");
    if (field == u"embargoed")
        return tr("Embargo");
    if (field == u"target")
        return tr("Target length");
    if (field == u"sourceUri" || field == u"sourceVersion")
        return tr("Source");
    return field;
}

QList<WordChange> ArticleDiff::diffWords(const QString &before, const QString &after)
{
    // One comparison for the whole product (TextDiff); here in words only, whitespace folded.
    QList<WordChange> changes;
    for (const DiffSegment &segment : TextDiff::compare(before.simplified(), after.simplified())) {
        const WordChange::Kind kind = segment.kind == DiffSegment::Kind::Same       ? WordChange::Kind::Unchanged
                                      : segment.kind == DiffSegment::Kind::Inserted ? WordChange::Kind::Inserted
                                                                                    : WordChange::Kind::Deleted;
        const QStringList words = segment.text.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words)
            append(changes, kind, word);
    }
    return changes;
}
