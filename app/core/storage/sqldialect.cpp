#include "sqldialect.h"

#include "articlesnapshot.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

void SqlDialect::bindSearchDocument(QSqlQuery &query, const QVariant &id, const ArticleSnapshot::SearchDocument &document)
{
    query.bindValue(u":id"_s, id);
    query.bindValue(u":headline"_s, document.headline);
    query.bindValue(u":teaser"_s, document.teaser);
    query.bindValue(u":body"_s, document.body);
    query.bindValue(u":tags"_s, document.tags);
    query.bindValue(u":caption"_s, document.caption);
}

bool SqlDialect::updateSearchIndex(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document,
                                   QString *error) const
{
    QSqlQuery remove(database);
    QSqlQuery insert(database);
    const bool ok = remove.prepare(searchIndexDelete()) && [&] {
        remove.bindValue(u":id"_s, id);
        return remove.exec();
    }();
    if (!ok) {
        *error = remove.lastError().text();
        return false;
    }
    if (!insert.prepare(searchIndexInsert())) {
        *error = insert.lastError().text();
        return false;
    }
    bindSearchDocument(insert, id, document);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}
