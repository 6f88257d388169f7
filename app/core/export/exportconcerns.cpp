#include "export/exportconcerns.h"

#include "i18n/germanformat.h"

#include "articlestatustext.h"
#include "articletext.h"

using namespace Qt::StringLiterals;

bool ExportConcerns::isPlaceholderBaseUrl(const QUrl &baseUrl)
{
    return !baseUrl.isEmpty() && baseUrl.host().compare(u"www.example.de"_s, Qt::CaseInsensitive) == 0;
}

QString ExportConcerns::placeholderBaseUrl(const QUrl &baseUrl)
{
    return tr("The address for canonical links and og:url is the placeholder %1; set the newsroom's address in "
              "Preferences → Export.")
        .arg(baseUrl.toString());
}

bool ExportConcerns::isUnapproved(const Article &article)
{
    return article.status == ArticleStatus::Draft || article.status == ArticleStatus::Editing;
}

QString ExportConcerns::unapproved(const Article &article)
{
    return tr("“%1” is not approved (status: %2).")
        .arg(article.headline.isEmpty() ? ArticleText::untitled() : article.headline,
             ArticleStatusText::label(article.status));
}

bool ExportConcerns::isEmbargoed(const Article &article, const QDateTime &now)
{
    return article.embargoed.isValid() && article.embargoed > now;
}

QString ExportConcerns::embargoed(const Article &article)
{
    return tr("“%1” is under embargo until %2.")
        .arg(article.headline.isEmpty() ? ArticleText::untitled() : article.headline,
             GermanFormat::dateTime(article.embargoed));
}

QStringList ExportConcerns::of(const QList<Article> &articles, const ExportOptions &options, const QDateTime &now)
{
    QStringList concerns;
    if (isPlaceholderBaseUrl(options.baseUrl))
        concerns.append(placeholderBaseUrl(options.baseUrl));
    // Every embargo by name: publishing one too early is the costliest mistake of all.
    for (const Article &article : articles) {
        if (isEmbargoed(article, now))
            concerns.append(embargoed(article));
    }
    int unapprovedCount = 0;
    for (const Article &article : articles) {
        if (!isUnapproved(article))
            continue;
        // A few by name, the rest counted: the question must fit the screen.
        if (++unapprovedCount <= 3)
            concerns.append(unapproved(article));
    }
    if (unapprovedCount > 3)
        concerns.append(tr("%n more article(s) not approved.", nullptr, unapprovedCount - 3));
    return concerns;
}
