#include "checkcommand.h"

#include "articlerepository.h"
#include "spelling/articlespelling.h"
#include "spelling/repositorynewsroomwordstore.h"
#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("CheckCommand", "Check the spelling of an article (exit 1 on misspelled words)");
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
        const QString error = repository->lastError();
        context.err << (error.isEmpty() ? QCoreApplication::translate("CheckCommand", "No article with id %1.").arg(id) : error) << '\n';
        return error.isEmpty() ? CliExit::notFound : CliExit::ioError;
    }

    SpellChecker checker(SpellChecker::languageFromTag(article->language));
    if (!checker.isValid()) {
        context.err << checker.validationError() << '\n';
        return CliExit::ioError;
    }
    RepositoryNewsroomWordStore store(*repository);
    if (!checker.setNewsroomStore(&store)) {
        context.err << checker.lastError() << '\n';
        return CliExit::ioError;
    }
    const QList<Misspelling> misspellings = ArticleSpelling::checkArticle(*article, checker);
    checker.setNewsroomStore(nullptr);
    // One line per word, like a compiler: field:line:column: word
    for (const Misspelling &m : misspellings)
        context.out << m.field << ':' << m.line << ':' << m.column << u": "_s << m.word << '\n';
    if (!misspellings.isEmpty()) {
        context.err << QCoreApplication::translate("CheckCommand", "%n misspelled word(s).", nullptr, int(misspellings.size())) << '\n';
        return CliExit::findings;
    }
    return CliExit::ok;
}
