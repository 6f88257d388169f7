#include "articlechangelistener.h"

#include "postgresdialect.h"
#include "sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

ArticleChangeListener::ArticleChangeListener(const QString &location, QObject *parent)
    : ArticleChangeListener(location, Options{}, parent)
{
}

ArticleChangeListener::ArticleChangeListener(const QString &location, Options options, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_options(options)
    , m_connectionName(u"newsdesk-listen-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_checkTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_retryDelayMs(std::max(1, options.firstRetryMs))
{
    m_checkTimer->setInterval(std::max(1, m_options.checkIntervalMs));
    connect(m_checkTimer, &QTimer::timeout, this, &ArticleChangeListener::checkConnection);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ArticleChangeListener::retry);
}

ArticleChangeListener::~ArticleChangeListener()
{
    SqlConnection::close(m_database, m_connectionName);
}

bool ArticleChangeListener::open()
{
    m_database = QSqlDatabase::addDatabase(PostgresDialect().driverName(), m_connectionName);
    if (const QString problem = PostgresDialect::configureConnection(m_database, m_location); !problem.isEmpty()) {
        m_lastError = problem;
        return false; // another attempt would meet the same address
    }
    // One connection for the listener's lifetime: the driver object survives close() and
    // open(), so its signal is connected once.
    connect(m_database.driver(), &QSqlDriver::notification, this, &ArticleChangeListener::onNotification);
    if (connectAndListen())
        return true;
    scheduleRetry();
    return false;
}

bool ArticleChangeListener::connectAndListen()
{
    if (!m_database.open()) {
        m_lastError = tr("Cannot open the database %1 (database error: %2)").arg(m_location, m_database.lastError().text());
        return false;
    }
    QSqlDriver *driver = m_database.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(PostgresDialect::notificationChannel))) {
        m_lastError = tr("Cannot listen for changes in %1 (database error: %2)").arg(m_location, driver->lastError().text());
        m_database.close();
        return false;
    }
    m_listening = true;
    m_lastError.clear();
    m_retryDelayMs = std::max(1, m_options.firstRetryMs);
    m_checkTimer->start();
    return true;
}

void ArticleChangeListener::checkConnection()
{
    // The cheapest round trip: it fails at once when the server has gone. QPSQL closes a
    // connection it found dropped while waiting for notifications.
    QString problem = m_database.isOpen() ? QString() : m_database.lastError().text();
    if (m_database.isOpen()) {
        QSqlQuery query(m_database);
        if (query.exec(u"SELECT 1"_s))
            return;
        problem = query.lastError().text();
    }
    m_lastError = tr("The connection to %1 for live updates was lost (database error: %2)").arg(m_location, problem);
    m_listening = false;
    m_checkTimer->stop();
    // close() also drops the driver's subscription and its socket watch; open() starts afresh.
    m_database.close();
    Q_EMIT disconnected();
    scheduleRetry();
}

void ArticleChangeListener::scheduleRetry()
{
    m_retryTimer->start(m_retryDelayMs);
    m_retryDelayMs = std::min(std::max(1, m_options.maxRetryMs), m_retryDelayMs * 2);
}

void ArticleChangeListener::retry()
{
    if (connectAndListen()) {
        Q_EMIT reconnected();
        return;
    }
    scheduleRetry();
}

void ArticleChangeListener::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    Q_UNUSED(source) // the editor saves on another connection: every notification is news here
    if (name != QLatin1StringView(PostgresDialect::notificationChannel))
        return;
    const QString text = payload.toString();
    if (text == u"words"_s) {
        Q_EMIT newsroomWordsChanged();
        return;
    }
    if (text.startsWith(u"presence:"_s)) {
        bool ok = false;
        const qint64 id = text.mid(9).toLongLong(&ok);
        if (ok)
            Q_EMIT presenceChanged(id);
        return;
    }
    const QStringList parts = text.split(u':');
    bool idOk = false;
    bool revisionOk = false;
    const qint64 id = parts.value(0).toLongLong(&idOk);
    const int revision = parts.value(1).toInt(&revisionOk);
    if (parts.size() == 2 && idOk && revisionOk)
        Q_EMIT articleChanged(id, revision);
}
