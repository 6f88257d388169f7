#include "checkcommand.h"

#include "articlerepository.h"
#include "spelling/articlespelling.h"
#include "spelling/repositorynewsroomwordstore.h"
#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// The repository reports a missing article and a broken database alike through lastError();
// the exit code tells them apart (3 vs 4), so look the id up among live and trashed articles.
bool articleExists(ArticleRepository &repository, qint64 id)
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
} // namespace

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("CheckCommand",
                                       "Check the spelling of an article (exit 1 on misspelled words, 5 when no "
                                       "dictionary is installed for its language)");
}

int CheckCommand::run(CliContext &context)
{
    bool isNumber = false;
    const qint64 id = context.arguments.value(0).toLongLong(&isNumber);
    if (context.arguments.size() != 1 || !isNumber || id <= 0) {
        context.err << QCoreApplication::translate("CheckCommand", "Usage: newsdesk-cli check ARTICLE-ID") << '\n';
        return CliExit::usage;
    }
    ArticleRepository *repository = context.repository();
    if (!repository)
        return CliExit::ioError;
    const std::optional<Article> article = repository->load(id);
    if (!article) {
        context.err << repository->lastError() << '\n';
        return articleExists(*repository, id) ? CliExit::ioError : CliExit::notFound;
    }

    SpellChecker checker(SpellChecker::languageFromTag(article->language));
    if (!checker.isValid()) {
        // Said as it is: nothing was checked, which is neither "no misspellings" nor an I/O error.
        context.err << checker.validationError() << '\n';
        return CliExit::noDictionary;
    }
    RepositoryNewsroomWordStore store(*repository);
    if (!checker.setNewsroomStore(&store)) {
        context.err << checker.lastError() << '\n';
        return CliExit::ioError;
    }
    const QList<Misspelling> misspellings = ArticleSpelling::checkArticle(*article, checker);
    checker.setNewsroomStore(nullptr);
    // One line per word, like a compiler: field:line:column: word, the field named as the
    // editor names it ("Überschrift" in German).
    for (const Misspelling &m : misspellings)
        context.out << ArticleSpelling::fieldLabel(m.field) << ':' << m.line << ':' << m.column << u": "_s << m.word
                    << '\n';
    if (!misspellings.isEmpty()) {
        context.err << QCoreApplication::translate("CheckCommand", "%n misspelled word(s).", nullptr, int(misspellings.size())) << '\n';
        return CliExit::findings;
    }
    return CliExit::ok;
}
