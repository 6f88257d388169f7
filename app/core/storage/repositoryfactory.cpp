#include "repositoryfactory.h"

#include "postgresdialect.h"
#include "sqlitedialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace RepositoryFactory {
QString defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/newsdesk.sqlite"_s;
}

RepositoryOpening open(const QString &location, const SqlArticleRepository::Options &options)
{
    RepositoryOpening opening;
    if (PostgresDialect::isPostgresLocation(location)) {
        auto server = std::make_unique<SqlArticleRepository>(std::make_unique<PostgresDialect>(), location, options);
        if (!server->open()) {
            opening.error = server->lastError();
            opening.loginRejected = server->lastErrorIsLoginRejected();
            return opening;
        }
        opening.repository = std::move(server);
        return opening;
    }
    QString path = location.startsWith(u"sqlite:"_s) ? location.mid(7) : location;
    if (path.isEmpty())
        path = defaultLocation();
    path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        if (!options.createIfMissing) {
            opening.error = QCoreApplication::translate("RepositoryFactory", "There is no database at %1.").arg(path);
            return opening;
        }
        const QFileInfo parent(QFileInfo(path).absolutePath());
        // A parent that is a file is reported by the dialect's inspection.
        if (!parent.exists() && !QDir().mkpath(parent.filePath())) {
            opening.error = QCoreApplication::translate("RepositoryFactory", "Cannot create the folder %1 for the database.").arg(parent.filePath());
            return opening;
        }
    }
    auto repository = std::make_unique<SqlArticleRepository>(std::make_unique<SqliteDialect>(), path, options);
    if (!repository->open()) {
        opening.error = repository->lastError();
        return opening;
    }
    opening.repository = std::move(repository);
    return opening;
}
} // namespace RepositoryFactory
