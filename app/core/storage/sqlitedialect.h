#pragma once

#include "sqldialect.h"


// SQLite, the embedded default: one file, WAL, write transactions with BEGIN IMMEDIATE, the
// FTS5 trigram tokenizer for search (finds "finanzierung" inside "Übergangsfinanzierung").
// What the file check and the search index do is in SqliteFileCheck and SqliteSearchIndex.
class SqliteDialect final : public SqlDialect
{
public:
    // PRAGMA application_id of Newsdesk files ("NDSK"): tells our files from other programs'.
    static constexpr int applicationId = 0x4E44534B;

    [[nodiscard]] QString driverName() const override;
    [[nodiscard]] QString inspect(const QString &location) const override;
    void configure(QSqlDatabase &database, const QString &location, int busyTimeoutMs) const override;
    [[nodiscard]] QStringList sessionSetup(int busyTimeoutMs) const override;
    [[nodiscard]] QString beginWrite() const override;
    [[nodiscard]] bool isBusy(const QSqlError &error) const override;
    [[nodiscard]] QString readSchemaVersion() const override;
    [[nodiscard]] QString writeSchemaVersion(int version) const override;
    [[nodiscard]] QList<SchemaMigration> migrations() const override;
    [[nodiscard]] QString searchIndexDelete() const override;
    [[nodiscard]] QString searchIndexInsert() const override;
    bool updateSearchIndex(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document,
                           QString *error) const override;
    [[nodiscard]] SearchCondition searchCondition(const QString &query) const override;
};
