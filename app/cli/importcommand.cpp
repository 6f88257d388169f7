#include "importcommand.h"

#include "clioptions.h"
#include "importrun.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import ninjs, NewsML-G2, HTML, text, Word (.docx), OpenDocument (.odt) or RTF files; a newer version "
              "of an item imported before updates its article.")
        + u' ' + ImportRun::exitCodes();
}

void ImportCommand::addOptions(CliOptions &options) const
{
    options.addFlag({u"dry-run"_s}, tr("Say what would be imported, updated or skipped, and write nothing."));
    options.addPositional(u"FILE"_s, tr("A file to import."), u"FILE..."_s, CliCompletion::File);
}

int ImportCommand::run(CliContext &context)
{
    if (context.arguments.isEmpty())
        return context.usageError(tr("give at least one file"));
    return ImportRun::run(context, context.arguments, context.options.isSet(u"dry-run"_s));
}
