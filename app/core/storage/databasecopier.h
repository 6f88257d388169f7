#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class SqlArticleRepository;

// What a database holds, for comparing a copy with its source.
struct DatabaseInventory {
    QMap<QString, qint64> counts; // table -> rows
    // article id -> SHA-256 over the article row, every revision (snapshot, photo bytes) and
    // its journal entry: equal checksums mean the same words, history and photos.
    QMap<qint64, QByteArray> checksums;
    bool operator==(const DatabaseInventory &) const = default;
};

// Copies a whole archive between databases (SQLite <-> PostgreSQL) at the SQL level: ids,
// revisions with their timestamps, photos, journal, sections and newsroom words stay exactly
// as they are, which saving article by article could not do. The target must hold no articles;
// everything is written in one transaction, so a failed copy leaves the target as it was.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    struct Result {
        bool ok = false; // copied and verified
        QString error; // translated
        DatabaseInventory source;
        DatabaseInventory target;
    };

    [[nodiscard]] static Result copy(SqlArticleRepository &source, SqlArticleRepository &target);
    [[nodiscard]] static std::optional<DatabaseInventory> inventory(const QSqlDatabase &database, QString *error);
};
