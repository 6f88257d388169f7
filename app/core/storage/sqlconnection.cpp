#include "sqlconnection.h"

#include <QSqlDatabase>

namespace SqlConnection {
void close(QSqlDatabase &database, const QString &connectionName)
{
    if (database.isValid())
        database.close();
    database = QSqlDatabase();
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
}
} // namespace SqlConnection
