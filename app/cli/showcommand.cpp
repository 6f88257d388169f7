#include "showcommand.h"

#include "articlelookup.h"
#include "clioptions.h"
#include "clitext.h"
#include "storage/articlesnapshot.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

QString ShowCommand::name() const
{
    return u"show"_s;
}

QString ShowCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Show every field of an article.");
}

void ShowCommand::addOptions(CliOptions &options) const
{
    ArticleLookup::addArgument(options);
}

int ShowCommand::run(CliContext &context)
{
    int exitCode = CliExit::ok;
    const auto article = ArticleLookup::load(context, &exitCode);
    if (!article)
        return exitCode;
    const auto line = [&context](const char *label, const QString &value) {
        context.out << QCoreApplication::translate("Cli", label) << u": "_s << value << '\n';
    };
    line(QT_TRANSLATE_NOOP("Cli", "Article"), QString::number(article->id));
    line(QT_TRANSLATE_NOOP("Cli", "Revision"), QString::number(article->revision));
    line(QT_TRANSLATE_NOOP("Cli", "Section"), article->section);
    line(QT_TRANSLATE_NOOP("Cli", "Kicker"), article->kicker);
    line(QT_TRANSLATE_NOOP("Cli", "Headline"), article->headline);
    line(QT_TRANSLATE_NOOP("Cli", "Teaser"), article->teaser);
    line(QT_TRANSLATE_NOOP("Cli", "Authors"), article->authors.join(u", "_s));
    line(QT_TRANSLATE_NOOP("Cli", "Dateline"), article->dateline);
    line(QT_TRANSLATE_NOOP("Cli", "Published"), CliText::berlinTime(article->published));
    line(QT_TRANSLATE_NOOP("Cli", "Status"), CliText::statusLabel(article->status));
    line(QT_TRANSLATE_NOOP("Cli", "Tags"), article->tags.join(u", "_s));
    line(QT_TRANSLATE_NOOP("Cli", "Language"), article->language);
    if (!article->photo.isEmpty()) {
        line(QT_TRANSLATE_NOOP("Cli", "Photo"), u"%1 (%2, %3 × %4, %5 bytes)"_s.arg(article->photo.fileName, article->photo.mimeType)
                                                     .arg(article->photo.width).arg(article->photo.height)
                                                     .arg(article->photo.data.size()));
        line(QT_TRANSLATE_NOOP("Cli", "Caption"), article->photo.caption);
        line(QT_TRANSLATE_NOOP("Cli", "Credit"), article->photo.credit);
        line(QT_TRANSLATE_NOOP("Cli", "Alt text"), article->photo.altText);
    }
    for (const RelatedLink &link : article->related)
        line(QT_TRANSLATE_NOOP("Cli", "Related"), link.isInternal() ? u"#%1 %2"_s.arg(link.articleId).arg(link.title)
                                                                   : link.title + u" <"_s + link.url.toString() + u'>');
    line(QT_TRANSLATE_NOOP("Cli", "Created"), CliText::berlinTime(article->created));
    line(QT_TRANSLATE_NOOP("Cli", "Modified"), CliText::berlinTime(article->modified));
    context.out << '\n' << ArticleSnapshot::bodyText(article->bodyHtml) << '\n';
    return CliExit::ok;
}
