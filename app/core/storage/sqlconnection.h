#pragma once

#include <QString>

class QSqlDatabase;

// The end of a named Qt Sql connection, for the classes that each open their own
// (SqlArticleRepository, EditLocks, ArticleChangeListener): closed, our handle
// dropped, then removed, because no handle may outlive QSqlDatabase::removeDatabase().
namespace SqlConnection {
void close(QSqlDatabase &database, const QString &connectionName);
} // namespace SqlConnection
