#pragma once

#include <QCoreApplication>
#include <QString>

// Whether a file may be opened as a Newsdesk database, decided before anything writes to it:
// a folder, an empty or unreadable file, a file that is not SQLite or is cut short (the
// header's page count), another program's database (application_id) or one from a newer
// Newsdesk (user_version) each get their own message, and the file stays unchanged.
class SqliteFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFileCheck)

public:
    // Empty when the location is usable: a Newsdesk database of a known schema, an empty
    // SQLite file, or a file that does not exist yet in an existing folder.
    [[nodiscard]] static QString inspect(const QString &location);

private:
    [[nodiscard]] static QString inspectHeader(const QString &location);
    [[nodiscard]] static QString inspectContent(const QString &location);
};
