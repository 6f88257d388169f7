#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

// Live updates from the shared database: LISTEN on the channel the revisions trigger
// notifies (PostgresDialect), on a connection of its own, delivered through the event loop.
// The article list refreshes on articleChanged; an open article without unsaved changes
// reloads when the revision is newer than its own. A SQLite file has one writer: the editor
// creates no listener for it.
class ArticleChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ArticleChangeListener(const QString &location, QObject *parent = nullptr);
    ~ArticleChangeListener() override;

    bool open();
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Someone saved (or trashed) article id; revision is its current revision.
    void articleChanged(qint64 id, int revision);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_lastError;
};
