#pragma once

#include "repositoryfactory.h"

#include <QString>

// The crash protection of one journalist on one computer when the articles live on a shared
// server: a SQLite journal under the journalist's own application data folder, one file per
// server address and login (user@host:port/database), readable and writable by its owner
// only (0600, and its -wal and -shm files too). It never leaves the computer, so no colleague
// can see, overwrite or delete it, and it keeps working while the server is away; see
// docs/postgresql.md for why it is local rather than a table on the server.
namespace LocalJournal {
// AppDataLocation/journal-<hash of the address without password and query>.sqlite
[[nodiscard]] QString location(const QString &serverLocation);
// Opens (creating with mode 0600) the journal at path and makes sure the file and its
// companions are private, also when an older Newsdesk created them readable for everyone.
[[nodiscard]] RepositoryOpening open(const QString &path);
// Restricts an existing journal and its -wal/-shm files to the owner; false when one could
// not be changed.
bool makePrivate(const QString &path);
}
