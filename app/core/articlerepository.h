#pragma once

#include "article.h"
#include "storage/newsroomrole.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A row of the article list: what the list shows, without loading bodies or photos.
struct ArticleSummary {
    qint64 id = 0;
    QString headline;
    QString section;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime modified;
    int readingMinutes = 1;
    int revision = 0;
};

struct ArticleFilter {
    QString section; // empty: all
    std::optional<ArticleStatus> status;
    QString search; // full-text query; empty: no search
    bool trashed = false; // list the trash instead of the live articles
    int limit = -1; // at most this many rows; -1: all
    int offset = 0; // rows to skip first, for paging through the list in its order
};

struct RevisionInfo {
    int revision = 0;
    QDateTime savedAt; // UTC
    ArticleStatus status = ArticleStatus::Draft;
    QString headline;
    int words = 0;
    QString savedBy; // the author name or the database role's display name; empty: unknown
};

struct SaveResult {
    enum class Outcome { Saved, Conflict, Failed };
    Outcome outcome = Outcome::Failed;
    qint64 id = 0;
    int revision = 0; // the new revision when saved; the newer stored one on conflict
    QString error; // translated, for the user
    [[nodiscard]] bool ok() const { return outcome == Outcome::Saved; }
};

// What the UI and the CLI see of storage. The SQL lives in one adapter behind this interface,
// serving SQLite (the embedded default) and PostgreSQL. Every failing call returns
// nullopt/false and leaves a translated message in lastError().
class ArticleRepository
{
public:
    virtual ~ArticleRepository() = default;

    [[nodiscard]] virtual QString lastError() const = 0;
    [[nodiscard]] virtual QString location() const = 0; // file path or server URL, for messages
    // The last failure was the connection itself (server restart, network): the same call may
    // work on a fresh connection. false for conflicts, constraints, bad input, missing rows.
    [[nodiscard]] virtual bool lastErrorIsConnectionLoss() const { return false; }
    // The last failure was the server refusing the login (password, user, database): retrying
    // cannot help; the journalist must fix the address or the password file.
    [[nodiscard]] virtual bool lastErrorIsLoginRejected() const { return false; }
    // What this user may do here, as the database enforces it (a file: everything).
    [[nodiscard]] virtual NewsroomRole newsroomRole() const { return NewsroomRole(NewsroomRole::Admin); }

    virtual std::optional<QList<ArticleSummary>> list(const ArticleFilter &filter) = 0;
    virtual std::optional<Article> load(qint64 id) = 0;
    // The article (not in the trash) imported from this source identity (ninjs uri,
    // NewsML-G2 guid): its id, or 0 when there is none; nullopt on a database error.
    virtual std::optional<qint64> findBySourceUri(const QString &sourceUri) = 0;
    // Stores a new revision. baseRevision is the revision the edit started from; a save based
    // on an older revision than the stored one never overwrites: it returns Conflict. A save
    // whose words equal the stored revision's makes no new revision: it returns Saved with
    // that revision, and nobody's list changes.
    virtual SaveResult save(const Article &article, int baseRevision) = 0;

    virtual std::optional<QList<RevisionInfo>> history(qint64 id) = 0;
    virtual std::optional<Article> loadRevision(qint64 id, int revision) = 0;
    // A restore is a new revision with the old content: nothing is ever overwritten.
    virtual SaveResult restoreRevision(qint64 id, int revision) = 0;
    // Thins old revisions: all of the last day, one per hour for a week, one per day after
    // that; the newest published revision is always kept. Returns how many were removed.
    virtual std::optional<int> thinRevisions(const QDateTime &now) = 0;

    virtual bool moveToTrash(qint64 id) = 0;
    virtual bool restoreFromTrash(qint64 id) = 0;
    virtual std::optional<int> emptyTrash() = 0;

    // Autosave journal: a cheap write of unsaved state, offered back after a crash.
    virtual bool writeJournal(const Article &article) = 0;
    virtual std::optional<QList<Article>> journalEntries() = 0;
    virtual bool clearJournal(qint64 articleId) = 0;

    virtual std::optional<QStringList> sections() = 0;
    virtual bool setSections(const QStringList &sections) = 0;

    // The newsroom dictionary, shared by everyone using this database.
    virtual std::optional<QStringList> newsroomWords() = 0;
    virtual bool addNewsroomWord(const QString &word) = 0;
    virtual bool removeNewsroomWord(const QString &word) = 0;

    // Newsroom settings (field limits, readability hints; NewsroomSettings has the keys and
    // defaults), shared like the dictionary by everyone using this database.
    virtual std::optional<QMap<QString, QString>> newsroomSettings() = 0;
    // Writes the given keys in one transaction; keys not given keep their values.
    virtual bool setNewsroomSettings(const QMap<QString, QString> &values) = 0;
};
