#include "sqldialect.h"

#include "articlesnapshot.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

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
    insert.bindValue(u":id"_s, id);
    insert.bindValue(u":headline"_s, document.headline);
    insert.bindValue(u":teaser"_s, document.teaser);
    insert.bindValue(u":body"_s, document.body);
    insert.bindValue(u":tags"_s, document.tags);
    insert.bindValue(u":caption"_s, document.caption);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}
