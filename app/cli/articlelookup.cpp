#include "articlelookup.h"

#include "articlerepository.h"
#include "clicommand.h"
#include "clioptions.h"
#include "clitext.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ArticleLookup {
void addArgument(CliOptions &options)
{
    options.addPositional(u"ID"_s, QCoreApplication::translate("Cli", "The article number."), u"ID"_s);
}

bool exists(ArticleRepository &repository, qint64 id)
{
    for (const bool trashed : {false, true}) {
        ArticleFilter filter;
        filter.trashed = trashed;
        const auto rows = repository.list(filter);
        if (!rows)
            return true; // cannot tell: report an I/O error rather than "not found"
        for (const ArticleSummary &row : *rows) {
            if (row.id == id)
                return true;
        }
    }
    return false;
}

std::optional<Article> load(CliContext &context, int *exitCode)
{
    const auto id = context.arguments.size() == 1 ? CliText::parseId(context.arguments.first()) : std::nullopt;
    if (!id) {
        *exitCode = context.usageError(QCoreApplication::translate("Cli", "give one article number (a positive whole number)"));
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
    if (!exists(*repository, *id)) {
        context.err << QCoreApplication::translate("Cli", "There is no article %1.").arg(*id) << '\n';
        *exitCode = CliExit::notFound;
    } else {
        context.err << error << '\n';
        *exitCode = CliExit::ioError;
    }
    return std::nullopt;
}
} // namespace ArticleLookup
