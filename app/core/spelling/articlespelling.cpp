#include "spelling/articlespelling.h"

#include "article.h"
#include "body/bodydocument.h"
#include "spelling/spellchecker.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ArticleSpelling {
QStringList fields()
{
    return {u"kicker"_s, u"headline"_s, u"teaser"_s, u"body"_s, u"caption"_s, u"alttext"_s};
}

// One translate() per field on purpose: translators see each label whole (ArticleDiff::fieldLabel has other keys).
QString fieldLabel(const QString &field)
{
    if (field == u"kicker"_s)
        return QCoreApplication::translate("ArticleSpelling", "Kicker");
    if (field == u"headline"_s)
        return QCoreApplication::translate("ArticleSpelling", "Headline");
    if (field == u"teaser"_s)
        return QCoreApplication::translate("ArticleSpelling", "Teaser");
    if (field == u"body"_s)
        return QCoreApplication::translate("ArticleSpelling", "Body");
    if (field == u"caption"_s)
        return QCoreApplication::translate("ArticleSpelling", "Caption");
    if (field == u"alttext"_s)
        return QCoreApplication::translate("ArticleSpelling", "Alt text");
    return field;
}

QString fieldText(const Article &article, const QString &field)
{
    if (field == u"kicker"_s)
        return article.kicker;
    if (field == u"headline"_s)
        return article.headline;
    if (field == u"teaser"_s)
        return article.teaser;
    if (field == u"body"_s)
        return article.bodyHtml.isEmpty() ? QString() : BodyDocument::toPlainText(article.bodyHtml);
    if (field == u"caption"_s)
        return article.photo.caption;
    if (field == u"alttext"_s)
        return article.photo.altText;
    return {};
}

QList<Misspelling> checkArticle(const Article &article, SpellChecker &checker)
{
    QList<Misspelling> result;
    for (const QString &field : fields()) {
        const QString text = fieldText(article, field);
        const QList<SpellingError> errors = checker.check(text);
        int line = 1;
        qsizetype lineStart = 0;
        qsizetype scanned = 0;
        for (const SpellingError &error : errors) {
            for (; scanned < error.position; ++scanned) {
                if (text[scanned] == u'\n') {
                    ++line;
                    lineStart = scanned + 1;
                }
            }
            result.append(Misspelling{field, error.word, int(error.position), line, int(error.position - lineStart) + 1});
        }
    }
    return result;
}
} // namespace ArticleSpelling
