#pragma once

#include "articlerepository.h"
#include "storage/articlesnapshot.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;
class SqlDialect;

// The one SQL adapter behind ArticleRepository, for SQLite and PostgreSQL alike; what differs
// between them sits in the SqlDialect. Each instance has its own named connection, so that two
// repositories (the editor and a test, two windows) never share a connection by accident.
//
// Storage model: the articles table holds what lists and filters need; the content lives in
// revisions, one full JSON snapshot per save (photo bytes once in photos, by SHA-256). The
// journal holds one snapshot per article (id 0: the new, never saved article).
class SqlArticleRepository final : public ArticleRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlArticleRepository)

public:
    struct Options {
        int busyTimeoutMs = 2000; // how long one attempt waits for another program's write lock
        int busyRetries = 3; // attempts before "locked by another program" is reported
        bool createIfMissing = true; // false: a missing database is an error (the CLI)
        std::function<QDateTime()> clock; // UTC now; tests pass a fixed clock
        // Who saves, for the history and the colleague's note: the author name from the
        // preferences; empty: the database role's display name (PostgreSQL), else unknown.
        QString author;
    };

    SqlArticleRepository(std::unique_ptr<SqlDialect> dialect, const QString &location, Options options);
    ~SqlArticleRepository() override;
    SqlArticleRepository(const SqlArticleRepository &) = delete;
    SqlArticleRepository &operator=(const SqlArticleRepository &) = delete;

    // Inspects the location read-only, connects, migrates the schema. false: see lastError();
    // a file that is not ours is never written to.
    bool open();
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // The name written to each revision as its author (Options::author or the role's name).
    [[nodiscard]] QString savedBy() const { return m_savedBy; }
    // For whole-database work beside the article interface (DatabaseCopier): the open
    // connection and its dialect.
    [[nodiscard]] QSqlDatabase database() const { return m_database; }
    [[nodiscard]] const SqlDialect &dialect() const { return *m_dialect; }

    // The ArticleRepository interface, as ResilientRepository also declares it (same list, other work).
    [[nodiscard]] QString lastError() const override { return m_lastError; }
    [[nodiscard]] QString location() const override { return m_location; }
    [[nodiscard]] bool lastErrorIsConnectionLoss() const override { return m_connectionLost; }
    [[nodiscard]] bool lastErrorIsLoginRejected() const override { return m_loginRejected; }
    [[nodiscard]] NewsroomRole newsroomRole() const override { return m_role; }

    std::optional<QList<ArticleSummary>> list(const ArticleFilter &filter) override;
    std::optional<Article> load(qint64 id) override;
    std::optional<qint64> findBySourceUri(const QString &sourceUri) override;
    SaveResult save(const Article &article, int baseRevision) override;

    std::optional<QList<RevisionInfo>> history(qint64 id) override;
    std::optional<Article> loadRevision(qint64 id, int revision) override;
    SaveResult restoreRevision(qint64 id, int revision) override;
    std::optional<int> thinRevisions(const QDateTime &now) override;

    bool moveToTrash(qint64 id) override;
    bool restoreFromTrash(qint64 id) override;
    std::optional<int> emptyTrash() override;

    bool writeJournal(const Article &article) override;
    std::optional<QList<Article>> journalEntries() override;
    bool clearJournal(qint64 articleId) override;

    std::optional<QStringList> sections() override;
    bool setSections(const QStringList &sections) override;

    std::optional<QStringList> newsroomWords() override;
    bool addNewsroomWord(const QString &word) override;
    bool removeNewsroomWord(const QString &word) override;
    std::optional<QMap<QString, QString>> newsroomSettings() override;
    bool setNewsroomSettings(const QMap<QString, QString> &values) override;

private:
    [[nodiscard]] QDateTime now() const;
    bool fail(const QString &message);
    bool fail(const QSqlError &error, const QString &context);
    // prepare() + exec() with every binding, failing with a translated message.
    bool run(QSqlQuery &query, const QString &sql, const QVariantMap &bindings = {});
    bool migrate();
    // Runs work inside one write transaction, retrying a bounded number of times while another
    // program holds the write lock. work returns false after calling fail(); that rolls back.
    bool writeTransaction(const std::function<bool()> &work);
    [[nodiscard]] bool ensureOpen();

    std::optional<qint64> storePhoto(const Photo &photo); // 0 when there is no photo
    bool attachPhoto(Article &article, const QVariant &photoId);
    bool updateSearchIndex(qint64 id, const ArticleSnapshot::SearchDocument &document);
    bool removeUnusedPhotos();
    SaveResult saveLocked(const Article &article, int baseRevision);

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_location;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_lastError;
    bool m_connectionLost = false; // what m_lastError reports is a lost connection
    bool m_loginRejected = false; // the server refused the login itself
    int m_schemaVersion = 0;
    QString m_savedBy;
    NewsroomRole m_role;
    bool m_open = false;
    // The photo last stored: autosave writes the same photo again and again; comparing bytes
    // in memory is far cheaper than hashing and writing megabytes on every journal entry.
    qint64 m_lastPhotoId = 0;
    QByteArray m_lastPhotoData;
};
