#include "checkcommand.h"

#include "articlelookup.h"
#include "articlerepository.h"
#include "clioptions.h"
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
    return QCoreApplication::translate("CheckCommand",
                                       "Check the spelling of an article; exit 1 on misspelled words, 5 when no "
                                       "dictionary is installed for its language.");
}

void CheckCommand::addOptions(CliOptions &options) const
{
    ArticleLookup::addArgument(options);
}

int CheckCommand::run(CliContext &context)
{
    int exitCode = CliExit::ok;
    const std::optional<Article> article = ArticleLookup::load(context, &exitCode);
    if (!article)
        return exitCode;
    ArticleRepository *repository = context.repository();

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
