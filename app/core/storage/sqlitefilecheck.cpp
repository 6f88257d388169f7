#include "sqlitefilecheck.h"

#include "sqlitedialect.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <optional>

using namespace Qt::StringLiterals;

QString SqliteFileCheck::inspect(const QString &location)
{
    const QFileInfo info(location);
    if (!info.exists()) {
        const QFileInfo parent(info.absolutePath());
        if (parent.exists() && !parent.isDir())
            return tr("Cannot create the database %1: %2 is not a folder.").arg(location, parent.filePath());
        return QString();
    }
    if (info.isDir())
        return tr("%1 is a folder, not a database file.").arg(location);
    if (!info.isReadable())
        return tr("The database %1 cannot be read: permission denied.").arg(location);
    if (info.size() == 0)
        return tr("The file %1 is empty; it is not a Newsdesk database. It was left unchanged.").arg(location);
    if (QString problem = inspectHeader(location); !problem.isEmpty())
        return problem;
    return inspectContent(location);
}

QString SqliteFileCheck::inspectHeader(const QString &location)
{
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The database %1 cannot be read: %2").arg(location, file.errorString());
    const QByteArray header = file.read(100);
    const QString damaged = tr("The file %1 is not a Newsdesk database or it is damaged. It was left unchanged.").arg(location);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return damaged;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The page count in the header is trustworthy only when it was written with the current
    // change counter, and pages may still sit in a WAL file; otherwise the file is cut short.
    const bool hasWal = QFileInfo::exists(location + u"-wal"_s);
    if (pageSize < 512 || (!hasWal && validFor == changeCounter && qint64(pageCount) * pageSize > file.size()))
        return damaged;
    return QString();
}

QString SqliteFileCheck::inspectContent(const QString &location)
{
    const SqliteDialect dialect;
    const QString name = u"newsdesk-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(dialect.driverName(), name);
        // Even a read-only connection creates -wal and -shm beside a file whose header says WAL
        // (found by tests/fuzz/sqlitefilecheckfuzz): a refused file's folder would change. Without
        // a WAL of its own there is nothing to read from one, so the file is opened immutable.
        if (QFileInfo::exists(location + u"-wal"_s)) {
            database.setDatabaseName(location);
            database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        } else {
            QUrl url = QUrl::fromLocalFile(QFileInfo(location).absoluteFilePath());
            url.setQuery(u"immutable=1"_s);
            database.setDatabaseName(url.toString(QUrl::FullyEncoded));
            database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        }
        const QString damaged = tr("The file %1 is not a Newsdesk database or it is damaged (%2). It was left unchanged.");
        if (!database.open()) {
            problem = damaged.arg(location, database.lastError().text());
        } else {
            QSqlQuery query(database);
            const auto value = [&query](const QString &sql) -> std::optional<qint64> {
                if (!query.exec(sql) || !query.next())
                    return std::nullopt;
                return query.value(0).toLongLong();
            };
            const auto appId = value(u"PRAGMA application_id"_s);
            const auto version = value(u"PRAGMA user_version"_s);
            const auto tables = value(u"SELECT count(*) FROM sqlite_master"_s);
            if (!appId || !version || !tables) {
                problem = damaged.arg(location, query.lastError().text());
            } else if (*appId == SqliteDialect::applicationId) {
                if (*version > dialect.schemaVersion())
                    problem = tr("The database %1 was written by a newer version of Newsdesk (schema %2, this version knows %3). "
                                 "Please update Newsdesk.").arg(location).arg(*version).arg(dialect.schemaVersion());
            } else if (*appId != 0 || *version != 0 || *tables != 0) {
                problem = tr("%1 is a database of another program. Newsdesk does not open it, so that it stays unchanged.")
                              .arg(location);
            }
            query = QSqlQuery();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}
