#include "statscommand.h"

#include "articlelookup.h"
#include "readingtime.h"
#include "storage/articlesnapshot.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

QString StatsCommand::name() const
{
    return u"stats"_s;
}

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Word count, characters and reading time of an article: stats ID");
}

int StatsCommand::run(CliContext &context)
{
    int exitCode = CliExit::ok;
    const auto article = ArticleLookup::load(context, name(), &exitCode);
    if (!article)
        return exitCode;
    const int words = ArticleSnapshot::words(*article);
    // Characters a reader reads: teaser and body with spaces, without line breaks.
    const QString text = article->teaser + ArticleSnapshot::bodyText(article->bodyHtml);
    const qsizetype characters = text.size() - text.count(u'\n');
    const int minutes = ReadingTime().minutesForWords(words);
    context.out << QCoreApplication::translate("Cli", "Words: %1").arg(words) << '\n'
                << QCoreApplication::translate("Cli", "Characters: %1").arg(characters) << '\n'
                << QCoreApplication::translate("Cli", "Reading time: %n min", nullptr, minutes) << '\n';
    return CliExit::ok;
}
