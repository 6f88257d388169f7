#include "importrun.h"

#include "articlerepository.h"
#include "clicommand.h"
#include "import/articleimporter.h"
#include "import/importbatch.h"
#include "storage/postgresdialect.h"
#include "storage/repositoryfactory.h"

#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// The SQLite file the location names, or empty for a server.
QString sqlitePath(const QString &location)
{
    if (PostgresDialect::isPostgresLocation(location))
        return {};
    const QString path = location.startsWith(u"sqlite:"_s) ? location.mid(7) : location;
    return QFileInfo(path.isEmpty() ? RepositoryFactory::defaultLocation() : path).absoluteFilePath();
}
} // namespace

QString ImportRun::exitCodes()
{
    return tr("Exit codes: 0 every file imported, updated or skipped as already there; 2 bad usage; 4 a file was "
              "refused (unknown kind, damaged or hostile) or the database cannot be opened or written.");
}

int ImportRun::run(CliContext &context, const QStringList &files, bool dryRun)
{
    QTextStream &out = context.out;
    QTextStream &err = context.err;
    ArticleRepository *repository = nullptr;
    std::unique_ptr<ArticleRepository> created; // a database this run made
    const QString path = sqlitePath(context.databaseLocation);
    const bool missing = !path.isEmpty() && !QFileInfo::exists(path);
    if (missing && dryRun) {
        out << tr("%1 does not exist yet; a real import would create it.").arg(path) << '\n';
    } else if (missing) {
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
            err << tr("There is no database at %1, and its folder does not exist.").arg(path) << '\n';
            return CliExit::ioError;
        }
        SqlArticleRepository::Options options;
        options.createIfMissing = true;
        RepositoryOpening opening = RepositoryFactory::open(path, options);
        if (!opening.repository) {
            err << opening.error << '\n';
            return CliExit::ioError;
        }
        out << tr("Created the database %1.").arg(path) << '\n';
        created = std::move(opening.repository);
        repository = created.get();
    } else {
        repository = context.repository();
        if (!repository)
            return CliExit::ioError;
    }

    ImportBatch batch(repository, dryRun);
    const ArticleImporter importer;
    for (const QString &file : files)
        batch.add(file, importer.importFile(file));
    batch.finish();

    bool refused = false;
    bool failed = false;
    for (const ImportBatch::Entry &entry : batch.entries()) {
        for (const QString &warning : entry.warnings)
            err << tr("%1: warning: %2").arg(entry.file, warning) << '\n';
        switch (entry.outcome) {
        case ImportBatch::Outcome::Imported:
            if (dryRun)
                out << tr("%1: would be imported as a draft: %2").arg(entry.file, entry.headline) << '\n';
            else
                out << tr("%1: imported as draft %2: %3").arg(entry.file).arg(entry.articleId).arg(entry.headline) << '\n';
            break;
        case ImportBatch::Outcome::Updated:
            out << tr("%1: updated article %2: %3").arg(entry.file).arg(entry.articleId).arg(entry.message) << '\n';
            break;
        case ImportBatch::Outcome::Skipped:
            out << tr("%1: skipped: %2").arg(entry.file, entry.message) << '\n';
            break;
        case ImportBatch::Outcome::Refused:
            refused = true;
            err << tr("%1: not imported: %2").arg(entry.file, entry.message) << '\n';
            break;
        case ImportBatch::Outcome::Failed:
            failed = true;
            err << tr("%1: not saved: %2").arg(entry.file, entry.message) << '\n';
            break;
        }
        for (const QString &missingItem : entry.unresolved)
            err << tr("%1: related item not found: %2").arg(entry.file, missingItem) << '\n';
    }
    out << batch.summaryLine() << '\n';
    out.flush();
    err.flush();
    return failed || refused ? CliExit::ioError : CliExit::ok;
}
