#pragma once

#include "articlerepository.h"
#include "repositoryfactory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

// Keeps a journalist writing through a lost connection to the shared database. The journal
// (autosave, crash protection) is always the local one: it belongs to this journalist on this
// computer (LocalJournal), whether the server answers or not. Every call
// goes to the server; a call whose connection failed (SqlDialect::isConnectionLoss: server
// restart, network) reconnects once and retries (the transaction rolled back, so the retry is
// the same save). A call the server refused (constraint, conflict, bad input) is never retried
// and returns its error at once. While the server stays away (isOnline() false), autosave
// (writeJournal) and failed saves land in a local SQLite journal; sync() saves them to the
// server under the same conflict rules once it is back. The server may be away from the start.
class ResilientRepository final : public ArticleRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResilientRepository)

public:
    using Connector = std::function<RepositoryOpening()>;

    // local: the editor's own SQLite database, whose journal holds the offline work.
    // serverLocation: the server's address, for messages while it cannot be reached.
    ResilientRepository(Connector connector, std::unique_ptr<ArticleRepository> local, const QString &serverLocation = {});

    [[nodiscard]] bool isOnline() const { return m_server != nullptr; }
    // The server refused the login (password, user, database): nothing is retried until
    // retryLogin(), e.g. after the journalist fixed the password file.
    [[nodiscard]] bool loginRejected() const { return m_loginRejected; }
    void retryLogin() { m_loginRejected = false; }
    // Local journal entries written while the server was away, not yet on the server.
    [[nodiscard]] int pendingCount();
    // Whether article id (0: a new article) has offline words in the local journal.
    [[nodiscard]] bool isPendingLocally(qint64 id) const { return m_localIds.contains(id); }

    struct SyncReport {
        int saved = 0;
        QList<SaveResult> conflicts; // kept in the local journal for the conflict dialog
        QList<SaveResult> failures;
    };
    // Saves every local journal entry to the server on the base it was written from.
    SyncReport sync();

    [[nodiscard]] QString lastError() const override { return m_lastError; }
    [[nodiscard]] QString location() const override;
    [[nodiscard]] bool lastErrorIsConnectionLoss() const override { return !isOnline() && !m_loginRejected; }
    [[nodiscard]] bool lastErrorIsLoginRejected() const override { return m_loginRejected; }
    // The server's answer; while it is away, the last one it gave (Writer before any: offline
    // work is saved later under the server's rules anyway, so the form must not promise more).
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
    bool reconnect();
    // Runs call on the server; on failure reconnects once and runs it again. succeeded tells
    // a result that worked from one that failed.
    template<typename Result>
    Result withServer(const std::function<Result(ArticleRepository &)> &call, const std::function<bool(const Result &)> &succeeded,
                      Result failed);
    SaveResult saveOnServer(const Article &article, int baseRevision);

    Connector m_connector;
    QString m_serverLocation;
    std::unique_ptr<ArticleRepository> m_local;
    std::unique_ptr<ArticleRepository> m_server;
    QString m_lastError;
    bool m_loginRejected = false;
    NewsroomRole m_role{NewsroomRole::Writer};
    // Articles with offline words in the local journal; a later successful save or autosave of
    // the same article supersedes them (it carries the newer words).
    QSet<qint64> m_localIds;
    // Saves that failed without an answer since the last confirmed one: one may have committed.
    QHash<qint64, QList<Article>> m_unconfirmed;
};
