#include "articlechangelistener.h"

#include "postgresdialect.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

ArticleChangeListener::ArticleChangeListener(const QString &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_connectionName(u"newsdesk-listen-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ArticleChangeListener::~ArticleChangeListener()
{
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool ArticleChangeListener::open()
{
    m_database = QSqlDatabase::addDatabase(PostgresDialect().driverName(), m_connectionName);
    if (const QString problem = PostgresDialect::configureConnection(m_database, m_location); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    if (!m_database.open()) {
        m_lastError = tr("Cannot open the database %1 (database error: %2)").arg(m_location, m_database.lastError().text());
        return false;
    }
    QSqlDriver *driver = m_database.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(PostgresDialect::notificationChannel))) {
        m_lastError = tr("Cannot listen for changes in %1 (database error: %2)").arg(m_location, driver->lastError().text());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ArticleChangeListener::onNotification);
    return true;
}

void ArticleChangeListener::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    Q_UNUSED(source) // the editor saves on another connection: every notification is news here
    if (name != QLatin1StringView(PostgresDialect::notificationChannel))
        return;
    const QStringList parts = payload.toString().split(u':');
    bool idOk = false;
    bool revisionOk = false;
    const qint64 id = parts.value(0).toLongLong(&idOk);
    const int revision = parts.value(1).toInt(&revisionOk);
    if (parts.size() == 2 && idOk && revisionOk)
        Q_EMIT articleChanged(id, revision);
}
