#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

class QTimer;

// Live updates from the shared database: LISTEN on the channel the revisions trigger
// notifies (PostgresDialect), on a connection of its own, delivered through the event loop.
// The article list refreshes on articleChanged; an open article without unsaved changes
// reloads when the revision is newer than its own. A SQLite file has one writer: the editor
// creates no listener for it.
//
// A server restart cuts the connection without a word to the driver, so the listener checks
// its idle connection every checkIntervalMs. When it is gone it emits disconnected() and
// reconnects with growing pauses (firstRetryMs, doubled up to maxRetryMs; no busy loop),
// issues LISTEN again and emits reconnected(): saves made while nobody listened were not
// heard, so whoever shows articles refreshes once then.
class ArticleChangeListener : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int checkIntervalMs = 5000;
        int firstRetryMs = 500;
        int maxRetryMs = 30000;
    };

    explicit ArticleChangeListener(const QString &location, QObject *parent = nullptr);
    ArticleChangeListener(const QString &location, Options options, QObject *parent = nullptr);
    ~ArticleChangeListener() override;

    // Connects and listens. false: not listening now (see lastError()); unless the address
    // itself is unusable, the listener keeps trying and emits reconnected() once it listens.
    bool open();
    [[nodiscard]] bool isListening() const { return m_listening; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // The pause before the next attempt while disconnected.
    [[nodiscard]] int retryDelayMs() const { return m_retryDelayMs; }

Q_SIGNALS:
    // Someone saved (or trashed) article id; revision is its current revision.
    void articleChanged(qint64 id, int revision);
    // Someone opened or closed article id, or their lock went stale and was removed.
    void presenceChanged(qint64 id);
    // Someone added or removed a word of the newsroom dictionary.
    void newsroomWordsChanged();
    // The connection is lost; notifications are missed until reconnected().
    void disconnected();
    // Listening again after a lost connection or a start without server: refresh once.
    void reconnected();

private:
    bool connectAndListen();
    void checkConnection();
    void retry();
    void scheduleRetry();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_location;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_lastError;
    QTimer *m_checkTimer;
    QTimer *m_retryTimer;
    int m_retryDelayMs = 0;
    bool m_listening = false;
};
