#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

class QSqlQuery;

// Someone who has an article open.
struct EditLock {
    QString user; // the key (login or role), never shown
    QString displayName; // what colleagues see; empty: unknown
    QString host;
    QDateTime since; // UTC
    QDateTime lastBeat; // UTC
    bool operator==(const EditLock &) const = default;
};

// The soft edit lock of the shared database: an editor with an article open beats every few
// seconds into edit_locks; others see "Being edited by Anna since 10:15" and may still edit
// (a warning, not a lock: nothing blocks a journalist on deadline). Joining and leaving
// notify the shared channel ("presence:<id>", PostgresDialect schema 4), so that whoever has
// the article open learns it at once (ArticleChangeListener::presenceChanged). A lock without a beat for
// staleAfterSeconds is over (crashed editor, lost network) and is ignored, then removed.
// Its own connection, so that beats never interleave with a save's transaction.
// PostgreSQL only: a SQLite file has one user, the editor creates no EditLocks for it.
class EditLocks
{
    Q_DECLARE_TR_FUNCTIONS(EditLocks)

public:
    struct Options {
        int staleAfterSeconds = 90;
        std::function<QDateTime()> clock; // UTC now; tests inject one and never sleep
        // The name colleagues see: the author name from the preferences; empty: the database
        // role's display name (COMMENT ON ROLE). The login name is never shown.
        QString displayName;
    };

    EditLocks(const QString &location, const QString &user, const QString &host, Options options);
    ~EditLocks();
    EditLocks(const EditLocks &) = delete;
    EditLocks &operator=(const EditLocks &) = delete;

    bool open();
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // How often an editor beats: three beats fit into the stale time, so that one lost beat
    // never makes a lock look stale.
    [[nodiscard]] int heartbeatIntervalMs() const { return m_options.staleAfterSeconds * 1000 / 3; }

    // Announces (first beat) or renews that this user has the article open.
    bool beat(qint64 articleId);
    bool release(qint64 articleId);
    // Everyone else with a fresh lock on the article, longest first.
    std::optional<QList<EditLock>> openedBy(qint64 articleId);
    // Deletes stale locks; returns how many.
    std::optional<int> removeStale();

    // "Being edited by Anna Weiß since 10:15" in local time, for the editor's warning bar;
    // several colleagues are named together.
    [[nodiscard]] static QString describe(const EditLock &lock);
    [[nodiscard]] static QString describe(const QList<EditLock> &locks);

private:
    [[nodiscard]] QDateTime now() const;
    bool fail(const QString &message);
    // Prepares and runs sql with bindings; after a lost connection (server restart, or no
    // server when the editor started) it reconnects once and runs it again.
    bool run(QSqlQuery &query, const QString &sql, const QVariantMap &bindings);

    QString m_location;
    QString m_user;
    QString m_host;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_lastError;
};
