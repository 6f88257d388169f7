#include "importcommand.h"

#include "articlerepository.h"
#include "articletext.h"
#include "clioptions.h"
#include "import/articleimporter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import ninjs, HTML, text, Word (.docx), OpenDocument (.odt) or RTF files as new drafts.");
}

void ImportCommand::addOptions(CliOptions &options) const
{
    options.addPositional(u"FILE"_s, tr("A file to import."), u"FILE..."_s, CliCompletion::File);
}

int ImportCommand::run(CliContext &context)
{
    QTextStream &out = context.out;
    QTextStream &err = context.err;
    const QStringList files = context.arguments;
    if (files.isEmpty())
        return context.usageError(tr("give at least one file"));

    // Everything is read and checked before the database is opened: a typo in a file name
    // should not need a database to be reported.
    ArticleRepository *repository = nullptr;
    const ArticleImporter importer;
    int exitCode = CliExit::ok;
    for (const QString &file : std::as_const(files)) {
        const ArticleImporter::Result imported = importer.importFile(file);
        if (!imported.ok()) {
            err << tr("%1: not imported: %2").arg(file, imported.error) << '\n';
            if (exitCode == CliExit::ok)
                exitCode = CliExit::ioError;
            continue;
        }
        for (const QString &warning : imported.warnings)
            err << tr("%1: warning: %2").arg(file, warning) << '\n';
        if (!repository) {
            repository = context.repository();
            if (!repository)
                return CliExit::ioError; // the context has printed why
        }
        const SaveResult saved = repository->save(*imported.article, 0);
        if (!saved.ok()) {
            err << tr("%1: not saved: %2").arg(file, saved.error) << '\n';
            if (exitCode == CliExit::ok)
                exitCode = CliExit::ioError;
            continue;
        }
        const QString headline = imported.article->headline.isEmpty() ? ArticleText::untitled() : imported.article->headline;
        out << tr("%1: imported as draft %2: %3").arg(file).arg(saved.id).arg(headline) << '\n';
    }
    out.flush();
    err.flush();
    return exitCode;
}
