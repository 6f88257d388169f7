#include "copycommand.h"

#include "storage/databasecopier.h"
#include "storage/repositoryfactory.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

QString CopyCommand::name() const
{
    return u"copy"_s;
}

QString CopyCommand::summary() const
{
    return tr("Copy a whole database: copy --from sqlite:PATH --to postgresql://user@host:port/db (or back)");
}

int CopyCommand::run(CliContext &context)
{
    QString from;
    QString to;
    QStringList args = context.arguments;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if ((option == u"--from"_s || option == u"--to"_s) && !args.isEmpty()) {
            (option == u"--from"_s ? from : to) = args.takeFirst();
        } else {
            context.err << tr("Unknown argument: %1").arg(option) << '\n' << summary() << '\n';
            return CliExit::usage;
        }
    }
    if (from.isEmpty() || to.isEmpty()) {
        context.err << tr("copy needs --from and --to.") << '\n' << summary() << '\n';
        return CliExit::usage;
    }
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
