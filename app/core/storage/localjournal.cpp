#include "localjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace LocalJournal {
QString location(const QString &serverLocation)
{
    const QUrl url(serverLocation);
    // The query holds connection options (sslmode), not identity: the same journal either way.
    const QString identity = url.toString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal-"_s + QString::fromLatin1(hash)
        + u".sqlite"_s;
}

bool makePrivate(const QString &path)
{
    bool ok = true;
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s}) {
        if (QFileInfo::exists(file))
            ok = QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner) && ok;
    }
    return ok;
}

RepositoryOpening open(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        RepositoryOpening opening;
        opening.error = QCoreApplication::translate("LocalJournal", "Cannot create the folder %1 for the journal.").arg(folder);
        return opening;
    }
#ifdef Q_OS_UNIX
    // SQLite creates the file and later its -wal/-shm with the process umask; nobody else may
    // ever read a journal, not even for the moment between creating and restricting it.
    const mode_t previous = ::umask(077);
#endif
    RepositoryOpening opening = RepositoryFactory::open(path);
#ifdef Q_OS_UNIX
    ::umask(previous);
#endif
    // Earlier versions kept one offline journal readable for everyone: close it too.
    makePrivate(folder + u"/offline-journal.sqlite"_s);
    if (opening.repository && !makePrivate(path)) {
        opening.repository.reset();
        opening.error = QCoreApplication::translate("LocalJournal", "The journal %1 cannot be made private (mode 0600).").arg(path);
    }
    return opening;
}
} // namespace LocalJournal
