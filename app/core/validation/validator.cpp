#include "validator.h"

#include "validation/embargocheck.h"
#include "article.h"
#include "body/bodydocument.h"
#include "validation/lengthchecks.h"
#include "validation/photometadatachecks.h"
#include "validation/readabilitychecks.h"
#include "text/textlength.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
Finding finding(ArticleField field, Finding::Severity severity, const QString &message,
                std::optional<qsizetype> position = std::nullopt)
{
    return Finding{field, severity, message, position};
}

// Whole words: no letter or digit on either side, in any script ("TKÜ" is a word, "TK-Chef"
// holds the placeholder). XXX is never a word of its own, so any longer run of X counts too.
// TK is matched in capitals only: "tk" in running text is not a placeholder marker.
const QRegularExpression &tkPattern()
{
    static const QRegularExpression pattern(u"(?<![\\p{L}\\p{N}_])TK(?![\\p{L}\\p{N}_])"_s);
    return pattern;
}

const QRegularExpression &xxxPattern()
{
    static const QRegularExpression pattern(u"(?<![\\p{L}\\p{N}_])X{3,}(?![\\p{L}\\p{N}_])"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

void checkPlaceholders(ArticleField field, const QString &text, QList<Finding> &findings)
{
    if (text.isEmpty())
        return;
    // XXX never means anything else: an error. "TK" is also the Techniker Krankenkasse, so a
    // hit may be legitimate and stays a warning the journalist can judge.
    for (auto it = xxxPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        findings.append(finding(field, Finding::Severity::Error,
                                Validator::tr("The placeholder \"%1\" is still in the text.")
                                    .arg(match.captured()),
                                match.capturedStart()));
    }
    for (auto it = tkPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        findings.append(finding(field, Finding::Severity::Warning,
                                Validator::tr("The placeholder \"TK\" (to come) is still in the text."),
                                match.capturedStart()));
    }
}

// Two spaces in a row (also with a non-breaking one) are a typo like a misspelled word: the
// reader sees a gap, and the exported page keeps it where the text is preformatted.
void checkDoubleSpaces(ArticleField field, const QString &text, QList<Finding> &findings)
{
    // Between words only: spaces around a field's text are trimmed when it is published.
    static const QRegularExpression doubled(u"(?<=\\S)[ \u00a0\u202f]{2,}(?=\\S)"_s);
    for (auto it = doubled.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        findings.append(finding(field, Finding::Severity::Warning,
                                Validator::tr("Double space in the text."), match.capturedStart()));
    }
}

// The QString offset of the first character past the first `count` characters of the trimmed
// text, so that the editor can mark what runs over a length limit.
qsizetype offsetAfterCharacters(const QString &text, int count)
{
    return TextLength::offsetAfterCharacters(text, count);
}

QString foldedTrimmed(const QString &text)
{
    return text.trimmed().toCaseFolded();
}
} // namespace

Validator::Validator(const ValidationLimits &limits)
    : m_limits(limits.clamped())
{
}

void Validator::setNewsroomSettings(const NewsroomSettings &settings, const LineCounter &lines)
{
    m_newsroom = settings;
    m_lines = lines;
    m_limits = settings.recommendedLimits();
}

int Validator::characterCount(const QString &text)
{
    return TextLength::characters(text);
}

QString Validator::normalizedUrl(const QUrl &url)
{
    QUrl normalized = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash | QUrl::RemoveFragment);
    const QString scheme = normalized.scheme().toLower();
    if (scheme == u"http"_s || scheme == u"https"_s) {
        // The same page over http and https, or with and without "www.", is the same link.
        normalized.setScheme(u"https"_s);
        normalized.setPort(-1);
        QString host = normalized.host().toLower();
        if (host.startsWith(u"www."_s))
            host = host.mid(4);
        normalized.setHost(host);
        if (normalized.path() == u"/"_s)
            normalized.setPath(QString());
    }
    return normalized.toString(QUrl::FullyEncoded);
}

