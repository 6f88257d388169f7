#include "articlelookup.h"

#include "articlerepository.h"
#include "clicommand.h"
#include "clitext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ArticleLookup {
std::optional<Article> load(CliContext &context, const QString &commandName, int *exitCode)
{
    const auto id = context.arguments.size() == 1 ? CliText::parseId(context.arguments.first()) : std::nullopt;
    if (!id) {
        context.err << QCoreApplication::translate("Cli", "Usage: newsdesk-cli %1 ID (a positive article number)").arg(commandName)
                    << '\n';
        *exitCode = CliExit::usage;
        return std::nullopt;
    }
    ArticleRepository *repository = context.repository();
    if (!repository) {
        *exitCode = CliExit::ioError;
        return std::nullopt;
    }
    auto article = repository->load(*id);
    if (article)
        return article;
    const QString error = repository->lastError();
    // Tell "no such article" (exit 3) from a database that failed (exit 4).
    ArticleFilter live;
    ArticleFilter trash;
    trash.trashed = true;
    const auto liveList = repository->list(live);
    const auto trashList = repository->list(trash);
    bool exists = !liveList || !trashList;
    for (const auto *list : {&liveList, &trashList})
        if (*list)
            for (const ArticleSummary &summary : **list)
                exists = exists || summary.id == *id;
    if (!exists) {
        context.err << QCoreApplication::translate("Cli", "There is no article %1.").arg(*id) << '\n';
        *exitCode = CliExit::notFound;
    } else {
        context.err << error << '\n';
        *exitCode = CliExit::ioError;
    }
    return std::nullopt;
}
} // namespace ArticleLookup
