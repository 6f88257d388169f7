#include "replacecommand.h"

#include "articlediff.h"
#include "articlefield.h"
#include "articlerepository.h"
#include "body/bodydocument.h"
#include "clioptions.h"
#include "clitext.h"
#include "text/articlereplace.h"
#include "text/textsearch.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// Prints the lines of `before` and `after` that differ, as "-" and "+" lines: the changed
// paragraphs of a body, or the whole of a one-line field.
void printDiff(QTextStream &out, const QString &before, const QString &after)
{
    const QStringList old = before.split(u'\n');
    const QStringList now = after.split(u'\n');
    const qsizetype lines = std::max(old.size(), now.size());
    for (qsizetype i = 0; i < lines; ++i) {
        const QString a = old.value(i);
        const QString b = now.value(i);
        if (a == b)
            continue;
        if (i < old.size())
            out << u"- "_s << a << '\n';
        if (i < now.size())
            out << u"+ "_s << b << '\n';
    }
}
} // namespace

QString ReplaceCommand::name() const
{
    return u"replace"_s;
}

QString ReplaceCommand::summary() const
{
    return tr("Replace text in articles, saving each changed article as a new revision.");
}

// Same shape as every command's addOptions on purpose: one line per option, declared to CliOptions.
void ReplaceCommand::addOptions(CliOptions &options) const
{
    options.addRequiredValue(u"find"_s, u"TEXT"_s, tr("The text to find."));
    options.addRequiredValue(u"with"_s, u"TEXT"_s, tr("The replacement."));
    options.addFlag({u"match-case"_s}, tr("Match upper and lower case."));
    options.addFlag({u"whole-words"_s}, tr("Match whole words only."));
    options.addFlag({u"regex"_s}, tr("The text is a regular expression; \\1 in the replacement is its first group."));
    options.addFlag({u"dry-run"_s}, tr("Show what would change, save nothing."));
    options.addPositional(u"ID"_s, tr("Articles to change; all articles when none is given."), u"[ID...]"_s);
}

int ReplaceCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.options;
    TextSearch::Options options;
    options.matchCase = parser.isSet(u"match-case"_s);
    options.wholeWords = parser.isSet(u"whole-words"_s);
    options.regularExpression = parser.isSet(u"regex"_s);
    const TextSearch search(parser.value(u"find"_s), options);
    if (!search.isValid())
        return context.usageError(search.errorString());
    QList<qint64> ids;
    for (const QString &argument : context.arguments) {
        const auto id = CliText::parseId(argument);
        if (!id)
            return context.usageError(tr("Not an article number: %1").arg(argument));
        ids.append(*id);
    }
    ArticleRepository *repository = context.repository();
    if (!repository)
        return CliExit::ioError;
    if (ids.isEmpty()) {
        const auto rows = repository->list(ArticleFilter());
        if (!rows) {
            context.err << repository->lastError() << '\n';
            return CliExit::ioError;
        }
        for (const ArticleSummary &row : *rows)
            ids.append(row.id);
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const QString replacement = parser.value(u"with"_s);
    int exitCode = CliExit::ok;
    int changedArticles = 0;
    int replacements = 0;
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<Article> loaded = repository->load(id);
        if (!loaded) {
            context.err << tr("Article %1: %2").arg(id).arg(repository->lastError()) << '\n';
            exitCode = CliExit::ioError;
            continue;
        }
        Article article = *loaded;
        const QList<ArticleReplace::FieldCount> counts = ArticleReplace::apply(article, search, replacement);
        if (counts.isEmpty())
            continue;
        const int count = ArticleReplace::total(counts);
        ++changedArticles;
        replacements += count;
        context.out << tr("Article %1 (%2): %n replacement(s)", nullptr, count).arg(id).arg(loaded->headline) << '\n';
        if (dryRun) {
            const ArticleDiff diff(*loaded, article);
            for (const FieldDifference &difference : diff.fields()) {
                context.out << u"@@ "_s << difference.field << u" @@\n"_s;
                printDiff(context.out, difference.before, difference.after);
            }
            if (article.bodyHtml != loaded->bodyHtml) {
                context.out << u"@@ body @@\n"_s;
                printDiff(context.out, BodyDocument::toPlainText(loaded->bodyHtml), BodyDocument::toPlainText(article.bodyHtml));
            }
            continue;
        }
        const SaveResult saved = repository->save(article, loaded->revision);
        if (!saved.ok()) {
            context.err << tr("Article %1 was not saved: %2").arg(id).arg(saved.error) << '\n';
            exitCode = CliExit::ioError;
            continue;
        }
        context.out << tr("Saved as revision %1.").arg(saved.revision) << '\n';
    }
    context.out << (dryRun ? tr("Dry run: %n replacement(s) would be made", nullptr, replacements)
                           : tr("%n replacement(s) made", nullptr, replacements))
                << u' ' << tr("in %n article(s).", nullptr, changedArticles) << '\n';
    return exitCode;
}
