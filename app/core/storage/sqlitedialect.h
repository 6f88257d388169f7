#pragma once

#include "sqldialect.h"

#include <QCoreApplication>

// SQLite, the embedded default: one file, WAL, write transactions with BEGIN IMMEDIATE, the
// FTS5 trigram tokenizer for search (finds "finanzierung" inside "Übergangsfinanzierung").
class SqliteDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)

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

    // Since schema 4 an article is several rows of the index: slot 0 holds headline, teaser,
    // tags and caption, slots 1… hold pieces of the body. Row id = article id × slots + slot.
    static constexpr qint64 searchSlots = 4096;
    // The body split into pieces of whole paragraphs. Boundaries depend on the paragraphs'
    // own text, not on their position, so an edit in one paragraph changes one piece only.
    [[nodiscard]] static QStringList bodyChunks(const QString &body);

private:
    [[nodiscard]] QString inspectHeader(const QString &location) const;
    [[nodiscard]] QString inspectContent(const QString &location) const;
};