QList<Finding> Validator::validate(const Article &article) const
{
    using Severity = Finding::Severity;
    QList<Finding> findings;

    if (article.headline.trimmed().isEmpty())
        findings.append(finding(ArticleField::Headline, Severity::Error, tr("The headline is missing.")));
    findings.append(EmbargoCheck::check(article));

    const auto checkLength = [&findings](ArticleField field, const QString &text, int limit, const QString &what) {
        const int count = characterCount(text);
        if (count > limit)
            findings.append(finding(field, Severity::Warning,
                                    what.arg(count).arg(limit), offsetAfterCharacters(text, limit)));
    };
    checkLength(ArticleField::Kicker, article.kicker, m_limits.kicker,
                tr("The kicker has %1 characters; at most %2 are recommended."));
    checkLength(ArticleField::Headline, article.headline, m_limits.headline,
                tr("The headline has %1 characters; at most %2 are recommended."));
    checkLength(ArticleField::Teaser, article.teaser, m_limits.teaser,
                tr("The teaser has %1 characters; at most %2 are recommended."));

    const Photo &photo = article.photo;
    if (!photo.isEmpty()) {
        if (photo.caption.trimmed().isEmpty())
            findings.append(finding(ArticleField::PhotoCaption, Severity::Warning, tr("The photo has no caption.")));
        // Agencies license their photos on condition of a credit: publishing without one is a
        // legal risk, not a matter of style.
        if (photo.credit.trimmed().isEmpty())
            findings.append(finding(ArticleField::PhotoCredit, Severity::Error, tr("The photo has no credit.")));
        const QString alt = foldedTrimmed(photo.altText);
        if (alt.isEmpty()) {
            findings.append(finding(ArticleField::PhotoAlt, Severity::Warning,
                                    tr("The photo has no alternative text for blind and visually impaired readers.")));
        } else {
            checkLength(ArticleField::PhotoAlt, photo.altText, m_limits.altText,
                        tr("The alternative text has %1 characters; at most %2 are recommended."));
            const QFileInfo file(photo.fileName.trimmed());
            if (alt == foldedTrimmed(photo.caption)) {
                findings.append(finding(ArticleField::PhotoAlt, Severity::Warning,
                                        tr("The alternative text repeats the caption; describe what the photo shows instead.")));
            } else if (!photo.fileName.trimmed().isEmpty()
                       && (alt == file.fileName().toCaseFolded() || alt == file.completeBaseName().toCaseFolded())) {
                findings.append(finding(ArticleField::PhotoAlt, Severity::Warning,
                                        tr("The alternative text is only the file name; describe what the photo shows instead.")));
            }
        }
    }

    if (article.authors.isEmpty())
        findings.append(finding(ArticleField::Byline, Severity::Info,
                                tr("The byline is empty; your name for new articles is set in Preferences.")));
    PhotoMetadataChecks::check(article, findings);

    // Placeholders, in every field a reader can see.
    checkPlaceholders(ArticleField::Section, article.section, findings);
    checkPlaceholders(ArticleField::Kicker, article.kicker, findings);
    checkPlaceholders(ArticleField::Headline, article.headline, findings);
    checkPlaceholders(ArticleField::Teaser, article.teaser, findings);
    for (const QString &author : article.authors)
        checkPlaceholders(ArticleField::Byline, author, findings);
    checkPlaceholders(ArticleField::Dateline, article.dateline, findings);
    for (const QString &tag : article.tags)
        checkPlaceholders(ArticleField::Tags, tag, findings);
    checkPlaceholders(ArticleField::PhotoCaption, photo.caption, findings);
    checkPlaceholders(ArticleField::PhotoCredit, photo.credit, findings);
    checkPlaceholders(ArticleField::PhotoAlt, photo.altText, findings);

    checkDoubleSpaces(ArticleField::Kicker, article.kicker, findings);
    checkDoubleSpaces(ArticleField::Headline, article.headline, findings);
    checkDoubleSpaces(ArticleField::Teaser, article.teaser, findings);
    checkDoubleSpaces(ArticleField::PhotoCaption, photo.caption, findings);
    checkDoubleSpaces(ArticleField::PhotoAlt, photo.altText, findings);

    // The body is checked in its loaded document, so that every offset is a cursor position
    // the editor can jump to.
    if (!article.bodyHtml.trimmed().isEmpty()) {
        QTextDocument body;
        BodyDocument::load(body, article.bodyHtml);
        checkPlaceholders(ArticleField::Body, body.toPlainText(), findings);
        checkDoubleSpaces(ArticleField::Body, body.toPlainText(), findings);
        // Empty subheadings are looked for in the markup: QTextDocument drops an empty <h2>
        // when it loads one, so the document would never show it.
        static const QRegularExpression heading(u"<h([23])\\b[^>]*>(.*?)</h\\1\\s*>"_s,
                                                QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tagsAndSpaces(u"<[^>]*>|&nbsp;|&#160;|&#xa0;|\\s"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
        for (auto it = heading.globalMatch(article.bodyHtml); it.hasNext();) {
            const auto match = it.next();
            if (!match.captured(2).remove(tagsAndSpaces).isEmpty())
                continue;
            // Where the cursor would be: after the text before it and one block separator.
            const qsizetype before = BodyDocument::toPlainText(article.bodyHtml.left(match.capturedStart())).size();
            findings.append(finding(ArticleField::Body, Severity::Warning, tr("A subheading is empty."),
                                    before > 0 ? before + 1 : 0));
        }
    }

    QSet<qint64> seenArticles;
    QSet<QString> seenUrls;
    for (qsizetype i = 0; i < article.related.size(); ++i) {
        const RelatedLink &link = article.related.at(i);
        checkPlaceholders(ArticleField::Related, link.title, findings);
        if (link.isInternal()) {
            if (article.id > 0 && link.articleId == article.id) {
                findings.append(finding(ArticleField::Related, Severity::Error,
                                        tr("Related link %1 points to this article itself.").arg(i + 1), i));
            } else if (seenArticles.contains(link.articleId)) {
                findings.append(finding(ArticleField::Related, Severity::Warning,
                                        tr("Related link %1 repeats an earlier link.").arg(i + 1), i));
            }
            seenArticles.insert(link.articleId);
            continue;
        }
        const QString scheme = link.url.scheme().toLower();
        if (link.url.isEmpty()) {
            findings.append(finding(ArticleField::Related, Severity::Error,
                                    tr("Related link %1 has no address.").arg(i + 1), i));
            continue;
        }
        if ((scheme != u"https"_s && scheme != u"http"_s) || !link.url.isValid() || link.url.host().isEmpty()) {
            findings.append(finding(ArticleField::Related, Severity::Error,
                                    tr("Related link %1 is not a web address (only https and http are allowed).").arg(i + 1), i));
            continue;
        }
        const QString normalized = normalizedUrl(link.url);
        if (seenUrls.contains(normalized)) {
            findings.append(finding(ArticleField::Related, Severity::Warning,
                                    tr("Related link %1 repeats an earlier link.").arg(i + 1), i));
        }
        seenUrls.insert(normalized);
        if (scheme == u"http"_s)
            findings.append(finding(ArticleField::Related, Severity::Info,
                                    tr("Related link %1 is not encrypted; use https if the site offers it.").arg(i + 1), i));
        if (link.title.trimmed().isEmpty())
            findings.append(finding(ArticleField::Related, Severity::Warning,
                                    tr("Related link %1 has no title.").arg(i + 1), i));
    }
    if (m_newsroom) {
        findings.append(LengthChecks::check(article, *m_newsroom));
        findings.append(LengthChecks::checkTarget(article, m_lines));
        findings.append(ReadabilityChecks::check(article, *m_newsroom, m_lines.hyphenator()));
    }
    return findings;
}
