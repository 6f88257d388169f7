#pragma once

#include "sqldialect.h"

#include <QCoreApplication>

class QUrl;

// PostgreSQL, the shared newsroom database: one server, many journalists. Locations are
// postgresql://user@host:port/dbname; passwords come the libpq ways only (PGPASSFILE or
// ~/.pgpass), never from the URL or the settings. Search combines pg_trgm trigrams (finds
// "finanzierung" inside "Übergangsfinanzierung") with the german text search configuration
// (finds inflected forms). Saves notify listeners through a trigger on revisions (NOTIFY
// newsdesk_articles, payload "id:revision"), so that every writer is heard, whatever its code.
class PostgresDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    static constexpr const char *notificationChannel = "newsdesk_articles";

    [[nodiscard]] static bool isPostgresLocation(const QString &location);
    // A translated message when the address is unusable (malformed, contains a password).
    [[nodiscard]] static QString problemWith(const QString &location);
    // Sets host, port, user and database of a connection; empty string when the URL is usable,
    // else a translated message.
    static QString configureConnection(QSqlDatabase &database, const QString &location);

    // The SqlDialect interface; SqliteDialect declares the same list for its own SQL.
    [[nodiscard]] QString driverName() const override;
    [[nodiscard]] QString inspect(const QString &location) const override;
    void configure(QSqlDatabase &database, const QString &location, int busyTimeoutMs) const override;
    [[nodiscard]] QStringList sessionSetup(int busyTimeoutMs) const override;
    [[nodiscard]] QString beginWrite() const override;
    [[nodiscard]] bool isBusy(const QSqlError &error) const override;
    [[nodiscard]] bool isConnectionLoss(const QSqlError &error) const override;
    [[nodiscard]] QString lockSchema() const override;
    [[nodiscard]] QString userDisplayName() const override;
    [[nodiscard]] QString newsroomRole() const override;
    [[nodiscard]] bool isLoginRejected(const QSqlError &error) const override;
    [[nodiscard]] QString explain(const QSqlError &error) const override;
    [[nodiscard]] QString readSchemaVersion() const override;
    [[nodiscard]] QString writeSchemaVersion(int version) const override;
    [[nodiscard]] QList<SchemaMigration> migrations() const override;
    [[nodiscard]] QStringList afterExplicitIds() const override;
    [[nodiscard]] QString searchIndexDelete() const override;
    [[nodiscard]] QString searchIndexInsert() const override;
    [[nodiscard]] SearchCondition searchCondition(const QString &query) const override;

private:
    [[nodiscard]] static QStringList roleMigration();
};
