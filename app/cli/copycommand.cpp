#include "copycommand.h"

#include "clioptions.h"
#include "storage/databasecopier.h"
#include "storage/repositoryfactory.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

QString CopyCommand::name() const
{
    return u"copy"_s;
}

QString CopyCommand::summary() const
{
    return tr("Copy a whole database, e.g. from sqlite:PATH to postgresql://user@host:port/db (or back).");
}

void CopyCommand::addOptions(CliOptions &options) const
{
    options.addRequiredValue(u"from"_s, u"LOCATION"_s, tr("The database to copy: sqlite:PATH or a postgresql:// URL."),
                             CliCompletion::File);
    options.addRequiredValue(u"to"_s, u"LOCATION"_s, tr("The database to copy into; it must hold no articles."),
                             CliCompletion::File);
}

int CopyCommand::run(CliContext &context)
{
    if (!context.arguments.isEmpty())
        return context.usageError(tr("Unknown argument: %1").arg(context.arguments.constFirst()));
    const QString from = context.options.value(u"from"_s);
    const QString to = context.options.value(u"to"_s);
    if (from.isEmpty() || to.isEmpty())
        return context.usageError(tr("copy needs --from and --to."));
    SqlArticleRepository::Options sourceOptions;
    sourceOptions.createIfMissing = false; // a typo in --from must not create an empty archive
    RepositoryOpening source = RepositoryFactory::open(from, sourceOptions);
    if (!source.repository) {
        context.err << source.error << '\n';
        return CliExit::ioError;
    }
    RepositoryOpening target = RepositoryFactory::open(to);
    if (!target.repository) {
        context.err << target.error << '\n';
        return CliExit::ioError;
    }
    // The factory only makes SQL repositories; the copy works on their connections.
    auto *sourceSql = dynamic_cast<SqlArticleRepository *>(source.repository.get());
    auto *targetSql = dynamic_cast<SqlArticleRepository *>(target.repository.get());
    if (!sourceSql || !targetSql) {
        context.err << tr("Only SQL databases can be copied.") << '\n';
        return CliExit::ioError;
    }
    const DatabaseCopier::Result result = DatabaseCopier::copy(*sourceSql, *targetSql);
    if (!result.ok && result.target.counts.isEmpty()) {
        // Refused before anything was written (a target with articles, an unreadable source):
        // there is no copy to compare, so no table of counts and checksums.
        context.err << result.error << '\n';
        return CliExit::ioError;
    }
    context.out << tr("Table") << u'\t' << tr("Source") << u'\t' << tr("Copy") << '\n';
    for (auto it = result.source.counts.cbegin(); it != result.source.counts.cend(); ++it)
        context.out << it.key() << u'\t' << it.value() << u'\t' << result.target.counts.value(it.key(), -1) << '\n';
    context.out << tr("Article") << u'\t' << tr("Checksum (SHA-256)") << '\n';
    for (auto it = result.source.checksums.cbegin(); it != result.source.checksums.cend(); ++it) {
        const QByteArray copied = result.target.checksums.value(it.key());
        context.out << it.key() << u'\t' << QString::fromLatin1(it.value().toHex())
                    << (copied == it.value() ? QString() : QString(u'\t' + tr("MISMATCH"))) << '\n';
    }
    if (!result.ok) {
        context.err << result.error << '\n';
        return CliExit::ioError;
    }
    // The checksums also cover journal entries (id 0: a new article); the summary counts articles.
    context.out << tr("%n article(s) copied and verified.", nullptr, int(result.source.counts.value(u"articles"_s))) << '\n';
    return CliExit::ok;
}
